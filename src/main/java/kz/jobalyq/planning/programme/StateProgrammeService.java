package kz.jobalyq.planning.programme;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kz.jobalyq.calendar.CalendarService;
import kz.jobalyq.calendar.Deadline;
import kz.jobalyq.notification.Notice;
import kz.jobalyq.notification.NotificationService;
import kz.jobalyq.planning.programme.StateProgrammeProcess.Vars;
import kz.jobalyq.system.decision.DecisionLog;
import kz.jobalyq.system.decision.DecisionLog.Decision;
import kz.jobalyq.system.decision.DecisionRecord;
import kz.jobalyq.system.i18n.BadInput;
import kz.jobalyq.system.i18n.Messages;
import kz.jobalyq.system.numbering.RecordNumbers;
import kz.jobalyq.system.web.NotFoundException;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Planning documents: their registration and routing, the yearly monitoring chain, reminders, closing and reading;
 * with {@link ProgrammeSteps} (what each step of their life cycle produces), the only place their status changes
 * (seed 002: A1 §28–31, §61; A2 §18–22, §80–90, §110–119). Who agrees, approves, monitors and evaluates comes from
 * the planning tables in {@code dmn/}, evaluated at their latest version.
 */
@Service
@Transactional
public class StateProgrammeService {

  /** "—" in the monitoring calendar: the chain of this document type has no such step. */
  static final String ABSENT = "—";
  /** Longest text a form shows as the document's summary (process variables hold up to 4000 characters). */

  private final StateProgrammeRepository programmes;
  private final ProgrammeDocumentRepository documents;
  private final CalendarService calendar;
  private final RecordNumbers recordNumbers;
  private final DecisionLog decisionLog;
  private final DecisionService decisions;
  private final NotificationService notifications;
  private final ObjectMapper json;
  private final Clock clock;

  public StateProgrammeService(StateProgrammeRepository programmes, ProgrammeDocumentRepository documents,
      CalendarService calendar, RecordNumbers recordNumbers, DecisionLog decisionLog, DecisionService decisions,
      NotificationService notifications, ObjectMapper json, Clock clock) {
    this.programmes = programmes;
    this.documents = documents;
    this.calendar = calendar;
    this.recordNumbers = recordNumbers;
    this.decisionLog = decisionLog;
    this.decisions = decisions;
    this.notifications = notifications;
    this.json = json;
    this.clock = clock;
  }

  // --- registration and routing ---

  /** Who agrees and approves a document of this type ({@code planning-document-routing}, latest version). */
  @Transactional(readOnly = true)
  public DocumentRouting routingOf(PlanningDocumentType type, boolean regionalPart) {
    Map<String, Object> row = singleRow(StateProgrammeProcess.DECISION_ROUTING, Variables.createVariables()
        .putValue("documentType", type.name())
        .putValue("regionalPart", regionalPart), type.name());
    String approver = group(row.get("approverGroup"));
    if (approver == null) {
      throw new IllegalStateException(StateProgrammeProcess.DECISION_ROUTING + " gives no approver for " + type);
    }
    DocumentRouting routing = new DocumentRouting(Boolean.TRUE.equals(row.get("justificationRequired")),
        Boolean.TRUE.equals(row.get("regionalReview")), Boolean.TRUE.equals(row.get("publicDiscussion")),
        Objects.toString(row.get("agreementGroups"), ""), approver, group(row.get("actionPlanGroup")));
    if (routing.agreementGroupList().isEmpty()) {
      throw new IllegalStateException(StateProgrammeProcess.DECISION_ROUTING + " gives no agreeing body for " + type);
    }
    return routing;
  }

  /** Registers the document as SPR-YYYY-NNNN with its justification and the routing of its type. */
  public StateProgramme register(JustificationInput input, String submittedBy, String processInstanceId) {
    if (input.documentType() == null) {
      throw BadInput.of(Vars.DOCUMENT_TYPE, "programme.documentType.required");
    }
    requireText(input.name(), Vars.NAME, 500);
    requireText(input.developerBody(), Vars.DEVELOPER_BODY, 500);
    if (input.periodStartYear() == null || input.periodEndYear() == null) {
      throw BadInput.of(Vars.PERIOD_START_YEAR, "programme.period.required");
    }
    if (input.periodEndYear() < input.periodStartYear()) {
      throw BadInput.of(Vars.PERIOD_END_YEAR, "programme.period.endBeforeStart");
    }
    if (input.periodEndYear() - input.periodStartYear() > 20) {
      throw BadInput.of(Vars.PERIOD_END_YEAR, "programme.period.tooLong");
    }
    if (input.fundingVolume() != null && input.fundingVolume().signum() < 0) {
      throw BadInput.of(Vars.FUNDING_VOLUME, "programme.fundingVolume.negative");
    }
    DocumentRouting routing = routingOf(input.documentType(), input.regionalPart());
    if (routing.justificationRequired()) {
      // A2 §80.1: what the justification must contain.
      requireText(input.goal(), Vars.GOAL, 4000);
      requireText(input.tasksAndWays(), Vars.TASKS_AND_WAYS, 4000);
      requireText(input.coExecutors(), Vars.CO_EXECUTORS, 2000);
      requireText(input.higherDocumentsLink(), Vars.HIGHER_DOCUMENTS_LINK, 4000);
      requireText(input.duplicationAnalysis(), Vars.DUPLICATION_ANALYSIS, 4000);
      requireText(input.expectedEffect(), Vars.EXPECTED_EFFECT, 4000);
      requireText(input.fundingSources(), Vars.FUNDING_SOURCES, 2000);
      if (input.fundingVolume() == null) {
        throw BadInput.of(Vars.FUNDING_VOLUME, "programme.fundingVolume.required");
      }
    }
    String number = recordNumbers.yearly(StateProgrammeProcess.NUMBER_PREFIX, Year.from(calendar.today()));
    StateProgramme programme = programmes.save(new StateProgramme(number, input, routing, submittedBy,
        clock.instant(), processInstanceId));
    ProgrammeDocument justification = documents.save(new ProgrammeDocument(programme.getId(),
        ProgrammeStep.JUSTIFICATION, null, null, 0, null, null, clock.instant()));
    submit(programme, justification, processInstanceId, ProgrammeStep.JUSTIFICATION.elementId(), "SUBMITTED",
        justificationContent(input), null, submittedBy);
    return programme;
  }

  private static Map<String, Object> justificationContent(JustificationInput input) {
    Map<String, Object> content = new java.util.LinkedHashMap<>();
    content.put(Vars.GOAL, input.goal());
    content.put(Vars.TASKS_AND_WAYS, input.tasksAndWays());
    content.put(Vars.CO_EXECUTORS, input.coExecutors());
    content.put(Vars.HIGHER_DOCUMENTS_LINK, input.higherDocumentsLink());
    content.put(Vars.DUPLICATION_ANALYSIS, input.duplicationAnalysis());
    content.put(Vars.EXPECTED_EFFECT, input.expectedEffect());
    content.put(Vars.FUNDING_SOURCES, input.fundingSources());
    content.put(Vars.FUNDING_VOLUME, input.fundingVolume());
    content.values().removeIf(Objects::isNull);
    return content;
  }

  // --- the yearly monitoring chain (A2 §111–119) ---

  /**
   * Opens the next reporting year of an approved document: the first is the start year (or the year of approval if
   * later), each next one follows the last. The chain's dates and bodies come from the monitoring calendar; whether
   * the year is evaluated, from the evaluation table.
   */
  public ReportingYear openReportingYear(Long programmeId) {
    StateProgramme programme = require(programmeId);
    int year;
    if (programme.getCurrentReportingYear() == null) {
      int approvalYear = programme.getApprovedOn() == null ? calendar.today().getYear()
          : programme.getApprovedOn().getYear();
      year = Math.max(programme.getPeriodStartYear(), approvalYear);
    } else {
      year = programme.getCurrentReportingYear() + 1;
    }
    boolean lastYear = year >= programme.getPeriodEndYear();
    int yearIndex = year - programme.getPeriodStartYear() + 1;
    String type = programme.getDocumentType().name();

    Map<String, Object> chain = singleRow(StateProgrammeProcess.DECISION_MONITORING_CALENDAR,
        Variables.createVariables().putValue("documentType", type), type);
    ReportingYear.Step info = step(chain, "infoDate", "infoGroup");
    ReportingYear.Step report = step(chain, "reportDate", "reportGroup");
    ReportingYear.Step conclusion = step(chain, "conclusionDate", "conclusionGroup");
    ReportingYear.Step finalSubmission = step(chain, "finalDate", "finalGroup");
    if (!report.present()) {
      throw new IllegalStateException(StateProgrammeProcess.DECISION_MONITORING_CALENDAR
          + " gives no implementation report for " + type);
    }

    Map<String, Object> evaluationRow = singleRow(StateProgrammeProcess.DECISION_EVALUATION,
        Variables.createVariables().putValue("documentType", type).putValue("yearIndex", yearIndex)
            .putValue("lastYear", lastYear), type);
    EvaluationKind kind = EvaluationKind.valueOf(Objects.toString(evaluationRow.get("evaluationKind"), "NONE"));
    ReportingYear.Step evaluation = step(evaluationRow, "evaluationDate", "evaluationGroup");
    if (kind != EvaluationKind.NONE && !evaluation.present()) {
      throw new IllegalStateException(StateProgrammeProcess.DECISION_EVALUATION + " gives " + kind
          + " without a date and body for " + type);
    }
    programme.openReportingYear(year);
    Instant endsAt = LocalDate.of(year + 1, 1, 1).atStartOfDay(calendar.zone()).toInstant();
    return new ReportingYear(year, yearIndex, lastYear, endsAt, info, report, conclusion, finalSubmission, kind,
        kind == EvaluationKind.NONE ? ReportingYear.Step.ABSENT : evaluation);
  }

  private static ReportingYear.Step step(Map<String, Object> row, String dateColumn, String groupColumn) {
    String date = Objects.toString(row.get(dateColumn), "").strip();
    if (date.isEmpty() || ABSENT.equals(date)) {
      return ReportingYear.Step.ABSENT;
    }
    try {
      MonthDay.parse("--" + date);
    } catch (DateTimeException e) {
      throw new IllegalStateException(dateColumn + " '" + date + "' is not a month and day such as 02-15", e);
    }
    String group = group(row.get(groupColumn));
    if (group == null) {
      throw new IllegalStateException(groupColumn + " is empty although " + dateColumn + " is " + date);
    }
    return new ReportingYear.Step(date, group);
  }

  /** The working day before a step's deadline: its group is reminded. */
  public void remind(Long programmeId, ProgrammeStep step, String group) {
    StateProgramme programme = require(programmeId);
    ProgrammeDocument document = pending(programme, step, group);
    notifications.notifyGroup(group, Notice.of("programme.notice.dueSoon.subject", "programme.notice.dueSoon.message",
        programme.getNumber(), Notice.term("programme.step." + step.name()), programme.getName(), due(document)));
  }

  /** A step's deadline passed with its task still open: marked overdue; its group and the waiting body are told. */
  public void markOverdue(Long programmeId, ProgrammeStep step, String group, String awaitingGroup) {
    StateProgramme programme = require(programmeId);
    ProgrammeDocument document = pending(programme, step, group);
    if (document != null) {
      document.markOverdue();
    }
    Notice notice = Notice.of("programme.notice.overdue.subject", "programme.notice.overdue.message",
        programme.getNumber(), Notice.term("programme.step." + step.name()), programme.getName(), due(document));
    notifications.notifyGroup(group, notice);
    if (awaitingGroup != null && !awaitingGroup.isBlank() && !awaitingGroup.equals(group)) {
      notifications.notifyGroup(awaitingGroup, notice);
    }
  }

  private ProgrammeDocument pending(StateProgramme programme, ProgrammeStep step, String group) {
    return documents.findByProgrammeIdAndStepOrderByIdDesc(programme.getId(), step).stream()
        .filter(document -> !document.isSubmitted())
        .filter(document -> group == null || document.getResponsibleGroup() == null
            || group.equals(document.getResponsibleGroup()))
        .findFirst().orElse(null);
  }

  private static Object due(ProgrammeDocument document) {
    return document == null || document.getDueOn() == null ? Notice.term("programme.notice.noDueDate")
        : document.getDueOn();
  }

  /** The last reporting year's chain ended with the final evaluation: the document's life cycle is over. */
  public void close(Long programmeId) {
    require(programmeId).end(StateProgrammeStatus.CLOSED, clock.instant());
  }

  /** The end of the day the public discussion closes on (the developer's own date: not moved off days off). */
  @Transactional(readOnly = true)
  public Date discussionEndsAt(Long programmeId) {
    LocalDate until = require(programmeId).getDiscussionUntil();
    return until == null ? null : Deadline.endOf(until, calendar.zone()).asDate();
  }

  // --- reading ---

  /**
   * A1 §53: a territorial development programme (oblast, city, district) is corrected within three months of
   * the change of a higher document or of its monitoring and evaluation results; other documents name no term.
   */
  @Transactional(readOnly = true)
  public java.util.Date correctionDue(Long programmeId, LocalDate grounds) {
    PlanningDocumentType type = require(programmeId).getDocumentType();
    boolean territorial = type == PlanningDocumentType.OBLAST_PROGRAMME || type == PlanningDocumentType.DISTRICT_PROGRAMME;
    return territorial && grounds != null ? calendar.monthsAfter(grounds, 3).asDate() : null;
  }

  @Transactional(readOnly = true)
  public StateProgramme require(Long id) {
    return programmes.findById(id)
        .orElseThrow(() -> new NotFoundException(Messages.text("programme.notFound", String.valueOf(id))));
  }

  @Transactional(readOnly = true)
  public StateProgramme requireByNumber(String number) {
    return programmes.findByNumber(number)
        .orElseThrow(() -> new NotFoundException(Messages.text("programme.notFound", number)));
  }

  @Transactional(readOnly = true)
  public List<ProgrammeDocument> documentsOf(Long programmeId) {
    return documents.findByProgrammeIdOrderByIdAsc(programmeId);
  }

  @Transactional(readOnly = true)
  public List<DecisionRecord> decisionsOf(Long programmeId) {
    return decisionLog.historyOf(StateProgrammeProcess.RECORD_TYPE, programmeId);
  }

  // --- helpers ---

  private Map<String, Object> singleRow(String decisionKey, Map<String, Object> facts, String documentType) {
    DmnDecisionRuleResult row = decisions.evaluateDecisionTableByKey(decisionKey, facts).getSingleResult();
    if (row == null) {
      throw new IllegalStateException(decisionKey + " has no row for " + documentType);
    }
    return row.getEntryMap();
  }

  private static String group(Object value) {
    String text = value == null ? "" : value.toString().strip();
    return text.isEmpty() || ABSENT.equals(text) ? null : text;
  }

  private static void requireText(String value, String field, int max) {
    if (value == null || value.isBlank()) {
      throw BadInput.of(field, "programme.required", StepAnswer.fieldName(field));
    }
    if (value.strip().length() > max) {
      throw BadInput.of(field, "programme.tooLong", String.valueOf(max));
    }
  }

  /** A step's document submitted with its answers, and the decision recorded in the programme's log under {@code step}. */
  public void submit(StateProgramme programme, ProgrammeDocument document, String processInstanceId, String step,
      String outcome, Map<String, Object> answers, String remarks, String by) {
    document.submit(outcome, write(answers), by, clock.instant());
    decisionLog.record(new Decision(StateProgrammeProcess.RECORD_TYPE, programme.getId(), programme.getNumber(),
        processInstanceId, step, outcome, remarks, by));
  }

  private String write(Map<String, Object> content) {
    try {
      return json.writeValueAsString(content);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

}
