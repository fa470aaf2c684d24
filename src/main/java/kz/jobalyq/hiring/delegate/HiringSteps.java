package kz.jobalyq.hiring.delegate;

import static kz.jobalyq.system.process.ProcessVariables.choice;
import static kz.jobalyq.system.process.ProcessVariables.enumValue;
import static kz.jobalyq.system.process.ProcessVariables.instant;
import static kz.jobalyq.system.process.ProcessVariables.rows;
import static kz.jobalyq.system.process.ProcessVariables.text;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import kz.jobalyq.hiring.CallDraft;
import kz.jobalyq.hiring.CallScope;
import kz.jobalyq.hiring.HiringCall;
import kz.jobalyq.hiring.HiringProcess.Vars;
import kz.jobalyq.hiring.HiringService.ReviewAnswer;
import kz.jobalyq.hiring.HiringService;
import kz.jobalyq.hiring.PreCheck;
import kz.jobalyq.hiring.RoleSought;
import kz.jobalyq.notification.Notice;
import kz.jobalyq.notification.NotificationService;
import kz.jobalyq.organisation.RecordScope;
import kz.jobalyq.system.i18n.Phrase;
import kz.jobalyq.system.process.CurrentUser;
import kz.jobalyq.system.process.JsonRows;
import kz.jobalyq.system.process.PhraseVariables;
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
 * The steps of the consultant-hiring process (§9, §79, §80) from the call's preparation to the admitted list: each
 * maps form fields to the hiring services and puts back only ids, dates and decision flags. The interview and
 * what follows it are {@link HiringAppointmentSteps}'.
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
        republicationReason(task.getExecution(), Phrase.of("hiring.republication.noneAdmitted"));
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

  // --- helpers ---

  private static CallDraft draft(VariableScope scope) {
    return new CallDraft(enumValue(scope, Vars.SCOPE, CallScope.class),
        enumValue(scope, Vars.ROLE_SOUGHT, RoleSought.class), text(scope, Vars.PROJECT_NUMBER),
        text(scope, Vars.PROJECT_NAME), text(scope, Vars.CUSTOMER), text(scope, Vars.GOALS),
        text(scope, Vars.PLANNED_DEADLINES));
  }


  /** Why the call goes to the republication decision, which its form shows in the reader's language. */
  static void republicationReason(VariableScope scope, Phrase reason) {
    scope.setVariables(PhraseVariables.of(Vars.REPUBLICATION_REASON, reason));
  }

  static Long callId(VariableScope scope) {
    return ((Number) scope.getVariable(Vars.CALL_ID)).longValue();
  }

  static String number(DelegateExecution execution) {
    return String.valueOf(execution.getVariable(Vars.CALL_NUMBER));
  }
}
