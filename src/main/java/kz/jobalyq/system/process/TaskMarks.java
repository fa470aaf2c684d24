package kz.jobalyq.system.process;

/** Task-local variables the platform sets on tasks, shared by routing, notices and what shows or keeps them. */
public final class TaskMarks {

  /** The roles of a task that nobody holds for its record, when nobody else can act on it. */
  public static final String ROUTING_GAP = "routingGap";
  /** Who handed the task to its assignee by an explicit reassignment (it then stays with them). */
  public static final String REASSIGNED_BY = "reassignedBy";
  /** A notice's subject in Russian (its name is the Kazakh one). */
  public static final String NOTICE_NAME_RU = "noticeNameRu";
  /** A notice's message in Russian (its description is the Kazakh one). */
  public static final String NOTICE_DESCRIPTION_RU = "noticeDescriptionRu";

  private TaskMarks() {
  }
}
