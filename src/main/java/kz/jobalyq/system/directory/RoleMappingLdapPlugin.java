package kz.jobalyq.system.directory;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.identity.impl.ldap.LdapIdentityProviderFactory;
import org.camunda.bpm.identity.impl.ldap.plugin.LdapIdentityProviderPlugin;

/** Camunda's LDAP plugin, configured from {@code jobalyq.ldap.*}, whose sessions map directory groups to roles. */
public class RoleMappingLdapPlugin extends LdapIdentityProviderPlugin {

  private final transient DirectoryRoleMapping mapping;

  public RoleMappingLdapPlugin(DirectoryRoleMapping mapping) {
    this.mapping = mapping;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    super.preInit(configuration);
    LdapIdentityProviderFactory factory = new LdapIdentityProviderFactory() {
      @Override
      public Session openSession() {
        return new RoleMappingLdapSession(getLdapConfiguration(), mapping);
      }
    };
    factory.setLdapConfiguration(this);
    configuration.setIdentityProviderSessionFactory(factory);
  }
}
