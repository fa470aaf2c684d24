package kz.jobalyq.system.process;

/** Task-local variables the platform sets on tasks, shared by routing and the filters that show them. */
public final class TaskMarks {

  /** The roles of a task that nobody holds for its record, when nobody else can act on it. */
  public static final String ROUTING_GAP = "routingGap";
  /** Who handed the task to its assignee by an explicit reassignment (it then stays with them). */
  public static final String REASSIGNED_BY = "reassignedBy";

  private TaskMarks() {
  }
}
