package kz.jobalyq.planning.programme;

import kz.jobalyq.planning.programme.StateProgrammeProcess.Vars;
import kz.jobalyq.system.i18n.Messages;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A step of the life cycle that produces a document: the task that does it, the status the document has while
 * it is open, and the form fields whose answers are the document's content.
 */
public enum ProgrammeStep {
  JUSTIFICATION("Әзірлеу қажеттігінің негіздемесі", StateProgrammeProcess.START_EVENT, null, List.of(
      Vars.GOAL, Vars.TASKS_AND_WAYS, Vars.CO_EXECUTORS, Vars.HIGHER_DOCUMENTS_LINK, Vars.DUPLICATION_ANALYSIS,
      Vars.EXPECTED_EFFECT, Vars.FUNDING_SOURCES, Vars.FUNDING_VOLUME)),
  REGIONAL_REVIEW("Өңірлік даму жөніндегі уәкілетті органның ақпараты", StateProgrammeProcess.TASK_REGIONAL_REVIEW,
      StateProgrammeStatus.REGIONAL_REVIEW, List.of(Vars.REGIONAL_REVIEW_OUTCOME, Vars.REGIONAL_REVIEW_COMMENT)),
  SPA_CONCLUSION("Әзірлеудің орындылығы туралы қорытынды", StateProgrammeProcess.TASK_SPA_CONCLUSION,
      StateProgrammeStatus.SPA_CONCLUSION, List.of(Vars.SPA_CONCLUSION_OUTCOME, Vars.SPA_NOT_SINGLE_SECTOR,
          Vars.SPA_NOT_DEPARTMENTAL, Vars.SPA_NO_DUPLICATION, Vars.SPA_CONCLUSION_TEXT)),
  ENDORSEMENT("Консультативтік-кеңесші органның шешімі", StateProgrammeProcess.TASK_ENDORSEMENT,
      StateProgrammeStatus.ENDORSEMENT, List.of(Vars.ENDORSEMENT_DECISION, Vars.ENDORSEMENT_PROTOCOL,
          Vars.ENDORSEMENT_COMMENT)),
  PA_NOTICE("Президент Әкімшілігіне жолданған ақпарат", StateProgrammeProcess.TASK_INFORM_PA,
      StateProgrammeStatus.PRESIDENTIAL_DECISION, List.of(Vars.PA_NOTICE_REFERENCE, Vars.PA_NOTICE_DATE,
          Vars.PA_NOTICE_SUMMARY)),
  PRESIDENTIAL_DECISION("Президенттің әзірлеу туралы шешімі", StateProgrammeProcess.TASK_PRESIDENTIAL_DECISION,
      StateProgrammeStatus.PRESIDENTIAL_DECISION, List.of(Vars.PRESIDENTIAL_DECISION, Vars.PRESIDENTIAL_DECISION_ACT,
          Vars.PRESIDENTIAL_DECISION_DATE, Vars.DEVELOPER_BODY, Vars.PRESIDENTIAL_DECISION_COMMENT)),
  LIST_SUBMISSION("Мемлекеттік бағдарламалар тізбесінің жобасы", StateProgrammeProcess.TASK_SUBMIT_LIST,
      StateProgrammeStatus.LISTING, List.of(Vars.LIST_DEVELOPMENT_DEADLINE, Vars.LIST_APPROVAL_SUBMISSION_DEADLINE,
          Vars.LIST_IMPLEMENTATION_PERIOD, Vars.LIST_SUBMISSION_REFERENCE)),
  LIST_APPROVAL("Бекітілген мемлекеттік бағдарламалар тізбесі", StateProgrammeProcess.TASK_RECORD_LIST,
      StateProgrammeStatus.LISTING, List.of(Vars.LIST_ACT, Vars.LIST_ACT_DATE)),
  DRAFT("Бағдарламаның жобасы", StateProgrammeProcess.TASK_DRAFT, null, List.of(Vars.DRAFT_REFERENCE,
      Vars.DRAFT_SUMMARY, Vars.WORKING_GROUP, Vars.PUBLICATION_REFERENCE, Vars.DISCUSSION_UNTIL)),
  DISCUSSION_RESULT("Жария талқылаудың нәтижесі", StateProgrammeProcess.TASK_CONSIDER_PROPOSALS,
      StateProgrammeStatus.DRAFTING, List.of(Vars.PROPOSALS_RECEIVED, Vars.PROPOSALS_SUMMARY,
          Vars.REFINED_DRAFT_REFERENCE)),
  AGREEMENT("Жобаны келісу", StateProgrammeProcess.TASK_AGREE, StateProgrammeStatus.AGREEMENT,
      List.of(Vars.AGREEMENT_DECISION, Vars.AGREEMENT_COMMENT)),
  REVISION("Ескертулер бойынша пысықталған жоба", StateProgrammeProcess.TASK_REVISE, StateProgrammeStatus.AGREEMENT,
      List.of(Vars.REVISION_SUMMARY, Vars.REVISED_DRAFT_REFERENCE)),
  APPROVAL("Бағдарламаны бекіту", StateProgrammeProcess.TASK_APPROVE, StateProgrammeStatus.APPROVAL,
      List.of(Vars.APPROVAL_DECISION, Vars.APPROVAL_ACT, Vars.APPROVAL_DATE, Vars.APPROVAL_COMMENT)),
  ACTION_PLAN("Іске асыру жөніндегі іс-шаралар жоспары", StateProgrammeProcess.TASK_ACTION_PLAN, null,
      List.of(Vars.ACTION_PLAN_ACT, Vars.ACTION_PLAN_DATE, Vars.ACTION_PLAN_SCOPE, Vars.ACTION_PLAN_AGREED,
          Vars.ACTION_PLAN_COMMENT)),
  IMPLEMENTATION_INFO("Іске асыру туралы ақпарат", StateProgrammeProcess.TASK_INFO, null,
      List.of(Vars.INFO_INDICATORS, Vars.INFO_ACTIVITIES, Vars.INFO_FUNDS)),
  IMPLEMENTATION_REPORT("Іске асыру туралы есеп", StateProgrammeProcess.TASK_REPORT, null, List.of(
      Vars.REPORT_INDICATORS, Vars.REPORT_ACTIVITIES, Vars.REPORT_FUNDS, Vars.REPORT_INTERACTION,
      Vars.REPORT_EXTERNAL_FACTORS, Vars.REPORT_IMPACT, Vars.REPORT_SATISFACTION, Vars.REPORT_CONTROL,
      Vars.REPORT_PROPOSALS, Vars.REPORT_SIGNED, Vars.REPORT_PORTAL_URL, Vars.REPORT_SECRET_EXCLUDED)),
  MONITORING_CONCLUSION("Мониторинг бойынша қорытынды", StateProgrammeProcess.TASK_CONCLUSION, null, List.of(
      Vars.CONCLUSION_RESULTS, Vars.CONCLUSION_ACTIVITIES, Vars.CONCLUSION_FACTORS, Vars.CONCLUSION_FUNDS,
      Vars.CONCLUSION_PROPOSALS, Vars.CONCLUSION_CORRECTION)),
  EVALUATION_CONCLUSION("Бағалау жөніндегі қорытынды", StateProgrammeProcess.TASK_EVALUATION,
      StateProgrammeStatus.EVALUATION, List.of(Vars.EVALUATION_EFFECTIVENESS, Vars.EVALUATION_SOURCES,
          Vars.EVALUATION_PROPOSALS, Vars.EVALUATION_CORRECTION)),
  SUBMISSION_TO_PA("Президент Әкімшілігіне ұсынылған есептер мен қорытындылар",
      StateProgrammeProcess.TASK_SUBMIT_TO_PA, null, List.of(Vars.SUBMISSION_REFERENCE, Vars.SUBMISSION_DATE,
          Vars.SUBMISSION_REFINED, Vars.SUBMISSION_COMMENT)),
  CORRECTION_DECISION("Түзету туралы шешім", StateProgrammeProcess.TASK_DECIDE_CORRECTION, null,
      List.of(Vars.CORRECTION_DECISION, Vars.CORRECTION_GROUNDS, Vars.CORRECTION_COMMENT,
          Vars.CORRECTION_GROUNDS_DATE)),
  CORRECTION("Түзетулер жобасы", StateProgrammeProcess.TASK_CORRECTION, StateProgrammeStatus.CORRECTION,
      List.of(Vars.CORRECTION_SUMMARY, Vars.CORRECTED_DRAFT_REFERENCE)),
  CONTROL_RESULTS("Бақылау іс-шарасы бойынша бағалау қорытындылары", StateProgrammeProcess.TASK_SEND_CONTROL_RESULTS,
      null, List.of(Vars.CONTROL_SENT_ON, Vars.CONTROL_SENT_REFERENCE));

  private final String kazakhName;
  private final String elementId;
  private final StateProgrammeStatus statusWhileOpen;
  private final List<String> fields;

  ProgrammeStep(String kazakhName, String elementId, StateProgrammeStatus statusWhileOpen, List<String> fields) {
    this.kazakhName = kazakhName;
    this.elementId = elementId;
    this.statusWhileOpen = statusWhileOpen;
    this.fields = fields;
  }

  public String kazakhName() {
    return kazakhName;
  }

  /** The name in the language of the request being served (the {@code programme.step.*} messages). */
  public String displayName() {
    return Messages.text("programme.step." + name());
  }

  /** The BPMN element that does this step: a user task, or the start event for the justification. */
  public String elementId() {
    return elementId;
  }

  /** The status the document takes when this step's task opens; {@code null}: it keeps its status. */
  public StateProgrammeStatus statusWhileOpen() {
    return statusWhileOpen;
  }

  /** The form fields this step's task submits: they become the document's content and leave the process. */
  public List<String> fields() {
    return fields;
  }

  /** Steps of the yearly monitoring chain belong to a reporting year. */
  public boolean isYearly() {
    return this == IMPLEMENTATION_INFO || this == IMPLEMENTATION_REPORT || this == MONITORING_CONCLUSION
        || this == EVALUATION_CONCLUSION || this == SUBMISSION_TO_PA || this == CORRECTION_DECISION;
  }

  public static Optional<ProgrammeStep> ofElement(String elementId) {
    return Arrays.stream(values()).filter(step -> step.elementId.equals(elementId)).findFirst();
  }
}
