package kz.jobalyq.project;

/** The {@code project-forced-closure} process: how a base direction head or customer forces closure (§121). */
public final class ProjectForcedClosureProcess {

  public static final String KEY = "project-forced-closure";
  public static final String START_EVENT = "StartEvent_ForcedClosureRequested";
  public static final String TASK_REQUEST = "Task_RequestForcedClosure";
  public static final String END_FORWARDED = "EndEvent_ForcedClosureForwarded";
  public static final String FORM_REQUEST = "forced-closure-request";

  public static final String PROJECT_NUMBER = "projectNumber";
  public static final String REASON = "forcedClosureReason";
  public static final String JUSTIFICATION = "forcedClosureJustification";

  private ProjectForcedClosureProcess() {
  }
}
