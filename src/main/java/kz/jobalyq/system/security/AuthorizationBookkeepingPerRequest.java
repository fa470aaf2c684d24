package kz.jobalyq.system.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import kz.jobalyq.system.persistence.EngineStatements;
import kz.jobalyq.system.persistence.TaskReadCheck;
import kz.jobalyq.system.process.EngineSessions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The engine's authorisation bookkeeping once per HTTP request instead of once per engine command. Before its first
 * authorisation check, every command asks which groups hold any authorisation at all and whether the reader has
 * revoke rows: two statements, and Tasklist's page of a filter runs three or four commands on its request thread
 * (the filter, its page, the page's users and definitions). Within one request the answers of its first command now
 * serve its later ones, as they already serve every check within one command. A write of an authorisation through
 * the engine (a grant, a task's default grants, a removal) drops what the request kept, so its next command asks
 * again; commands outside a request (jobs, start-up) ask per command as before. Tasklist's count, which its page
 * runs on a thread of its own for the same reader, is lent the request's answers ({@link #lentTo}).
 * On PostgreSQL the first of them asks only about the reader's own groups, one index probe each, where the engine
 * walks every group of the installation that holds an authorisation (a cost that grows with the installation, not
 * with the reader); a reader of more than {@link #READER_GROUPS_PROBED} groups is asked the engine's way.
 * The same manager (the engine takes one) lets {@link TaskReadCheck#narrowToOwnGrants} look at a task query's
 * check once the engine has configured it, and gives the query its reader's groups ({@link ReaderCandidateGroups}).
 */
@Component
public class AuthorizationBookkeepingPerRequest extends AbstractProcessEnginePlugin {

  private static final String KEPT = AuthorizationBookkeepingPerRequest.class.getName() + ".kept";
  /** Up to this many groups of a reader are probed one by one; beyond it every group holding one is read. */
  static final int READER_GROUPS_PROBED = 50;
  /** What a request has learnt, lent to work done for it on another thread ({@link #lentTo}). */
  private static final ThreadLocal<Kept> LENT = new ThreadLocal<>();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineSessions.replaceManager(configuration, AuthorizationManager.class, Manager::new);
  }

  /**
   * What this thread's HTTP request has learnt so far, to be lent to work the request hands to another thread (the
   * same reader, the same request); null outside a request.
   */
  public static Object ofThisRequest() {
    return kept();
  }

  /** Runs {@code work} on this thread with a request's bookkeeping ({@link #ofThisRequest}), if there is one. */
  public static <T> T lentTo(Object requestsBookkeeping, Callable<T> work) throws Exception {
    if (!(requestsBookkeeping instanceof Kept kept)) {
      return work.call();
    }
    LENT.set(kept);
    try {
      return work.call();
    } finally {
      LENT.remove();
    }
  }

  /** What this thread's HTTP request has learnt so far; null outside a request. */
  static Kept kept() {
    Kept lent = LENT.get();
    if (lent != null) {
      return lent;
    }
    if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
      return null;
    }
    HttpServletRequest request = attributes.getRequest();
    if (request.getAttribute(KEPT) instanceof Kept kept) {
      return kept;
    }
    Kept kept = new Kept();
    request.setAttribute(KEPT, kept);
    return kept;
  }

  /** Shared by a request's thread and the work it lends them to, so safe to read and write from both at once. */
  static final class Kept {
    volatile Set<String> groupsWithAuthorizations;
    final Map<List<String>, List<String>> readerGroupsHolding = new ConcurrentHashMap<>();
    final Map<List<Object>, Boolean> revokesUsed = new ConcurrentHashMap<>();

    void forget() {
      groupsWithAuthorizations = null;
      readerGroupsHolding.clear();
      revokesUsed.clear();
    }
  }

  static final class Manager extends AuthorizationManager {

    /** This command's answers when it runs outside a request (the engine keeps its own set per command too). */
    private final Map<List<String>, List<String>> readerGroupsHolding = new HashMap<>();

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()
          || authenticatedGroupIds.size() > READER_GROUPS_PROBED
          || !EngineStatements.active(Context.getCommandContext())) {
        return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
      }
      List<String> groups = authenticatedGroupIds.stream().filter(Objects::nonNull).distinct().toList();
      Kept kept = kept();
      Map<List<String>, List<String>> known = kept != null ? kept.readerGroupsHolding : readerGroupsHolding;
      List<String> holding = known.get(groups);
      if (holding == null) {
        @SuppressWarnings("unchecked")
        List<String> answer = (List<String>) getDbEntityManager().selectListWithRawParameter(
            EngineStatements.READER_GROUPS_HOLDING_AUTHORIZATIONS, groups, 0, Integer.MAX_VALUE);
        holding = List.copyOf(answer);
        known.put(groups, holding);
      }
      // The engine's callers keep and may extend the list they are given.
      return new ArrayList<>(holding);
    }

    @Override
    public void configureTaskQuery(TaskQueryImpl query) {
      super.configureTaskQuery(query);
      TaskReadCheck.narrowToOwnGrants(query);
      ReaderCandidateGroups.fromAuthentication(query);
    }

    @Override
    protected Set<String> getAllGroups() {
      Kept kept = availableAuthorizedGroupIds == null ? kept() : null;
      Set<String> known = kept == null ? null : kept.groupsWithAuthorizations;
      if (known != null) {
        availableAuthorizedGroupIds = known;
      }
      Set<String> groups = super.getAllGroups();
      if (kept != null && known == null) {
        // The engine copies this set before it narrows it: shared read-only between the request's commands.
        kept.groupsWithAuthorizations = Collections.unmodifiableSet(new HashSet<>(groups));
      }
      return groups;
    }

    @Override
    protected boolean isRevokeAuthCheckEnabled(String userId, List<String> groupIds) {
      Kept kept = isRevokeAuthCheckUsed == null ? kept() : null;
      List<Object> reader = kept == null ? null : List.of(String.valueOf(userId),
          groupIds == null ? List.of() : List.copyOf(groupIds));
      Boolean known = kept == null ? null : kept.revokesUsed.get(reader);
      if (known != null) {
        isRevokeAuthCheckUsed = known;
      }
      boolean used = super.isRevokeAuthCheckEnabled(userId, groupIds);
      if (kept != null) {
        kept.revokesUsed.put(reader, used);
      }
      return used;
    }

    @Override
    public void insert(DbEntity authorization) {
      forgetKept();
      super.insert(authorization);
    }

    @Override
    public void update(AuthorizationEntity authorization) {
      forgetKept();
      super.update(authorization);
    }

    @Override
    public void delete(DbEntity authorization) {
      forgetKept();
      super.delete(authorization);
    }

    @Override
    public void deleteAuthorizationsByResourceIds(Resources type, List<String> ids) {
      forgetKept();
      super.deleteAuthorizationsByResourceIds(type, ids);
    }

    @Override
    public void deleteAuthorizationsByResourceId(Resource type, String id) {
      forgetKept();
      super.deleteAuthorizationsByResourceId(type, id);
    }

    @Override
    public void deleteAuthorizationsByResourceIdAndUserId(Resource type, String id, String userId) {
      forgetKept();
      super.deleteAuthorizationsByResourceIdAndUserId(type, id, userId);
    }

    @Override
    public void deleteAuthorizationsByResourceIdAndGroupId(Resource type, String id, String groupId) {
      forgetKept();
      super.deleteAuthorizationsByResourceIdAndGroupId(type, id, groupId);
    }

    private void forgetKept() {
      readerGroupsHolding.clear();
      Kept kept = kept();
      if (kept != null) {
        kept.forget();
      }
    }
  }
}
