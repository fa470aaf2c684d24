package kz.jobalyq.planning.programme;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kz.jobalyq.calendar.CalendarService;
import kz.jobalyq.planning.programme.StateProgrammeProcess.Vars;
import kz.jobalyq.system.i18n.BadInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each step of a planning document's life cycle produces (seed 002: A1 §28–31, §53; A2 §18–20, §80–90,
 * §111–119): a step's task opens with a pending document, its answer becomes the step's document and decision and
 * moves the document on, and the agreeing bodies' answers make the round's outcome. Registration, routing, the
 * reporting year, reminders and reading stay in {@link StateProgrammeService}.
 */
@Service
@Transactional
public class ProgrammeSteps {

  private final StateProgrammeService programmes;
  private final ProgrammeDocumentRepository documents;
  private final CalendarService calendar;
  private final ObjectMapper json;
  private final Clock clock;

  public ProgrammeSteps(StateProgrammeService programmes, ProgrammeDocumentRepository documents,
      CalendarService calendar, ObjectMapper json, Clock clock) {
    this.programmes = programmes;
    this.documents = documents;
    this.calendar = calendar;
    this.json = json;
    this.clock = clock;
  }

  // --- steps ---

  /**
   * A step's task opened: the document takes the step's status and a pending document with the task's deadline is
   * kept. No monitoring conclusion is drafted in an evaluation year (A2 §20).
   */
  public void openStep(Long programmeId, ProgrammeStep step, String group, Integer reportingYear,
      EvaluationKind evaluationKind, Date due) {
    StateProgramme programme = programmes.require(programmeId);
    if (step == ProgrammeStep.MONITORING_CONCLUSION && evaluationKind != null && evaluationKind != EvaluationKind.NONE) {
      throw new IllegalStateException(programme.getNumber() + ": " + reportingYear
          + " is an evaluation year; no monitoring conclusion is produced (A2 §20)");
    }
    if (step.statusWhileOpen() != null) {
      programme.moveTo(step.statusWhileOpen());
    }
    LocalDate dueOn = due == null ? null : calendar.dateOf(due.toInstant());
    documents.save(new ProgrammeDocument(programmeId, step, group, step.isYearly() ? reportingYear : null,
        programme.getCorrectionRound(), step.isYearly() ? evaluationKind : null, dueOn, clock.instant()));
  }

  /** What a completed step means for the process: its outcome, whether it was positive and the date it names. */
  public record StepResult(String outcome, boolean positive, LocalDate date, String remarks) {
  }

  /** Records a completed step's document and decision and moves the document on; refuses incomplete answers. */
  public StepResult completeStep(Long programmeId, ProgrammeStep step, String group, StepAnswer answer, String by,
      String processInstanceId) {
    StateProgramme programme = programmes.require(programmeId);
    if (programme.getStatus().isFinal()) {
      throw new IllegalStateException(programme.getNumber() + " is " + programme.getStatus());
    }
    ProgrammeDocument document = openDocument(programme, step, group);
    StepResult result = apply(programme, step, document, answer);
    String where = step == ProgrammeStep.AGREEMENT && group != null ? step.elementId() + "[" + group + "]"
        : step.elementId();
    programmes.submit(programme, document, processInstanceId, where, result.outcome(), answer.values(),
        result.remarks(), by);
    return result;
  }

  private StepResult apply(StateProgramme programme, ProgrammeStep step, ProgrammeDocument document,
      StepAnswer answer) {
    LocalDate today = calendar.today();
    switch (step) {
      case REGIONAL_REVIEW -> {
        boolean worthwhile = "worthwhile".equals(answer.choice(Vars.REGIONAL_REVIEW_OUTCOME, "worthwhile",
            "notWorthwhile"));
        String comment = answer.requiredText(Vars.REGIONAL_REVIEW_COMMENT);
        return new StepResult(worthwhile ? "WORTHWHILE" : "NOT_WORTHWHILE", worthwhile, null, comment);
      }
      case SPA_CONCLUSION -> {
        boolean worthwhile = "worthwhile".equals(answer.choice(Vars.SPA_CONCLUSION_OUTCOME, "worthwhile",
            "notWorthwhile"));
        String text = answer.requiredText(Vars.SPA_CONCLUSION_TEXT);
        if (worthwhile && !(answer.flag(Vars.SPA_NOT_SINGLE_SECTOR) && answer.flag(Vars.SPA_NOT_DEPARTMENTAL)
            && answer.flag(Vars.SPA_NO_DUPLICATION))) {
          throw BadInput.of(Vars.SPA_CONCLUSION_OUTCOME, "programme.spaConclusion.checksMissing");
        }
        return new StepResult(worthwhile ? "WORTHWHILE" : "NOT_WORTHWHILE", worthwhile, null, text);
      }
      case ENDORSEMENT -> {
        boolean endorsed = "endorse".equals(answer.choice(Vars.ENDORSEMENT_DECISION, "endorse", "notEndorse"));
        answer.requiredText(Vars.ENDORSEMENT_PROTOCOL);
        String comment = answer.text(Vars.ENDORSEMENT_COMMENT);
        if (!endorsed) {
          if (comment == null) {
            throw BadInput.of(Vars.ENDORSEMENT_COMMENT, "programme.endorsementComment.required");
          }
          programme.end(StateProgrammeStatus.NOT_ENDORSED, clock.instant());
        }
        return new StepResult(endorsed ? "ENDORSED" : "NOT_ENDORSED", endorsed, null, comment);
      }
      case PA_NOTICE -> {
        answer.requiredText(Vars.PA_NOTICE_REFERENCE);
        LocalDate sent = notFuture(answer.requiredDate(Vars.PA_NOTICE_DATE), Vars.PA_NOTICE_DATE,
            today);
        return new StepResult("SENT", true, sent, answer.text(Vars.PA_NOTICE_SUMMARY));
      }
      case PRESIDENTIAL_DECISION -> {
        boolean develop = "develop".equals(answer.choice(Vars.PRESIDENTIAL_DECISION, "develop", "refuse"));
        LocalDate on = notFuture(answer.requiredDate(Vars.PRESIDENTIAL_DECISION_DATE),
            Vars.PRESIDENTIAL_DECISION_DATE, today);
        String comment = answer.text(Vars.PRESIDENTIAL_DECISION_COMMENT);
        if (develop) {
          String act = answer.requiredText(Vars.PRESIDENTIAL_DECISION_ACT);
          programme.recordDecision(on, act, answer.text(Vars.DEVELOPER_BODY));
        } else {
          programme.recordDecision(on, answer.text(Vars.PRESIDENTIAL_DECISION_ACT), null);
          programme.end(StateProgrammeStatus.REJECTED, clock.instant());
        }
        return new StepResult(develop ? "DEVELOP" : "REFUSED", develop, on, comment);
      }
      case LIST_SUBMISSION -> {
        LocalDate development = answer.requiredDate(Vars.LIST_DEVELOPMENT_DEADLINE);
        LocalDate submission = answer.requiredDate(Vars.LIST_APPROVAL_SUBMISSION_DEADLINE);
        if (submission.isBefore(development)) {
          throw BadInput.of(Vars.LIST_APPROVAL_SUBMISSION_DEADLINE, "programme.listSubmission.beforeDevelopment");
        }
        answer.requiredText(Vars.LIST_IMPLEMENTATION_PERIOD);
        return new StepResult("SUBMITTED", true, null, answer.text(Vars.LIST_SUBMISSION_REFERENCE));
      }
      case LIST_APPROVAL -> {
        String act = answer.requiredText(Vars.LIST_ACT);
        LocalDate on = notFuture(answer.requiredDate(Vars.LIST_ACT_DATE), Vars.LIST_ACT_DATE, today);
        programme.recordList(on, act);
        return new StepResult("LISTED", true, on, act);
      }
      case DRAFT -> {
        answer.requiredText(Vars.DRAFT_REFERENCE);
        answer.requiredText(Vars.DRAFT_SUMMARY);
        LocalDate until = null;
        if (programme.isPublicDiscussion()) {
          answer.requiredText(Vars.PUBLICATION_REFERENCE);
          until = answer.requiredDate(Vars.DISCUSSION_UNTIL);
          if (!until.isAfter(today)) {
            throw BadInput.of(Vars.DISCUSSION_UNTIL, "programme.discussionUntil.notAfterToday");
          }
        }
        programme.openDiscussion(until);
        return new StepResult("DRAFTED", true, until, null);
      }
      case DISCUSSION_RESULT -> {
        Integer received = answer.wholeNumber(Vars.PROPOSALS_RECEIVED);
        if (received == null || received < 0) {
          throw BadInput.of(Vars.PROPOSALS_RECEIVED, "programme.proposalsReceived.required");
        }
        String summary = answer.requiredText(Vars.PROPOSALS_SUMMARY);
        return new StepResult("REFINED", true, null, summary);
      }
      case AGREEMENT -> {
        boolean agreed = "agree".equals(answer.choice(Vars.AGREEMENT_DECISION, "agree", "remarks"));
        String comment = answer.text(Vars.AGREEMENT_COMMENT);
        if (!agreed && comment == null) {
          throw BadInput.of(Vars.AGREEMENT_COMMENT, "programme.agreementComment.required");
        }
        return new StepResult(agreed ? "AGREED" : "REMARKS", agreed, null, comment);
      }
      case REVISION -> {
        return new StepResult("REVISED", true, null,
            answer.requiredText(Vars.REVISION_SUMMARY));
      }
      case APPROVAL -> {
        boolean approved = "approve".equals(answer.choice(Vars.APPROVAL_DECISION, "approve", "return"));
        String comment = answer.text(Vars.APPROVAL_COMMENT);
        if (!approved) {
          if (comment == null) {
            throw BadInput.of(Vars.APPROVAL_COMMENT, "programme.approvalComment.required");
          }
          return new StepResult("RETURNED", false, null, comment);
        }
        String act = answer.requiredText(Vars.APPROVAL_ACT);
        LocalDate on = notFuture(answer.requiredDate(Vars.APPROVAL_DATE), Vars.APPROVAL_DATE, today);
        programme.approve(on, act);
        return new StepResult("APPROVED", true, on, comment);
      }
      case ACTION_PLAN -> {
        String act = answer.requiredText(Vars.ACTION_PLAN_ACT);
        LocalDate on = notFuture(answer.requiredDate(Vars.ACTION_PLAN_DATE), Vars.ACTION_PLAN_DATE,
            today);
        answer.choice(Vars.ACTION_PLAN_SCOPE, "WHOLE_PERIOD", "STAGE");
        if (!answer.flag(Vars.ACTION_PLAN_AGREED)) {
          throw BadInput.of(Vars.ACTION_PLAN_AGREED, "programme.actionPlanAgreed.required");
        }
        programme.recordActionPlan(on, act);
        return new StepResult("APPROVED", true, on, answer.text(Vars.ACTION_PLAN_COMMENT));
      }
      case IMPLEMENTATION_INFO -> {
        answer.requiredText(Vars.INFO_INDICATORS);
        answer.requiredText(Vars.INFO_ACTIVITIES);
        return new StepResult("SUBMITTED", true, null, null);
      }
      case IMPLEMENTATION_REPORT -> {
        // A2 §18 (its parts), §19 (the whole evaluation period in an evaluation year), §113.2 (first head, portal).
        answer.requiredText(Vars.REPORT_INDICATORS);
        answer.requiredText(Vars.REPORT_ACTIVITIES);
        answer.requiredText(Vars.REPORT_FUNDS);
        answer.requiredText(Vars.REPORT_PROPOSALS);
        if (document.getEvaluationKind() != null && document.getEvaluationKind() != EvaluationKind.NONE) {
          answer.requiredText(Vars.REPORT_IMPACT, "programme.requiredInEvaluationYear");
          answer.requiredText(Vars.REPORT_SATISFACTION, "programme.requiredInEvaluationYear");
        }
        if (!answer.flag(Vars.REPORT_SIGNED)) {
          throw BadInput.of(Vars.REPORT_SIGNED, "programme.reportSigned.required");
        }
        answer.requiredText(Vars.REPORT_PORTAL_URL);
        return new StepResult("SUBMITTED", true, null, null);
      }
      case MONITORING_CONCLUSION -> {
        answer.requiredText(Vars.CONCLUSION_RESULTS);
        answer.requiredText(Vars.CONCLUSION_ACTIVITIES);
        answer.requiredText(Vars.CONCLUSION_PROPOSALS);
        boolean correction = answer.flag(Vars.CONCLUSION_CORRECTION);
        return new StepResult(correction ? "CORRECTION_RECOMMENDED" : "SUBMITTED", true, null, null);
      }
      case EVALUATION_CONCLUSION -> {
        answer.requiredText(Vars.EVALUATION_EFFECTIVENESS);
        answer.requiredText(Vars.EVALUATION_SOURCES);
        answer.requiredText(Vars.EVALUATION_PROPOSALS);
        boolean correction = answer.flag(Vars.EVALUATION_CORRECTION);
        EvaluationKind kind = document.getEvaluationKind() == null ? EvaluationKind.NONE : document.getEvaluationKind();
        return new StepResult(kind.name() + (correction ? "_CORRECTION_RECOMMENDED" : ""), true, null, null);
      }
      case SUBMISSION_TO_PA -> {
        answer.requiredText(Vars.SUBMISSION_REFERENCE);
        LocalDate on = notFuture(answer.requiredDate(Vars.SUBMISSION_DATE), Vars.SUBMISSION_DATE,
            today);
        return new StepResult("SUBMITTED", true, on, answer.text(Vars.SUBMISSION_COMMENT));
      }
      case CORRECTION_DECISION -> {
        boolean correct = "correct".equals(answer.choice(Vars.CORRECTION_DECISION, "correct", "continue"));
        String comment = answer.text(Vars.CORRECTION_COMMENT);
        if (correct) {
          answer.choice(Vars.CORRECTION_GROUNDS, "MONITORING", "EVALUATION", "ADDRESS", "INSTRUCTION",
              "HIGHER_DOCUMENT");
          if (comment == null) {
            throw BadInput.of(Vars.CORRECTION_COMMENT, "programme.correctionComment.required");
          }
          programme.startCorrection();
        } else {
          programme.moveTo(StateProgrammeStatus.IMPLEMENTING);
        }
        // A1 §53: the three months count from the grounds (the higher document's change or the results).
        LocalDate grounds = answer.date(Vars.CORRECTION_GROUNDS_DATE);
        grounds = grounds == null ? today : notFuture(grounds, Vars.CORRECTION_GROUNDS_DATE, today);
        return new StepResult(correct ? "CORRECT" : "CONTINUE", correct, correct ? grounds : null, comment);
      }
      case CORRECTION -> {
        return new StepResult("PREPARED", true, null,
            answer.requiredText(Vars.CORRECTION_SUMMARY));
      }
      case CONTROL_RESULTS -> {
        LocalDate sent = notFuture(answer.requiredDate(Vars.CONTROL_SENT_ON), Vars.CONTROL_SENT_ON,
            today);
        return new StepResult("CONTROL_RESULTS_SENT", true, sent,
            answer.requiredText(Vars.CONTROL_SENT_REFERENCE));
      }
      default -> throw new IllegalStateException("Step " + step + " is not completed by a task");
    }
  }

  /** The pending document of a step (for an agreement: of that group), or a new one if its task had none. */
  private ProgrammeDocument openDocument(StateProgramme programme, ProgrammeStep step, String group) {
    return documents.findByProgrammeIdAndStepOrderByIdDesc(programme.getId(), step).stream()
        .filter(document -> !document.isSubmitted())
        .filter(document -> group == null || Objects.equals(group, document.getResponsibleGroup()))
        .findFirst()
        .orElseGet(() -> documents.save(new ProgrammeDocument(programme.getId(), step, group,
            programme.getCurrentReportingYear(), programme.getCorrectionRound(), null, null, clock.instant())));
  }

  /** Whether every agreeing body agreed in this round, and their remarks for the developer if not (A2 §88). */
  public record AgreementOutcome(boolean agreed, String remarks) {
  }

  @Transactional(readOnly = true)
  public AgreementOutcome agreementOf(Long programmeId, List<String> groups) {
    List<ProgrammeDocument> answers = documents.findByProgrammeIdAndStepOrderByIdDesc(programmeId,
        ProgrammeStep.AGREEMENT);
    List<String> remarks = new ArrayList<>();
    for (String group : groups) {
      ProgrammeDocument latest = answers.stream().filter(ProgrammeDocument::isSubmitted)
          .filter(document -> group.equals(document.getResponsibleGroup())).findFirst()
          .orElseThrow(() -> new IllegalStateException("No agreement answer from " + group));
      if (!"AGREED".equals(latest.getOutcome())) {
        remarks.add(group + ": " + commentOf(latest));
      }
    }
    return new AgreementOutcome(remarks.isEmpty(), remarks.isEmpty() ? null : String.join("\n", remarks));
  }

  private String commentOf(ProgrammeDocument document) {
    try {
      Object comment = json.readValue(document.getContent(), Map.class).get(Vars.AGREEMENT_COMMENT);
      return comment == null ? "" : comment.toString();
    } catch (JsonProcessingException e) {
      return "";
    }
  }

  // --- helpers ---

  private static LocalDate notFuture(LocalDate date, String field, LocalDate today) {
    if (date.isAfter(today)) {
      throw BadInput.of(field, "programme.date.future");
    }
    return date;
  }
}
