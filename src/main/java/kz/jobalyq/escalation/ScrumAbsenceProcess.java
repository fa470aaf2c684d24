package kz.jobalyq.escalation;

/** The {@code scrum-absence-review} process: a project group head absent from scrum more than three times in a row (§24). */
public final class ScrumAbsenceProcess {

  public static final String KEY = "scrum-absence-review";
  public static final String START_EVENT = "StartEvent_RepeatedAbsence";
  public static final String TASK_RECOMMEND = "Task_RecommendDisciplinaryAction";
  public static final String END_RECORDED = "EndEvent_RecommendationRecorded";
  public static final String FORM_RECOMMEND = "scrum-absence-review";

  public static final String ABSENT_USER = "absentUser";
  public static final String ABSENT_USER_NAME = "absentUserName";
  public static final String ABSENCES = "consecutiveAbsences";
  public static final String BASE_DIRECTION_NAME = "baseDirectionName";
  public static final String RECOMMENDATION_ID = "recommendationId";
  public static final String RECOMMENDATION = "recommendation";
  public static final String RECOMMENDATION_COMMENT = "recommendationComment";

  private ScrumAbsenceProcess() {
  }
}
