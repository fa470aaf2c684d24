package kz.jobalyq.system;

import kz.jobalyq.system.deployment.ModelDeployer;
import kz.jobalyq.system.deployment.ModelDeploymentException;
import kz.jobalyq.system.i18n.ModelTranslations;
import kz.jobalyq.system.security.AdministratorSetup;
import kz.jobalyq.system.security.IdentitySetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Roles and permissions first, then the administrator, then the models from the folder — all before the
 * web server opens its port: Spring starts the embedded server's connector only in the lifecycle phase
 * that follows {@link SmartInitializingSingleton}, so no request can arrive while the platform has no
 * administrator (Camunda's first-user setup) or no models. A failure here stops the start-up.
 *
 * <p>A broken model does not stop the platform (the versions already deployed keep serving) unless
 * {@code jobalyq.models.fail-on-error} asks it to, as the test suite does.
 */
@Component
public class PlatformStartup implements SmartInitializingSingleton {

  private static final Logger LOG = LoggerFactory.getLogger(PlatformStartup.class);

  private final IdentitySetup identitySetup;
  private final AdministratorSetup administratorSetup;
  private final ModelDeployer modelDeployer;
  private final ModelTranslations translations;
  private final boolean failOnModelError;

  public PlatformStartup(IdentitySetup identitySetup, AdministratorSetup administratorSetup,
      ModelDeployer modelDeployer, ModelTranslations translations,
      @Value("${jobalyq.models.fail-on-error:false}") boolean failOnModelError) {
    this.identitySetup = identitySetup;
    this.administratorSetup = administratorSetup;
    this.modelDeployer = modelDeployer;
    this.translations = translations;
    this.failOnModelError = failOnModelError;
  }

  @Override
  public void afterSingletonsInstantiated() {
    identitySetup.apply();
    administratorSetup.apply();
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
