package kz.jobalyq.system.security;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The {@code prod} profile mails only a server that is named: with mail on and no {@code JOBALYQ_MAIL_HOST}
 * the platform refuses to start, instead of mailing whatever listens on a default address.
 */
@Component
@Profile("prod")
public class ProductionMail implements InitializingBean {

  private final boolean mailEnabled;
  private final String mailHost;

  public ProductionMail(@Value("${jobalyq.mail.enabled:false}") boolean mailEnabled,
      @Value("${spring.mail.host:}") String mailHost) {
    this.mailEnabled = mailEnabled;
    this.mailHost = mailHost;
  }

  @Override
  public void afterPropertiesSet() {
    if (mailEnabled && mailHost.isBlank()) {
      throw new IllegalStateException("JOBALYQ_MAIL_ENABLED is true but JOBALYQ_MAIL_HOST names no SMTP server: "
          + "name the relay, or leave mail off");
    }
  }
}
