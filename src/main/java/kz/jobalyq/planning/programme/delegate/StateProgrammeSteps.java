package kz.jobalyq.planning.programme.delegate;

import static kz.jobalyq.system.process.ProcessVariables.decimal;
import static kz.jobalyq.system.process.ProcessVariables.enumValue;
import static kz.jobalyq.system.process.ProcessVariables.flag;
import static kz.jobalyq.system.process.ProcessVariables.integer;
import static kz.jobalyq.system.process.ProcessVariables.text;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.jobalyq.planning.programme.EvaluationKind;
import kz.jobalyq.planning.programme.JustificationInput;
import kz.jobalyq.planning.programme.PlanningDocumentType;
import kz.jobalyq.planning.programme.ProgrammeStep;
import kz.jobalyq.planning.programme.ProgrammeSteps;
import kz.jobalyq.planning.programme.ProgrammeSteps.AgreementOutcome;
import kz.jobalyq.planning.programme.ProgrammeSteps.StepResult;
import kz.jobalyq.planning.programme.ReportingYear;
import kz.jobalyq.planning.programme.StateProgramme;
import kz.jobalyq.planning.programme.StateProgrammeProcess.Vars;
import kz.jobalyq.planning.programme.StateProgrammeService;
import kz.jobalyq.planning.programme.StepAnswer;
import kz.jobalyq.system.process.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps of the state-programme process: each maps form fields to the service and puts back only ids, dates,
 * groups and the flags the gateways read. Every user task of the model uses the same two listeners: one when it
 * opens (status, pending document with its deadline) and one when it completes (the document and the decision).
 */
@Configuration
public class StateProgrammeSteps {

  private static final List<String> START_FIELDS = List.of(Vars.DOCUMENT_TYPE, Vars.NAME, Vars.DEVELOPER_BODY,
      Vars.REGIONAL_PART, Vars.PERIOD_START_YEAR, Vars.PERIOD_END_YEAR, Vars.GOAL, Vars.TASKS_AND_WAYS,
      Vars.CO_EXECUTORS, Vars.HIGHER_DOCUMENTS_LINK, Vars.DUPLICATION_ANALYSIS, Vars.EXPECTED_EFFECT,
      Vars.FUNDING_SOURCES, Vars.FUNDING_VOLUME);

  /** Registers the justification as SPR-YYYY-NNNN (the business key from here on) and sets the routing. */
  @Bean
  JavaDelegate registerStateProgrammeDelegate(StateProgrammeService programmes) {
    return execution -> {
      JustificationInput input = new JustificationInput(
          enumValue(execution, Vars.DOCUMENT_TYPE, PlanningDocumentType.class), text(execution, Vars.NAME),
          text(execution, Vars.DEVELOPER_BODY), flag(execution, Vars.REGIONAL_PART),
          integer(execution, Vars.PERIOD_START_YEAR), integer(execution, Vars.PERIOD_END_YEAR),
          text(execution, Vars.GOAL), text(execution, Vars.TASKS_AND_WAYS), text(execution, Vars.CO_EXECUTORS),
          text(execution, Vars.HIGHER_DOCUMENTS_LINK), text(execution, Vars.DUPLICATION_ANALYSIS),
          text(execution, Vars.EXPECTED_EFFECT), text(execution, Vars.FUNDING_SOURCES),
          decimal(execution, Vars.FUNDING_VOLUME));
      String submittedBy = text(execution, Vars.SUBMITTED_BY);
      StateProgramme programme = programmes.register(input,
          submittedBy != null ? submittedBy : CurrentUser.of(execution.getProcessEngineServices()),
          execution.getProcessInstanceId());
      execution.setProcessBusinessKey(programme.getNumber());
      execution.setVariable(Vars.PROGRAMME_ID, programme.getId());
      execution.setVariable(Vars.PROGRAMME_NUMBER, programme.getNumber());
      execution.setVariable(Vars.PROGRAMME_NAME, programme.getName());
      execution.setVariable(Vars.SUBMITTED_ON, programme.getSubmittedAt() == null ? null
          : Date.from(programme.getSubmittedAt()));
      // The routing the table gave at registration stays with the document (StateProgramme keeps it).
      execution.setVariable(Vars.JUSTIFICATION_REQUIRED, programme.isJustificationRequired());
      execution.setVariable(Vars.REGIONAL_REVIEW, programme.isRegionalReview());
      execution.setVariable(Vars.PUBLIC_DISCUSSION, programme.isPublicDiscussion());
      execution.setVariable(Vars.AGREEMENT_GROUP_LIST, new ArrayList<>(programme.agreementGroupList()));
      execution.setVariable(Vars.APPROVER_GROUP, programme.getApproverGroup());
      execution.setVariable(Vars.ACTION_PLAN_GROUP, programme.getActionPlanGroup());
      execution.removeVariables(START_FIELDS);
    };
  }

  /** A step's task opened: the document takes the step's status and a pending document keeps the deadline. */
  @Bean
  TaskListener openStateProgrammeStepListener(ProgrammeSteps steps) {
    return task -> {
      ProgrammeStep step = stepOf(task);
      Integer year = step.isYearly() ? (Integer) task.getVariable(Vars.REPORTING_YEAR) : null;
      EvaluationKind kind = step.isYearly() ? evaluationKind(task) : null;
      steps.openStep(programmeId(task), step, candidateGroup(task), year, kind, task.getDueDate());
    };
  }

  /** A step's task completed: its answers become the document, the decision is logged, the gateways get flags. */
  @Bean
  TaskListener recordStateProgrammeStepListener(ProgrammeSteps steps, StateProgrammeService programmes) {
    return task -> {
      ProgrammeStep step = stepOf(task);
      Map<String, Object> values = new LinkedHashMap<>();
      for (String field : step.fields()) {
        values.put(field, task.getVariable(field));
      }
      StepResult result = steps.completeStep(programmeId(task), step, candidateGroup(task),
          new StepAnswer(values), CurrentUser.completing(task), task.getProcessInstanceId());
      DelegateExecution execution = task.getExecution();
      switch (step) {
        case ENDORSEMENT -> execution.setVariable(Vars.ENDORSED, result.positive());
        case PRESIDENTIAL_DECISION -> {
          execution.setVariable(Vars.DEVELOPMENT_DECIDED, result.positive());
          execution.setVariable(Vars.DECIDED_ON, result.date().toString());
        }
        case DRAFT -> execution.setVariable(Vars.DISCUSSION_ENDS_AT, programmes.discussionEndsAt(programmeId(task)));
        case APPROVAL -> {
          execution.setVariable(Vars.PROGRAMME_APPROVED, result.positive());
          execution.setVariable(Vars.APPROVED_ON, result.positive() ? result.date().toString() : null);
          execution.setVariable(Vars.REVISION_REASON, result.positive() ? null : result.remarks());
        }
        case CORRECTION_DECISION -> {
          execution.setVariable(Vars.CORRECTION_NEEDED, result.positive());
          execution.setVariable(Vars.CORRECTION_DUE, result.positive()
              ? programmes.correctionDue(programmeId(task), result.date()) : null);
        }
        default -> {
          // The other steps only produce their document.
        }
      }
      execution.removeVariables(step.fields());
    };
  }

  /** Every agreeing body answered: agreed by all, or back to the developer with their remarks (A2 §88). */
  @Bean
  JavaDelegate checkStateProgrammeAgreementDelegate(ProgrammeSteps steps) {
    return execution -> {
      @SuppressWarnings("unchecked")
      List<String> groups = (List<String>) execution.getVariable(Vars.AGREEMENT_GROUP_LIST);
      AgreementOutcome outcome = steps.agreementOf(programmeId(execution), groups);
      execution.setVariable(Vars.DRAFT_AGREED, outcome.agreed());
      execution.setVariable(Vars.REVISION_REASON, outcome.remarks());
    };
  }

  /** Opens the next reporting year: its chain's dates and bodies, and whether it is evaluated. */
  @Bean
  JavaDelegate openStateProgrammeReportingYearDelegate(StateProgrammeService programmes) {
    return execution -> {
      ReportingYear year = programmes.openReportingYear(programmeId(execution));
      execution.setVariable(Vars.REPORTING_YEAR, year.year());
      execution.setVariable(Vars.FOLLOWING_YEAR, year.followingYear());
      execution.setVariable(Vars.YEAR_INDEX, year.yearIndex());
      execution.setVariable(Vars.LAST_YEAR, year.lastYear());
      execution.setVariable(Vars.REPORTING_YEAR_ENDS_AT, Date.from(year.endsAt()));
      execution.setVariable(Vars.INFO_DATE, year.info().date());
      execution.setVariable(Vars.INFO_GROUP, year.info().group());
      execution.setVariable(Vars.REPORT_DATE, year.report().date());
      execution.setVariable(Vars.REPORT_GROUP, year.report().group());
      execution.setVariable(Vars.CONCLUSION_DATE, year.conclusion().date());
      execution.setVariable(Vars.CONCLUSION_GROUP, year.conclusion().group());
      execution.setVariable(Vars.FINAL_DATE, year.finalSubmission().date());
      execution.setVariable(Vars.FINAL_GROUP, year.finalSubmission().group());
      execution.setVariable(Vars.EVALUATION_KIND, year.evaluationKind().name());
      execution.setVariable(Vars.EVALUATION_KIND_NAME, year.evaluationKind().kazakhName());
      execution.setVariable(Vars.EVALUATION_DATE, year.evaluation().date());
      execution.setVariable(Vars.EVALUATION_GROUP, year.evaluation().group());
    };
  }

  @Bean
  JavaDelegate closeStateProgrammeDelegate(StateProgrammeService programmes) {
    return execution -> programmes.close(programmeId(execution));
  }

  /** The working day before a deadline (input parameters programmeStep and stepGroup). */
  @Bean
  JavaDelegate remindStateProgrammeStepDelegate(StateProgrammeService programmes) {
    return execution -> programmes.remind(programmeId(execution),
        ProgrammeStep.valueOf(text(execution, Vars.STEP)), text(execution, Vars.STEP_GROUP));
  }

  /** A deadline passed (input parameters programmeStep, stepGroup and awaitingGroup); the task stays open. */
  @Bean
  JavaDelegate notifyStateProgrammeStepOverdueDelegate(StateProgrammeService programmes) {
    return execution -> programmes.markOverdue(programmeId(execution),
        ProgrammeStep.valueOf(text(execution, Vars.STEP)), text(execution, Vars.STEP_GROUP),
        text(execution, Vars.AWAITING_GROUP));
  }

  private static ProgrammeStep stepOf(DelegateTask task) {
    return ProgrammeStep.ofElement(task.getTaskDefinitionKey()).orElseThrow(() -> new IllegalStateException(
        "Task " + task.getTaskDefinitionKey() + " is not a step of the state-programme process"));
  }

  private static EvaluationKind evaluationKind(VariableScope scope) {
    String kind = text(scope, Vars.EVALUATION_KIND);
    return kind == null ? EvaluationKind.NONE : EvaluationKind.valueOf(kind);
  }

  /** The group the task is offered to: the group whose document it is. */
  private static String candidateGroup(DelegateTask task) {
    return task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).findFirst().orElse(null);
  }

  private static Long programmeId(VariableScope scope) {
    return ((Number) scope.getVariable(Vars.PROGRAMME_ID)).longValue();
  }
}
