package kz.jobalyq.system.directory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.jobalyq.system.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which directory groups give which role groups ({@code directory_role_mapping}): data an administrator edits
 * (through {@code /api/admin/directory-roles} or SQL). A directory group named exactly like a role group gives
 * that role without a row. Read at most every {@link #MAX_AGE} per node; changes through the API apply at once.
 */
@Component
public class DirectoryRoleMapping {

  static final Duration MAX_AGE = Duration.ofSeconds(30);

  private final JdbcTemplate jdbc;
  private volatile Map<String, Set<String>> rolesByDirectoryGroup;
  private volatile long readAt;

  public DirectoryRoleMapping(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The role groups users can hold: the roles of REGULATIONS.md §1, administrators and monitoring. */
  public static Map<String, String> roleGroups() {
    Map<String, String> groups = new LinkedHashMap<>();
    groups.put(Role.ADMIN_GROUP, "Жүйе әкімшілері");
    groups.put(Role.MONITORING_GROUP, "Мониторинг");
    for (Role role : Role.values()) {
      groups.put(role.groupId(), role.kazakhName());
    }
    return groups;
  }

  /** The role groups that the directory groups give. */
  public Set<String> rolesOf(Collection<String> directoryGroups) {
    Map<String, Set<String>> mapping = mapping();
    Set<String> roles = new LinkedHashSet<>();
    for (String group : directoryGroups) {
      if (roleGroups().containsKey(group)) {
        roles.add(group);
      }
      roles.addAll(mapping.getOrDefault(group.toLowerCase(java.util.Locale.ROOT), Set.of()));
    }
    return roles;
  }

  /** The directory groups whose members hold the role group. */
  public List<String> directoryGroupsOf(String roleGroup) {
    List<String> groups = new ArrayList<>();
    groups.add(roleGroup);
    jdbc.queryForList("SELECT directory_group FROM directory_role_mapping WHERE role_group = ?", String.class,
        roleGroup).stream().filter(group -> !group.equalsIgnoreCase(roleGroup)).forEach(groups::add);
    return groups;
  }

  public record Entry(String directoryGroup, String roleGroup) {
  }

  public List<Entry> entries() {
    return jdbc.query("SELECT directory_group, role_group FROM directory_role_mapping"
        + " ORDER BY role_group, directory_group", (rs, i) -> new Entry(rs.getString(1), rs.getString(2)));
  }

  @Transactional
  public Entry add(String directoryGroup, String roleGroup) {
    String directory = directoryGroup == null ? "" : directoryGroup.strip();
    if (directory.isEmpty() || directory.length() > 256) {
      throw new IllegalArgumentException("directoryGroup: required, at most 256 characters");
    }
    if (roleGroup == null || !roleGroups().containsKey(roleGroup.strip())) {
      throw new IllegalArgumentException("roleGroup: must be one of " + roleGroups().keySet() + ", was '"
          + roleGroup + "'");
    }
    Entry entry = new Entry(directory, roleGroup.strip());
    if (!entries().contains(entry)) {
      jdbc.update("INSERT INTO directory_role_mapping (directory_group, role_group) VALUES (?, ?)",
          entry.directoryGroup(), entry.roleGroup());
    }
    readAt = 0;
    return entry;
  }

  @Transactional
  public boolean remove(String directoryGroup, String roleGroup) {
    boolean removed = jdbc.update("DELETE FROM directory_role_mapping WHERE directory_group = ? AND role_group = ?",
        directoryGroup, roleGroup) > 0;
    readAt = 0;
    return removed;
  }

  private Map<String, Set<String>> mapping() {
    Map<String, Set<String>> current = rolesByDirectoryGroup;
    if (current == null || System.currentTimeMillis() - readAt > MAX_AGE.toMillis()) {
      Map<String, Set<String>> read = new LinkedHashMap<>();
      for (Entry entry : entries()) {
        read.computeIfAbsent(entry.directoryGroup().toLowerCase(java.util.Locale.ROOT),
            group -> new LinkedHashSet<>()).add(entry.roleGroup());
      }
      rolesByDirectoryGroup = read;
      readAt = System.currentTimeMillis();
      current = read;
    }
    return current;
  }
}
