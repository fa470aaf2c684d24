package kz.jobalyq.hiring.delegate;

import static kz.jobalyq.hiring.delegate.HiringSteps.callId;
import static kz.jobalyq.hiring.delegate.HiringSteps.number;
import static kz.jobalyq.hiring.delegate.HiringSteps.republicationReason;
import static kz.jobalyq.system.process.ProcessVariables.choice;
import static kz.jobalyq.system.process.ProcessVariables.date;
import static kz.jobalyq.system.process.ProcessVariables.decimal;
import static kz.jobalyq.system.process.ProcessVariables.instant;
import static kz.jobalyq.system.process.ProcessVariables.rows;
import static kz.jobalyq.system.process.ProcessVariables.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.jobalyq.hiring.HiringAppointments;
import kz.jobalyq.hiring.HiringCall;
import kz.jobalyq.hiring.HiringPapers;
import kz.jobalyq.hiring.HiringProcess.Vars;
import kz.jobalyq.hiring.HiringService;
import kz.jobalyq.hiring.InterviewOutcome;
import kz.jobalyq.notification.Notice;
import kz.jobalyq.notification.NotificationService;
import kz.jobalyq.organisation.RecordScope;
import kz.jobalyq.system.i18n.BadInput;
import kz.jobalyq.system.i18n.Phrase;
import kz.jobalyq.system.process.CurrentUser;
import kz.jobalyq.system.process.JsonRows;
import kz.jobalyq.system.process.ProcessVariables;
import kz.jobalyq.system.security.Role;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The consultant-hiring steps from the interview to the project lead's appointment (§9.5–§9.9, §79, §80): the
 * interview's scores, the conclusion, the contract, the budget correction and the lead's nomination.
 */
@Configuration
public class HiringAppointmentSteps {

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
        republicationReason(execution, Phrase.of("hiring.republication.noneSelected",
            supportOf(outcome.supportByCandidate())));
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
        republicationReason(task.getExecution(), Phrase.of("hiring.republication.notAppointed",
            text(task, Vars.APPOINTMENT_COMMENT)));
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

  /** Each candidate's supporting members, as "reference — count", in the interview's order. */
  private static String supportOf(Map<String, Integer> support) {
    return support.entrySet().stream().map(entry -> entry.getKey() + " — " + entry.getValue())
        .collect(Collectors.joining(", "));
  }
}
