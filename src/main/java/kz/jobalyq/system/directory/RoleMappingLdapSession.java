package kz.jobalyq.system.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.identity.impl.ldap.LdapConfiguration;
import org.camunda.bpm.identity.impl.ldap.LdapGroupEntity;
import org.camunda.bpm.identity.impl.ldap.LdapGroupQuery;
import org.camunda.bpm.identity.impl.ldap.LdapIdentityProviderSession;
import org.camunda.bpm.identity.impl.ldap.LdapUserQueryImpl;

/**
 * Camunda's LDAP identity provider with the platform's groups: users and passwords come from the directory as
 * they are; the groups the engine sees are the role groups, each held by the members of the directory groups
 * mapped to it ({@link DirectoryRoleMapping}). Authorizations, candidate groups and Tasklist filters therefore
 * name role groups, whatever the ministry's directory calls its groups.
 */
class RoleMappingLdapSession extends LdapIdentityProviderSession {

  private final DirectoryRoleMapping mapping;

  RoleMappingLdapSession(LdapConfiguration configuration, DirectoryRoleMapping mapping) {
    super(configuration);
    this.mapping = mapping;
  }

  @Override
  public List<Group> findGroupByQueryCriteria(LdapGroupQuery query) {
    Map<String, String> roles = DirectoryRoleMapping.roleGroups();
    Set<String> held = null;
    if (query.getUserId() != null) {
      LdapGroupQuery ofUser = new LdapGroupQuery();
      ofUser.groupMember(query.getUserId());
      held = mapping.rolesOf(super.findGroupByQueryCriteria(ofUser).stream().map(Group::getId).toList());
    }
    List<Group> groups = new ArrayList<>();
    for (Map.Entry<String, String> role : roles.entrySet()) {
      String id = role.getKey();
      if ((held == null || held.contains(id))
          && (query.getId() == null || query.getId().equals(id))
          && (query.getIds() == null || Arrays.asList(query.getIds()).contains(id))
          && (query.getName() == null || query.getName().equals(role.getValue()))
          && (query.getType() == null || query.getType().equals(typeOf(id)))) {
        GroupEntity group = new GroupEntity(id);
        group.setName(role.getValue());
        group.setType(typeOf(id));
        groups.add(group);
      }
    }
    int from = Math.min(groups.size(), Math.max(0, query.getFirstResult()));
    int to = (int) Math.min(groups.size(), (long) from + query.getMaxResults());
    return groups.subList(from, to);
  }

  @Override
  public long findGroupCountByQueryCriteria(LdapGroupQuery query) {
    return findGroupByQueryCriteria(query).size();
  }

  @Override
  public List<User> findUserByQueryCriteria(LdapUserQueryImpl query) {
    String roleGroup = query.getGroupId();
    if (roleGroup == null) {
      return super.findUserByQueryCriteria(query);
    }
    Map<String, User> members = new LinkedHashMap<>();
    try {
      for (String directoryGroup : mapping.directoryGroupsOf(roleGroup)) {
        query.memberOfGroup(directoryGroup);
        try {
          if (!getDnForGroup(directoryGroup).isEmpty()) {
            super.findUserByQueryCriteria(query).forEach(user -> members.putIfAbsent(user.getId(), user));
          }
        } catch (RuntimeException unreadable) {
          // a directory group that cannot be read gives nobody the role; the others still count
        }
      }
    } finally {
      query.memberOfGroup(roleGroup);
    }
    return new ArrayList<>(members.values());
  }

  /** The directory group's own entry (the engine sees role groups, which have none). */
  @Override
  protected String getDnForGroup(String directoryGroup) {
    LdapGroupQuery query = new LdapGroupQuery();
    query.groupId(directoryGroup);
    List<Group> found = super.findGroupByQueryCriteria(query);
    return found.isEmpty() ? "" : ((LdapGroupEntity) found.get(0)).getDn();
  }

  @Override
  public long findUserCountByQueryCriteria(LdapUserQueryImpl query) {
    return findUserByQueryCriteria(query).size();
  }

  private static String typeOf(String groupId) {
    return kz.jobalyq.system.security.Role.ADMIN_GROUP.equals(groupId) ? Groups.GROUP_TYPE_SYSTEM
        : Groups.GROUP_TYPE_WORKFLOW;
  }
}
