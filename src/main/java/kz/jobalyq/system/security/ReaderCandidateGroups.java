package kz.jobalyq.system.security;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The groups of a task query's candidate user, when that user is the reader, taken from the reader's
 * authentication. Tasklist's "my work" asks for the tasks the reader is a candidate for, and for each such query
 * (a list, its count ahead, the count: three per refresh) the engine looked the reader's groups up in the identity
 * provider: a database query, or a directory search with LDAP sign-in. The command's authentication already
 * carries those groups, and the authorisation check of the same query uses them; Tasklist's session refreshes
 * them with its sign-in cache, so a change of membership reaches both alike. A candidate user other than the
 * reader (the project office asking for a lead's tasks) is looked up by the engine as before.
 */
final class ReaderCandidateGroups {

  private static final Logger LOG = LoggerFactory.getLogger(ReaderCandidateGroups.class);
  /** The engine's per-query memo of candidate users' groups (TaskQueryImpl.getGroupsForCandidateUser reads it). */
  private static final Field CACHED_USER_GROUPS = cachedUserGroupsField();

  private ReaderCandidateGroups() {
  }

  /** Before the query's statement is rendered: the reader's own groups, as the engine would have looked them up. */
  static void fromAuthentication(TaskQueryImpl query) {
    CommandContext context = Context.getCommandContext();
    Authentication reader = context == null ? null : context.getAuthentication();
    if (CACHED_USER_GROUPS == null || reader == null || reader.getUserId() == null || reader.getGroupIds() == null
        || query.getQueries().stream().noneMatch(part -> reader.getUserId().equals(part.getCandidateUser()))) {
      return;
    }
    // The engine keeps the memo on the first query of an OR part's list of queries, and a filter's query extended
    // by Tasklist's holds OR parts that still name the filter's own first query there: every such holder gets it.
    List<String> groups = List.copyOf(reader.getGroupIds());
    try {
      for (TaskQueryImpl part : query.getQueries()) {
        TaskQueryImpl holder = part.getQueries().get(0);
        @SuppressWarnings("unchecked")
        Map<String, List<String>> memo = (Map<String, List<String>>) CACHED_USER_GROUPS.get(holder);
        if (memo == null) {
          memo = new HashMap<>();
          CACHED_USER_GROUPS.set(holder, memo);
        }
        memo.putIfAbsent(reader.getUserId(), groups);
      }
    } catch (IllegalAccessException e) {
      LOG.debug("Candidate groups left to the engine's look-up", e);
    }
  }

  private static Field cachedUserGroupsField() {
    try {
      Field field = TaskQueryImpl.class.getDeclaredField("cachedUserGroups");
      field.setAccessible(true);
      return field;
    } catch (ReflectiveOperationException | RuntimeException e) {
      // Another engine version: the engine looks the groups up itself, as it always did.
      LOG.warn("TaskQueryImpl.cachedUserGroups not found; candidate users' groups are looked up per query", e);
      return null;
    }
  }
}
