package kz.jobalyq.system;

import kz.jobalyq.system.deployment.ModelDeployer;
import kz.jobalyq.system.deployment.ModelDeploymentException;
import kz.jobalyq.system.i18n.ModelTranslations;
import kz.jobalyq.system.security.IdentitySetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up: roles and permissions first, then the models from the folder. A broken model does not
 * stop the platform (the versions already deployed keep serving) unless
 * {@code jobalyq.models.fail-on-error} asks it to, as the test suite does.
 */
@Component
@Order(0)
public class PlatformStartup implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(PlatformStartup.class);

  private final IdentitySetup identitySetup;
  private final ModelDeployer modelDeployer;
  private final ModelTranslations translations;
  private final boolean failOnModelError;

  public PlatformStartup(IdentitySetup identitySetup, ModelDeployer modelDeployer, ModelTranslations translations,
      @Value("${jobalyq.models.fail-on-error:false}") boolean failOnModelError) {
    this.identitySetup = identitySetup;
    this.modelDeployer = modelDeployer;
    this.translations = translations;
    this.failOnModelError = failOnModelError;
  }

  @Override
  public void run(ApplicationArguments args) {
    identitySetup.apply();
    try {
      modelDeployer.deploy();
    } catch (ModelDeploymentException e) {
      if (failOnModelError) {
        throw e;
      }
      LOG.error("Models in {} were refused; the versions deployed before keep running. {}",
          modelDeployer.location(), e.getMessage());
      // The running versions still need their Russian words.
      translations.reload(modelDeployer.location());
    }
  }
}
