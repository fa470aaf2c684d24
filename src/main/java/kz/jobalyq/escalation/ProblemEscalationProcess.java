package kz.jobalyq.escalation;

/** The {@code problem-escalation} process (seed 000 §82.3, §96.3, §99, §100): ids, forms and variables. */
public final class ProblemEscalationProcess {

  public static final String KEY = "problem-escalation";
  public static final String RECORD_TYPE = "PROBLEM";

  public static final String START_EVENT = "StartEvent_ProblemRaised";
  public static final String TASK_REGISTER = "Task_RegisterProblem";
  public static final String TASK_DETERMINE_START_LEVEL = "Task_DetermineStartLevel";
  public static final String GATEWAY_LEVEL_LOOP = "Gateway_LevelLoop";
  public static final String TASK_DETERMINE_REACTION_TIME = "Task_DetermineReactionTime";
  public static final String TASK_ENTER_LEVEL = "Task_EnterLevel";
  public static final String TASK_DECIDE = "Task_DecideAtLevel";
  public static final String BOUNDARY_REACTION_TIME_EXPIRED = "BoundaryEvent_ReactionTimeExpired";
  public static final String TASK_REACTION_TIME_EXPIRED = "Task_ReactionTimeExpired";
  public static final String GATEWAY_DECISION = "Gateway_ProblemDecision";
  public static final String TASK_RESOLVE = "Task_ResolveProblem";
  public static final String TASK_ESCALATE = "Task_EscalateProblem";
  public static final String TASK_PROVIDE_INFORMATION = "Task_ProvideInformation";
  public static final String END_RESOLVED = "EndEvent_ProblemResolved";
  public static final String BOUNDARY_LEAD_ESCALATED = "BoundaryEvent_LeadEscalated";
  public static final String TASK_LEAD_ESCALATION = "Task_LeadEscalation";
  /** §100: the project lead escalates through the system; correlated to the level's decision task. */
  public static final String MESSAGE_LEAD_ESCALATED = "ProblemEscalatedByLead";

  public static final String DECISION_START_LEVEL = "escalation-start-level";
  public static final String DECISION_REACTION_TIME = "escalation-reaction-time";

  public static final String FORM_RAISE = "problem-raising";
  public static final String FORM_DECISION = "problem-decision";
  public static final String FORM_INFORMATION = "problem-information";

  /** What the process carries: the record's id and number, and what the tables and gateways need. */
  public static final class Vars {
    public static final String PROJECT_NUMBER = "projectNumber";
    public static final String DESCRIPTION = "problemDescription";
    public static final String DATE_AT_RISK = "dateAtRisk";
    public static final String PROPOSED_SOLUTIONS = "proposedSolutions";
    public static final String SUGGESTED_LEVEL = "suggestedLevel";
    public static final String SEVERITY = "severity";
    public static final String SCHEDULE_AT_RISK = "scheduleAtRisk";

    public static final String PROBLEM_ID = "problemId";
    public static final String PROBLEM_NUMBER = "problemNumber";
    public static final String PROJECT_REGULATED = "projectRegulated";
    public static final String START_LEVEL = "startLevel";
    public static final String LEVEL = "level";
    public static final String LEVEL_NAME = "levelName";
    public static final String LEVEL_GROUPS = "levelGroups";
    public static final String REACTION_WORKING_DAYS = "reactionWorkingDays";
    public static final String TOP_LEVEL = "topLevel";
    public static final String DECISION = "problemDecision";
    public static final String DECISION_COMMENT = "problemDecisionComment";
    public static final String INFORMATION = "additionalInformation";
    /** The level the project lead sends the problem to (§100), carried by the message. */
    public static final String LEAD_TARGET_LEVEL = "leadTargetLevel";

    private Vars() {
    }
  }

  public static final String RESOLVE = "resolve";
  public static final String ESCALATE = "escalate";
  public static final String SEND_BACK = "sendBack";

  private ProblemEscalationProcess() {
  }
}
