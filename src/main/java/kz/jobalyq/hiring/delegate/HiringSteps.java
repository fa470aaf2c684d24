package kz.jobalyq.hiring.delegate;

import static kz.jobalyq.system.process.ProcessVariables.choice;
import static kz.jobalyq.system.process.ProcessVariables.date;
import static kz.jobalyq.system.process.ProcessVariables.decimal;
import static kz.jobalyq.system.process.ProcessVariables.enumValue;
import static kz.jobalyq.system.process.ProcessVariables.instant;
import static kz.jobalyq.system.process.ProcessVariables.rows;
import static kz.jobalyq.system.process.ProcessVariables.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import kz.jobalyq.hiring.CallDraft;
import kz.jobalyq.hiring.CallScope;
import kz.jobalyq.hiring.HiringAppointments;
import kz.jobalyq.hiring.HiringCall;
import kz.jobalyq.hiring.HiringPapers;
import kz.jobalyq.hiring.HiringProcess.Vars;
import kz.jobalyq.hiring.HiringService;
import kz.jobalyq.hiring.HiringService.ReviewAnswer;
import kz.jobalyq.hiring.InterviewOutcome;
import kz.jobalyq.hiring.PreCheck;
import kz.jobalyq.hiring.RoleSought;
import kz.jobalyq.notification.Notice;
import kz.jobalyq.notification.NotificationService;
import kz.jobalyq.organisation.RecordScope;
import kz.jobalyq.system.i18n.BadInput;
import kz.jobalyq.system.process.CurrentUser;
import kz.jobalyq.system.process.JsonRows;
import kz.jobalyq.system.process.ProcessVariables;
import kz.jobalyq.system.security.Role;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps of the consultant-hiring process (§9, §79, §80): each maps form fields to the hiring services and
 * puts back only ids, dates and decision flags.
 */
@Configuration
public class HiringSteps {

  private static final List<String> CALL_FIELDS = List.of(Vars.SCOPE, Vars.PROJECT_NUMBER, Vars.PROJECT_NAME,
      Vars.CUSTOMER, Vars.GOALS, Vars.PLANNED_DEADLINES);

  // --- preparation and approval ---

  /** Registers the start form as CALL-YYYY-NNNN: the business key from here on. */
  @Bean
  JavaDelegate registerHiringCallDelegate(HiringService hiring) {
    return execution -> {
      HiringCall call = hiring.prepare(draft(execution), CurrentUser.of(execution.getProcessEngineServices()),
          execution.getProcessInstanceId());
      execution.setProcessBusinessKey(call.getNumber());
      execution.setVariable(Vars.CALL_ID, call.getId());
      execution.setVariable(Vars.CALL_NUMBER, call.getNumber());
      execution.setVariable(Vars.CALL_TITLE, call.title());
      execution.setVariable(Vars.ROLE_SOUGHT, call.getRoleSought().name());
      execution.removeVariables(CALL_FIELDS);
      execution.setVariables(placeOf(call));
    };
  }

  @Bean
  TaskListener recordCallApprovalListener(HiringService hiring) {
    return task -> {
      boolean approved = choice(task, Vars.CALL_DECISION, "approve", "revise");
      hiring.recordApproval(callId(task), approved, text(task, Vars.APPROVAL_COMMENT), CurrentUser.completing(task));
      task.getExecution().setVariable(Vars.CALL_APPROVED, approved);
      task.getExecution().setVariable(Vars.APPROVAL_COMMENT, text(task, Vars.APPROVAL_COMMENT));
      task.getExecution().removeVariable(Vars.CALL_DECISION);
    };
  }

  /** The revision form opens with the call as it stands. */
  @Bean
  TaskListener prefillCallRevisionListener(HiringService hiring) {
    return task -> {
      HiringCall call = hiring.require(callId(task));
      task.getExecution().setVariable(Vars.SCOPE, call.getScope().name());
      task.getExecution().setVariable(Vars.PROJECT_NUMBER, call.getProjectNumber());
      task.getExecution().setVariable(Vars.PROJECT_NAME, call.getProjectName());
      task.getExecution().setVariable(Vars.CUSTOMER, call.getCustomer());
      task.getExecution().setVariable(Vars.GOALS, call.getGoals());
      task.getExecution().setVariable(Vars.PLANNED_DEADLINES, call.getPlannedDeadlines());
    };
  }

  @Bean
  TaskListener reviseHiringCallListener(HiringService hiring) {
    return task -> {
      hiring.revise(callId(task), draft(task), CurrentUser.completing(task));
      HiringCall call = hiring.require(callId(task));
      task.getExecution().setVariable(Vars.CALL_TITLE, call.title());
      task.getExecution().setVariable(Vars.ROLE_SOUGHT, call.getRoleSought().name());
      task.getExecution().removeVariables(CALL_FIELDS);
      task.getExecution().setVariables(placeOf(call));
    };
  }

  /** The call's place in the hierarchy: its tasks reach the people of that base direction (and project). */
  private static Map<String, String> placeOf(HiringCall call) {
    return new RecordScope(call.getProjectNumber(), null, call.getBaseDirectionCode(), null, null).asVariables();
  }

  // --- publication and the window ---

  /** On the official site from today; the window's timer is the end of the 10th calendar day (§8). */
  @Bean
  JavaDelegate publishHiringCallDelegate(HiringService hiring) {
    return execution -> {
      execution.setVariable(Vars.APPLICATION_DEADLINE, hiring.publish(callId(execution)).asDate());
      execution.setVariable(Vars.APPLICATIONS_RECEIVED, 0);
    };
  }

  /** An application reached the running call: counted, so Cockpit shows how many came in. */
  @Bean
  JavaDelegate acknowledgeApplicationDelegate() {
    return execution -> {
      Object received = execution.getVariable(Vars.APPLICATIONS_RECEIVED);
      int count = received instanceof Number number ? number.intValue() : 0;
      execution.getProcessInstance().setVariable(Vars.APPLICATIONS_RECEIVED, count + 1);
    };
  }

  @Bean
  JavaDelegate checkCandidateEligibilityDelegate(HiringService hiring) {
    return execution -> {
      PreCheck check = hiring.closeWindow(callId(execution));
      execution.setVariable(Vars.APPLICATIONS_RECEIVED, check.applications());
      execution.setVariable(Vars.REVIEW_DUE, check.reviewDue());
    };
  }

  // --- review ---

  @Bean
  TaskListener prefillApplicationReviewListener(HiringService hiring) {
    return task -> task.getExecution().setVariable(Vars.APPLICATION_REVIEW,
        SpinValues.jsonValue(JsonRows.write(hiring.reviewRows(callId(task)))).create());
  }

  @Bean
  TaskListener recordApplicationReviewListener(HiringService hiring) {
    return task -> {
      List<ReviewAnswer> answers = new ArrayList<>();
      for (Map<String, Object> row : rows(task, Vars.APPLICATION_REVIEW)) {
        answers.add(new ReviewAnswer(ProcessVariables.text(row, "reference"), Boolean.TRUE.equals(row.get("admitted")),
            ProcessVariables.text(row, "overrideReason")));
      }
      int admitted = hiring.recordReview(callId(task), answers, instant(task, Vars.INTERVIEW_AT),
          text(task, Vars.REVIEW_COMMENT), CurrentUser.completing(task));
      task.getExecution().setVariable(Vars.ADMITTED_COUNT, admitted);
      if (admitted > 0) {
        task.getExecution().setVariable(Vars.INTERVIEW_DATE, Date.from(instant(task, Vars.INTERVIEW_AT)));
      } else {
        task.getExecution().setVariable(Vars.REPUBLICATION_REASON,
            "Өтінімдер қаралды: сұхбатқа жіберілген кандидат жоқ (§9.3).");
      }
      task.getExecution().removeVariables(List.of(Vars.APPLICATION_REVIEW, Vars.INTERVIEW_AT, Vars.REVIEW_COMMENT));
    };
  }

  @Bean
  JavaDelegate remindApplicationReviewDelegate(NotificationService notifications) {
    return execution -> notifications.notifyGroup(Role.BD_GROUP_LEAD.groupId(), RecordScope.of(execution),
        Notice.of("hiring.notice.reviewDueTomorrow.subject", "hiring.notice.reviewDueTomorrow.message",
            number(execution), execution.getVariable(Vars.REVIEW_DUE)));
  }

  @Bean
  JavaDelegate escalateApplicationReviewDelegate(NotificationService notifications) {
    return execution -> notifications.escalateToGroup(Role.BASE_DIRECTION_HEAD.groupId(), RecordScope.of(execution),
        Notice.of("hiring.notice.reviewOverdue.subject", "hiring.notice.reviewOverdue.message", number(execution),
            execution.getVariable(Vars.CALL_TITLE)));
  }

  @Bean
  JavaDelegate publishAdmittedListDelegate(HiringService hiring) {
    return execution -> hiring.publishAdmittedList(callId(execution));
  }

  // --- interview ---

  @Bean
  TaskListener prefillInterviewListener(HiringAppointments appointments) {
    return task -> {
      task.getExecution().setVariable(Vars.INTERVIEW_SCORES,
          SpinValues.jsonValue(JsonRows.write(appointments.interviewRows(callId(task)))).create());
      // The planned date is shown, never prefilled as "held": the group records when it actually took
      // place, after it did (§9.5–§9.6).
      task.getExecution().removeVariable(Vars.INTERVIEW_HELD_AT);
    };
  }

  @Bean
  TaskListener recordInterviewListener(HiringAppointments appointments, HiringService hiring) {
    return task -> {
      List<InterviewOutcome.Vote> votes = new ArrayList<>();
      List<Map<String, Object>> rows = rows(task, Vars.INTERVIEW_SCORES);
      for (int i = 0; i < rows.size(); i++) {
        Map<String, Object> row = rows.get(i);
        String where = Vars.INTERVIEW_SCORES + "[" + (i + 1) + "]";
        votes.add(new InterviewOutcome.Vote(required(row, "member", where), required(row, "candidate", where),
            score(row, "experienceScore", where), score(row, "professionalScore", where),
            score(row, "feeScore", where), Boolean.TRUE.equals(row.get("vote"))));
      }
      Long callId = callId(task);
      InterviewOutcome outcome = appointments.recordInterview(callId, instant(task, Vars.INTERVIEW_HELD_AT),
          text(task, Vars.RECORDING_REFERENCE), text(task, Vars.INTERVIEW_NOTES), votes);
      var execution = task.getExecution();
      execution.setVariable(Vars.CANDIDATE_SELECTED, outcome.candidateSelected());
      execution.setVariable(Vars.SELECTED_CANDIDATE, outcome.selectedReference());
      execution.setVariable(Vars.CONCLUSION_SIGNERS, new ArrayList<>(outcome.participants()));
      execution.setVariable(Vars.CONCLUSION_DUE, appointments.conclusionDue(callId));
      HiringCall call = hiring.require(callId);
      hiring.selectedCandidate(call).ifPresent(selected ->
          execution.setVariable(Vars.SELECTED_CANDIDATE_NAME, selected.getFullName()));
      if (!outcome.candidateSelected()) {
        execution.setVariable(Vars.REPUBLICATION_REASON, "Сұхбат нәтижесінде кандидат таңдалмады (§9.5): "
            + outcome.supportByCandidate());
      }
      execution.removeVariables(List.of(Vars.INTERVIEW_SCORES, Vars.INTERVIEW_HELD_AT, Vars.RECORDING_REFERENCE,
          Vars.INTERVIEW_NOTES));
    };
  }

  // --- conclusion ---

  @Bean
  TaskListener recordConclusionSignatureListener(HiringAppointments appointments) {
    return task -> {
      if (!ProcessVariables.flag(task, Vars.SIGNED)) {
        throw BadInput.of(Vars.SIGNED, "hiring.conclusionSigned.required");
      }
      appointments.sign(callId(task), CurrentUser.completing(task), text(task, Vars.SIGNATURE_REMARK));
    };
  }

  @Bean
  JavaDelegate remindConclusionDelegate(NotificationService notifications) {
    return execution -> notifications.notifyGroup(Role.BD_GROUP_LEAD.groupId(), RecordScope.of(execution),
        Notice.of("hiring.notice.conclusionDueTomorrow.subject", "hiring.notice.conclusionDueTomorrow.message",
            number(execution), execution.getVariable(Vars.CONCLUSION_DUE)));
  }

  @Bean
  JavaDelegate warnConclusionNotPublishedDelegate(NotificationService notifications) {
    return execution -> {
      Notice notice = Notice.of("hiring.notice.conclusionOverdue.subject", "hiring.notice.conclusionOverdue.message",
          number(execution));
      notifications.escalateToGroup(Role.BD_GROUP_LEAD.groupId(), RecordScope.of(execution), notice);
      notifications.escalateToGroup(Role.BASE_DIRECTION_HEAD.groupId(), RecordScope.of(execution), notice);
    };
  }

  @Bean
  JavaDelegate publishConclusionDelegate(HiringAppointments appointments, HiringPapers papers) {
    return execution -> {
      appointments.publishConclusion(callId(execution));
      // The signed conclusion goes into the project archive as a document (§9.6).
      papers.fileConclusion(callId(execution));
    };
  }

  @Bean
  TaskListener recordAppointmentListener(HiringAppointments appointments) {
    return task -> {
      boolean appointed = choice(task, Vars.APPOINTMENT_DECISION, "appoint", "refuse");
      appointments.recordAppointment(callId(task), appointed, text(task, Vars.APPOINTMENT_DECISION_NUMBER),
          date(task, Vars.APPOINTMENT_DECISION_DATE), text(task, Vars.APPOINTMENT_COMMENT),
          CurrentUser.completing(task));
      task.getExecution().setVariable(Vars.APPOINTED, appointed);
      if (!appointed) {
        task.getExecution().setVariable(Vars.REPUBLICATION_REASON,
            "Бағдарламаның басқарушы комитеті кандидатты тағайындамады: " + text(task, Vars.APPOINTMENT_COMMENT));
      }
      task.getExecution().removeVariables(List.of(Vars.APPOINTMENT_DECISION, Vars.APPOINTMENT_DECISION_NUMBER,
          Vars.APPOINTMENT_DECISION_DATE, Vars.APPOINTMENT_COMMENT));
    };
  }

  @Bean
  TaskListener recordRepublicationDecisionListener(HiringService hiring) {
    return task -> {
      boolean republish = choice(task, Vars.REPUBLICATION_DECISION, "republish", "close");
      hiring.recordRepublicationDecision(callId(task), republish, text(task, Vars.REPUBLICATION_COMMENT),
          CurrentUser.completing(task));
      task.getExecution().setVariable(Vars.REPUBLISH, republish);
      task.getExecution().removeVariables(List.of(Vars.REPUBLICATION_DECISION, Vars.REPUBLICATION_COMMENT));
    };
  }

  @Bean
  JavaDelegate closeHiringCallDelegate(HiringService hiring) {
    return execution -> hiring.close(callId(execution));
  }

  // --- contract, budget, project lead ---

  @Bean
  TaskListener prefillContractListener(HiringService hiring) {
    return task -> hiring.selectedCandidate(hiring.require(callId(task))).ifPresent(selected ->
        task.getExecution().setVariable(Vars.CONTRACT_FEE, selected.getRequestedFee()));
  }

  @Bean
  TaskListener recordContractListener(HiringAppointments appointments) {
    return task -> {
      appointments.recordContract(callId(task), text(task, Vars.CONTRACT_NUMBER), date(task, Vars.CONTRACT_DATE),
          decimal(task, Vars.CONTRACT_FEE));
      task.getExecution().removeVariables(List.of(Vars.CONTRACT_NUMBER, Vars.CONTRACT_DATE));
    };
  }

  @Bean
  TaskListener prefillBudgetCorrectionListener(HiringAppointments appointments, HiringService hiring) {
    return task -> appointments.currentBudget(hiring.require(callId(task))).ifPresent(budget ->
        task.getExecution().setVariable(Vars.CURRENT_BUDGET, budget));
  }

  @Bean
  TaskListener recordBudgetCorrectionListener(HiringAppointments appointments) {
    return task -> {
      BigDecimal corrected = decimal(task, Vars.CORRECTED_BUDGET);
      appointments.correctBudget(callId(task), corrected, text(task, Vars.BUDGET_PERIOD),
          text(task, Vars.BUDGET_COMMENT), CurrentUser.completing(task));
      task.getExecution().removeVariables(List.of(Vars.CURRENT_BUDGET, Vars.CORRECTED_BUDGET, Vars.BUDGET_PERIOD,
          Vars.BUDGET_COMMENT, Vars.CONTRACT_FEE));
    };
  }

  @Bean
  TaskListener recordLeadNominationListener(HiringAppointments appointments) {
    return task -> appointments.nominateLead(callId(task), text(task, Vars.LEAD_USER_ID),
        text(task, Vars.NOMINATION_COMMENT), CurrentUser.completing(task));
  }

  @Bean
  TaskListener recordLeadConsentListener(HiringAppointments appointments) {
    return task -> {
      boolean consent = choice(task, Vars.LEAD_CONSENT_DECISION, "consent", "refuse");
      appointments.recordLeadConsent(callId(task), consent, text(task, Vars.CONSENT_COMMENT),
          CurrentUser.completing(task));
      task.getExecution().setVariable(Vars.LEAD_CONSENT, consent);
      task.getExecution().removeVariable(Vars.LEAD_CONSENT_DECISION);
    };
  }

  @Bean
  JavaDelegate assignProjectLeadRoleDelegate(HiringAppointments appointments) {
    return execution -> appointments.assignProjectLead(callId(execution));
  }

  @Bean
  JavaDelegate completeHiringDelegate(HiringAppointments appointments) {
    return execution -> appointments.complete(callId(execution));
  }

  // --- helpers ---

  private static CallDraft draft(VariableScope scope) {
    return new CallDraft(enumValue(scope, Vars.SCOPE, CallScope.class),
        enumValue(scope, Vars.ROLE_SOUGHT, RoleSought.class), text(scope, Vars.PROJECT_NUMBER),
        text(scope, Vars.PROJECT_NAME), text(scope, Vars.CUSTOMER), text(scope, Vars.GOALS),
        text(scope, Vars.PLANNED_DEADLINES));
  }


  private static String required(Map<String, Object> row, String key, String where) {
    String value = ProcessVariables.text(row, key);
    if (value == null) {
      throw BadInput.of(where + "." + key, "hiring.required");
    }
    return value;
  }

  private static int score(Map<String, Object> row, String key, String where) {
    BigDecimal value = ProcessVariables.decimal(row, key, where);
    if (value == null) {
      throw BadInput.of(where + "." + key, "hiring.score.required");
    }
    try {
      return value.intValueExact();
    } catch (ArithmeticException e) {
      BadInput notWhole = BadInput.of(where + "." + key, "hiring.score.whole");
      notWhole.initCause(e);
      throw notWhole;
    }
  }

  private static Long callId(VariableScope scope) {
    return ((Number) scope.getVariable(Vars.CALL_ID)).longValue();
  }

  private static String number(DelegateExecution execution) {
    return String.valueOf(execution.getVariable(Vars.CALL_NUMBER));
  }
}
