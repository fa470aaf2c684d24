package kz.jobalyq.system.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFException;
import kz.jobalyq.OwnEngine;
import kz.jobalyq.system.security.Role;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Directory sign-in against a real LDAP server in the test JVM (UnboundID's in-memory directory): the ministry's
 * people and groups, with directory groups named as the ministry names them and mapped to role groups as data.
 * The engine's identity and an HTTP sign-in both see the directory; nothing writes to it.
 */
@OwnEngine
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:jobalyq-directory;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa",
    "spring.datasource.password=",
    "jobalyq.ldap.enabled=true",
    "jobalyq.ldap.manager-dn=cn=jobalyq,ou=services,dc=minfin,dc=kz",
    "jobalyq.ldap.manager-password=service-secret",
    "jobalyq.ldap.base-dn=dc=minfin,dc=kz",
    "jobalyq.ldap.user-search-base=ou=people",
    "jobalyq.ldap.user-search-filter=(objectclass=inetOrgPerson)",
    "jobalyq.ldap.user-id-attribute=uid",
    "jobalyq.ldap.user-firstname-attribute=givenName",
    "jobalyq.ldap.user-lastname-attribute=sn",
    "jobalyq.ldap.user-email-attribute=mail",
    "jobalyq.ldap.group-search-base=ou=groups",
    "jobalyq.ldap.group-search-filter=(objectclass=groupOfNames)",
    "jobalyq.ldap.group-id-attribute=cn",
    "jobalyq.ldap.group-name-attribute=cn",
    "jobalyq.ldap.group-member-attribute=member"})
@ActiveProfiles({"prod", "test"})
class DirectorySignInTest {

  private static final InMemoryDirectoryServer DIRECTORY = directory();

  @Autowired
  private IdentityService identityService;
  @Autowired
  private DirectoryRoleMapping mapping;
  @Autowired
  private JdbcTemplate jdbc;
  @Autowired
  private TestRestTemplate rest;

  @DynamicPropertySource
  static void directoryAddress(DynamicPropertyRegistry registry) {
    registry.add("jobalyq.ldap.server-url", () -> "ldap://127.0.0.1:" + DIRECTORY.getListenPort());
  }

  @AfterAll
  static void stopDirectory() {
    DIRECTORY.shutDown(true);
  }

  @Test
  void peopleSignInWithTheirDirectoryPasswordAndHoldTheRolesTheirGroupsAreMappedTo() {
    mapping.add("PM-Project-Leads", Role.PROJECT_LEAD.groupId());
    mapping.add("PM-Administrators", Role.ADMIN_GROUP);

    assertThat(identityService.isReadOnly()).isTrue();
    assertThat(identityService.checkPassword("a.nurova", "Astana-2026")).isTrue();
    assertThat(identityService.checkPassword("a.nurova", "wrong")).isFalse();
    assertThat(identityService.checkPassword("nobody", "Astana-2026")).isFalse();

    User lead = identityService.createUserQuery().userId("a.nurova").singleResult();
    assertThat(lead.getFirstName()).isEqualTo("Әсел");
    assertThat(lead.getEmail()).isEqualTo("a.nurova@minfin.kz");
    assertThat(identityService.createGroupQuery().groupMember("a.nurova").list()).extracting(Group::getId)
        .containsExactly(Role.PROJECT_LEAD.groupId());
    // A directory group named like a role gives it without a mapping row.
    assertThat(identityService.createGroupQuery().groupMember("b.kim").list()).extracting(Group::getId)
        .containsExactlyInAnyOrder(Role.PROJECT_LEAD.groupId(), Role.PO_HEAD.groupId());
    // Who is told of a group's task: the members of every directory group mapped to it.
    assertThat(identityService.createUserQuery().memberOfGroup(Role.PROJECT_LEAD.groupId()).list())
        .extracting(User::getId).containsExactlyInAnyOrder("a.nurova", "b.kim");
    assertThat(identityService.createUserQuery().memberOfGroup(Role.ADMIN_GROUP).list()).extracting(User::getId)
        .containsExactly("chief");
    assertThat(identityService.createGroupQuery().groupId(Role.PO_HEAD.groupId()).singleResult().getName())
        .isEqualTo(Role.PO_HEAD.kazakhName());
    // The start-up wrote no users or groups of its own: the directory is the only identity.
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_ID_USER", Long.class)).isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_ID_GROUP", Long.class)).isZero();
  }

  @Test
  void anHttpSignInUsesTheDirectory() {
    mapping.add("PM-Project-Leads", Role.PROJECT_LEAD.groupId());
    mapping.add("PM-Administrators", Role.ADMIN_GROUP);

    assertThat(rest.withBasicAuth("a.nurova", "Astana-2026").getForEntity("/api/me/preferences", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.withBasicAuth("a.nurova", "wrong").getForEntity("/api/me/preferences", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    // Roles come with the sign-in: only the mapped administrators edit the mapping.
    assertThat(rest.withBasicAuth("a.nurova", "Astana-2026").getForEntity("/api/admin/directory-roles",
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.withBasicAuth("chief", "Chief-2026").getForObject("/api/admin/directory-roles", String.class))
        .contains("PM-Project-Leads", "project-lead");
  }

  private static InMemoryDirectoryServer directory() {
    try {
      InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig("dc=minfin,dc=kz");
      config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
      config.setSchema(null);
      InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
      server.add("dn: dc=minfin,dc=kz", "objectClass: top", "objectClass: domain", "dc: minfin");
      server.add("dn: ou=people,dc=minfin,dc=kz", "objectClass: organizationalUnit", "ou: people");
      server.add("dn: ou=groups,dc=minfin,dc=kz", "objectClass: organizationalUnit", "ou: groups");
      server.add("dn: ou=services,dc=minfin,dc=kz", "objectClass: organizationalUnit", "ou: services");
      server.add("dn: cn=jobalyq,ou=services,dc=minfin,dc=kz", "objectClass: person", "cn: jobalyq", "sn: service",
          "userPassword: service-secret");
      person(server, "a.nurova", "Әсел", "Нұрова", "Astana-2026");
      person(server, "b.kim", "Ирина", "Ким", "Almaty-2026");
      person(server, "chief", "Жүйе", "Әкімшісі", "Chief-2026");
      group(server, "PM-Project-Leads", "a.nurova");
      group(server, "project-lead", "b.kim");
      group(server, "po-head", "b.kim");
      group(server, "PM-Administrators", "chief");
      server.startListening();
      return server;
    } catch (LDAPException | LDIFException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void person(InMemoryDirectoryServer server, String uid, String givenName, String surname,
      String password) throws LDAPException, LDIFException {
    server.add("dn: uid=" + uid + ",ou=people,dc=minfin,dc=kz", "objectClass: inetOrgPerson", "uid: " + uid,
        "cn: " + givenName + " " + surname, "givenName: " + givenName, "sn: " + surname,
        "mail: " + uid + "@minfin.kz", "userPassword: " + password);
  }

  private static void group(InMemoryDirectoryServer server, String cn, String memberUid) throws LDAPException, LDIFException {
    server.add("dn: cn=" + cn + ",ou=groups,dc=minfin,dc=kz", "objectClass: groupOfNames", "cn: " + cn,
        "member: uid=" + memberUid + ",ou=people,dc=minfin,dc=kz");
  }
}
