package kz.jobalyq.system.directory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code jobalyq.ldap.enabled=true}: users, passwords and group memberships come from the ministry's directory
 * (read-only) instead of Camunda's own tables. Every setting of Camunda's LDAP plugin is
 * {@code jobalyq.ldap.<setting>} ({@code JOBALYQ_LDAP_SERVER_URL}, {@code JOBALYQ_LDAP_BASE_DN}, …; README).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "jobalyq.ldap.enabled", havingValue = "true")
public class DirectoryConfiguration {

  @Bean
  @ConfigurationProperties("jobalyq.ldap")
  RoleMappingLdapPlugin ldapIdentityProviderPlugin(DirectoryRoleMapping mapping) {
    return new RoleMappingLdapPlugin(mapping);
  }
}
