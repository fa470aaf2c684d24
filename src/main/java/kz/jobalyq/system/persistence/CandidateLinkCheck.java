package kz.jobalyq.system.persistence;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;

/**
 * A task query's candidate criteria ("one of my groups is a candidate") as our PostgreSQL statement asks them
 * ({@code engine-statements-postgres.xml}): the engine joins every task with all of its identity links and then
 * needs {@code DISTINCT} over every column to undo the join, so PostgreSQL sorts every matching task before it can
 * keep the first page; asked as {@code EXISTS} on the task's candidate links, the rows stay one per task, the
 * {@code DISTINCT} goes, and PostgreSQL keeps the first page by due date as it reads.
 *
 * <p>The engine's own SQL is given the query parts without their candidate criteria ({@link #queries()}: copies whose
 * candidate getters answer "none"), and ours asks them with the values the engine's getters give, so the meaning is
 * the engine's (a candidate user's groups included). The query must have no "involved user" (that test needs the
 * join), and only one of its parts may have candidate criteria (the engine tests them all on one link). An "or" part
 * (Tasklist's "my work": assigned to me, or I am a candidate) is asked by ours only when it holds nothing but an
 * assignee and candidate criteria, since its test sits inside the engine's parentheses, where ours cannot go: ours
 * then asks the whole part and the engine reads it empty. Anything else runs as the engine writes it.
 */
public final class CandidateLinkCheck {

  private static final List<Field> QUERY_FIELDS = fieldsOf(TaskQueryImpl.class);

  /** What an "or" part asked by ours may hold; every other field must be as a new query has it. */
  private static final Set<String> OR_PART_FIELDS = Set.of("assignee", "candidateUser", "candidateGroup",
      "candidateGroups", "candidateGroupLike", "cachedCandidateGroups", "withCandidateGroups", "withCandidateUsers",
      "includeAssignedTasks", "isOrQueryActive", "queries", "cachedUserGroups",
      // How it is run, not what it asks: its evaluated expressions are the fields above.
      "expressions", "commandExecutor", "resultType", "validators", "maxResultsLimitEnabled", "authCheck",
      "tenantCheck", "orderingProperties", "maxResults", "firstResult", "parameter", "databaseType");
  private static final TaskQueryImpl NEW_QUERY = new TaskQueryImpl();

  private final List<TaskQueryImpl> queries;
  private final List<Part> parts;
  private final boolean rowsUnique;

  private CandidateLinkCheck(TaskQueryImpl query, AuthorizationCheck engineCheck) {
    List<TaskQueryImpl> engines = query.getQueries();
    List<Integer> withCandidates = IntStream.range(0, engines.size())
        .filter(i -> hasCandidateCriteria(engines.get(i))).boxed().toList();
    boolean noInvolvedUser = engines.stream().allMatch(part -> part.getInvolvedUser() == null);
    // The engine tests every part's candidates on one and the same identity link (one join); ours asks a part on its
    // own links, which is the same answer only while that part is the only one with candidate criteria.
    int index = withCandidates.size() == 1 ? withCandidates.get(0) : -1;
    boolean ours = index >= 0 && engines.get(0) == query && noInvolvedUser
        && !emptyCandidates(engines.get(index)) && (index == 0 || onlyAssigneeAndCandidates(engines.get(index)));
    if (ours) {
      TaskQueryImpl part = engines.get(index);
      List<TaskQueryImpl> rendered = new ArrayList<>(engines);
      rendered.set(index, new WithoutCandidates(part, index > 0));
      this.queries = List.copyOf(rendered);
      this.parts = List.of(new Part(part, index > 0));
    } else {
      this.queries = engines;
      this.parts = List.of();
    }
    // DISTINCT undoes the joins that repeat a task: the identity links (left where candidates or an involved user
    // stay the engine's), the engine's own authorisation join, and an ordering by a variable; with none of them each
    // task is one row already.
    this.rowsUnique = (withCandidates.isEmpty() || ours) && noInvolvedUser && !TaskReadCheck.enginesJoin(engineCheck)
        && query.getOrderingProperties().stream().allMatch(ordering -> ordering.getRelation() == null);
  }

  /** Called by the statement with the query and the check the engine's SQL is given ({@link TaskReadCheck}). */
  public static CandidateLinkCheck of(TaskQueryImpl query, AuthorizationCheck engineCheck) {
    return new CandidateLinkCheck(query, engineCheck);
  }

  private static boolean hasCandidateCriteria(TaskQueryImpl query) {
    return query.getCandidateUser() != null || query.getCandidateGroups() != null
        || query.getCandidateGroupLike() != null || Boolean.TRUE.equals(query.isWithCandidateGroups())
        || Boolean.TRUE.equals(query.isWithCandidateUsers());
  }

  /** A candidate group list that names nobody: the engine's SQL for it is its own business. */
  private static boolean emptyCandidates(TaskQueryImpl query) {
    List<String> groups = query.getCandidateGroups();
    return groups != null && groups.isEmpty() && query.getCandidateUser() == null
        && query.getCandidateGroupLike() == null;
  }

  private static boolean onlyAssigneeAndCandidates(TaskQueryImpl part) {
    try {
      for (Field field : QUERY_FIELDS) {
        if (!OR_PART_FIELDS.contains(field.getName())
            && !Objects.deepEquals(field.get(part), field.get(NEW_QUERY))) {
          return false;
        }
      }
      return true;
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read the task query", e);
    }
  }

  /** The query parts the engine's SQL renders: without the candidate criteria where ours asks them. */
  public List<TaskQueryImpl> queries() {
    return queries;
  }

  /** The part whose candidate criteria ours asks (none or one): the query's own part, or an "or" part asked whole. */
  public List<Part> getParts() {
    return parts;
  }

  /** Whether each task is one row of the engine's FROM, so that DISTINCT would only cost. */
  public boolean isRowsUnique() {
    return rowsUnique;
  }

  /** One query part's candidate criteria, as the engine's getters give them. */
  public static final class Part {

    private final boolean whole;
    private final String assignee;
    private final String user;
    private final List<String> groups;
    private final String groupLike;
    private final boolean withGroups;
    private final boolean withUsers;
    private final boolean includeAssigned;

    Part(TaskQueryImpl query, boolean whole) {
      this.whole = whole;
      this.assignee = whole ? query.getAssignee() : null;
      this.user = query.getCandidateUser();
      this.groups = query.getCandidateGroups();
      this.groupLike = query.getCandidateGroupLike();
      this.withGroups = Boolean.TRUE.equals(query.isWithCandidateGroups());
      this.withUsers = Boolean.TRUE.equals(query.isWithCandidateUsers());
      this.includeAssigned = query.isIncludeAssignedTasks();
    }

    /** Whether ours asks the whole "or" part (its assignee or its candidates), not only the candidate test. */
    public boolean isWhole() {
      return whole;
    }

    public String getAssignee() {
      return assignee;
    }

    public String getUser() {
      return user;
    }

    public List<String> getGroups() {
      return groups;
    }

    public boolean isAnyGroups() {
      return groups != null && !groups.isEmpty();
    }

    public String getGroupLike() {
      return groupLike;
    }

    /** Whether the candidate must be one of those named (a user, groups or a group pattern). */
    public boolean isNamed() {
      return user != null || isAnyGroups() || groupLike != null;
    }

    public boolean isWithGroups() {
      return withGroups;
    }

    public boolean isWithUsers() {
      return withUsers;
    }

    public boolean isIncludeAssigned() {
      return includeAssigned;
    }
  }

  private static List<Field> fieldsOf(Class<?> type) {
    List<Field> fields = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers())) {
          field.setAccessible(true);
          fields.add(field);
        }
      }
    }
    return List.copyOf(fields);
  }

  /** The query part as the engine's SQL reads it: every criterion but the candidate ones (and its assignee if ours
   * asks the whole part). */
  static final class WithoutCandidates extends TaskQueryImpl {

    private static final long serialVersionUID = 1L;

    private final boolean withoutAssignee;

    WithoutCandidates(TaskQueryImpl query, boolean withoutAssignee) {
      this.withoutAssignee = withoutAssignee;
      try {
        for (Field field : QUERY_FIELDS) {
          field.set(this, field.get(query));
        }
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot copy the task query", e);
      }
    }

    @Override
    public String getAssignee() {
      return withoutAssignee ? null : super.getAssignee();
    }

    @Override
    public String getCandidateUser() {
      return null;
    }

    @Override
    public List<String> getCandidateGroups() {
      return null;
    }

    @Override
    public String getCandidateGroupLike() {
      return null;
    }

    @Override
    public Boolean isWithCandidateGroups() {
      return false;
    }

    @Override
    public Boolean isWithCandidateUsers() {
      return false;
    }
  }
}
