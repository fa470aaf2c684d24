package kz.jobalyq.escalation;

/** The {@code problem-lead-escalation} process (seed 000 §100): the project lead escalates from Tasklist. */
public final class LeadEscalationProcess {

  public static final String KEY = "problem-lead-escalation";
  public static final String START_EVENT = "StartEvent_LeadEscalationRequested";
  public static final String TASK_ESCALATE = "Task_EscalateByLead";
  public static final String END_ESCALATED = "EndEvent_Escalated";
  public static final String FORM = "problem-lead-escalation";

  /** The start form's fields. */
  public static final class Vars {
    public static final String PROBLEM_NUMBER = "problemNumber";
    public static final String TARGET_LEVEL = "leadTargetLevel";
    public static final String REASON = "escalationReason";
    public static final String DATE_AT_RISK = "dateAtRisk";
    public static final String PROJECT_NUMBER = "projectNumber";

    private Vars() {
    }
  }

  private LeadEscalationProcess() {
  }
}
