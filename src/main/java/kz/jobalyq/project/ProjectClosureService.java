package kz.jobalyq.project;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import kz.jobalyq.organisation.OrganisationService;
import kz.jobalyq.organisation.ProjectSummary;
import kz.jobalyq.organisation.RecordScope;
import kz.jobalyq.organisation.RoleHolders;
import kz.jobalyq.system.i18n.BadInput;
import kz.jobalyq.system.i18n.Messages;
import kz.jobalyq.system.security.Role;
import kz.jobalyq.system.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Closure (§115–§123) and evaluation (seed 001 §47–§50): reports, confirmations and decisions. */
@Service
@Transactional
public class ProjectClosureService {

  private final ProjectService projects;
  private final FinalReportRepository finalReports;
  private final ClosureConfirmationRepository confirmations;
  private final ForcedClosureRequestRepository forcedClosures;
  private final EvaluationReportRepository evaluations;
  private final OrganisationService organisation;
  private final RoleHolders roleHolders;
  private final ProjectDecisions decisions;
  private final Clock clock;

  public ProjectClosureService(ProjectService projects, FinalReportRepository finalReports,
      ClosureConfirmationRepository confirmations, ForcedClosureRequestRepository forcedClosures,
      EvaluationReportRepository evaluations, OrganisationService organisation, RoleHolders roleHolders,
      ProjectDecisions decisions, Clock clock) {
    this.projects = projects;
    this.finalReports = finalReports;
    this.confirmations = confirmations;
    this.forcedClosures = forcedClosures;
    this.evaluations = evaluations;
    this.organisation = organisation;
    this.roleHolders = roleHolders;
    this.decisions = decisions;
    this.clock = clock;
  }

  /** The lead's final report opens a closure attempt; answers its round. */
  public int recordFinalReport(Long projectId, ClosureType type, FinalReportInput input, String submittedBy) {
    Inputs.check()
        .require(input.goalAndResults(), "goalAndResults")
        .require(input.scopeDelivered(), "scopeDelivered")
        .require(input.risksSummary(), "risksSummary")
        .require(input.budgetSummary(), "budgetSummary")
        .require(input.managementLabourCosts(), "managementLabourCosts")
        .require(input.implementationEvaluation(), "implementationEvaluation")
        .require(input.lessonsLearned(), "lessonsLearned")
        .require(input.explanatoryNote(), "explanatoryNote")
        .notNegative(input.budgetSpent(), "budgetSpent")
        .orRefuse();
    ProjectLifecycle project = projects.lifecycle(projectId);
    boolean stopping = type == ClosureType.SUSPENSION || type == ClosureType.TERMINATION;
    if (!(project.getStatus() == ProjectStatus.PROJECT
        || stopping && (project.getStatus() == ProjectStatus.INITIATIVE || project.getStatus() == ProjectStatus.SUSPENDED))) {
      throw new IllegalStateException("project " + projectId + " is " + project.getStatus()
          + ": no final report for a " + type + " is possible");
    }
    int round = project.startClosure(type);
    finalReports.save(new FinalReport(projectId, type, round, input, submittedBy, clock.instant()));
    String step = switch (type) {
      case FORCED -> ProjectLifecycleProcess.TASK_PREPARE_FORCED_CLOSURE_REPORT;
      case PLANNED -> ProjectLifecycleProcess.TASK_PREPARE_FINAL_REPORT;
      case SUSPENSION, TERMINATION -> "Task_PrepareStopReport";
    };
    decisions.record(project, step, type + (stopping ? "_REPORT_SUBMITTED" : "_CLOSURE_PROPOSED"), (String) null,
        submittedBy);
    return round;
  }

  /** One confirming group's answer (§117); not confirming needs its reasons (§118). */
  public void recordConfirmation(Long projectId, String confirmerGroup, String outcome, String comment,
      String decidedBy) {
    Inputs.check()
        .when(!List.of(ProjectLifecycleProcess.CONFIRM, ProjectLifecycleProcess.REJECT).contains(outcome),
            "confirmationOutcome", "project.confirmationOutcome.invalid", outcome)
        .when(ProjectLifecycleProcess.REJECT.equals(outcome) && (comment == null || comment.isBlank()),
            "confirmationComment", "project.confirmationComment.required")
        .orRefuse();
    ProjectLifecycle project = projects.lifecycle(projectId);
    boolean confirmed = ProjectLifecycleProcess.CONFIRM.equals(outcome);
    confirmations.save(new ClosureConfirmation(projectId, project.getClosureRound(), confirmerGroup, confirmed,
        Inputs.blankToNull(comment), decidedBy, clock.instant()));
    decisions.record(project, ProjectLifecycleProcess.TASK_CONFIRM_RESULTS,
        (confirmed ? "CONFIRMED_BY_" : "NOT_CONFIRMED_BY_") + confirmerGroup, comment, decidedBy);
  }

  /** Whether every confirming group of the current attempt confirmed, and the reasons of those that did not. */
  @Transactional(readOnly = true)
  public ConfirmationResult confirmationResult(Long projectId) {
    ProjectLifecycle project = projects.lifecycle(projectId);
    List<ClosureConfirmation> answers =
        confirmations.findByProjectIdAndClosureRoundOrderByIdAsc(projectId, project.getClosureRound());
    List<ClosureConfirmation> rejections = answers.stream().filter(answer -> !answer.isConfirmed()).toList();
    String reasons = rejections.stream().map(answer -> answer.getConfirmerGroup() + ": " + answer.getComment())
        .collect(Collectors.joining("; "));
    return new ConfirmationResult(!answers.isEmpty() && rejections.isEmpty(), reasons.isEmpty() ? null : reasons);
  }

  /** Back to execution (§118): the closure attempt is over and the project continues. */
  public void returnToExecution(Long projectId, String reasons) {
    ProjectLifecycle project = projects.lifecycle(projectId);
    decisions.record(project, ProjectLifecycleProcess.TASK_CHECK_CONFIRMATIONS, "RETURNED_TO_EXECUTION", reasons,
        null);
  }

  /** A forced-closure decision (§121) for a project in execution; answers the project's number. */
  public String recordForcedClosureRequest(String projectNumber, ForcedClosureReason reason, String justification,
      String requestedBy) {
    Inputs.check()
        .require(projectNumber, "projectNumber")
        .when(reason == null, "forcedClosureReason", "project.forcedClosureReason.required")
        .require(justification, "forcedClosureJustification")
        .orRefuse();
    ProjectSummary project = organisation.findProject(projectNumber)
        .orElseThrow(() -> BadInput.of("projectNumber", "project.project.unknown", projectNumber));
    // §121: the head of this project's base direction or this project's customer, not any holder of those roles.
    RecordScope scope = RecordScope.ofProject(project.number());
    if (!roleHolders.holds(requestedBy, Role.BASE_DIRECTION_HEAD, scope)
        && !roleHolders.holds(requestedBy, Role.PROJECT_CUSTOMER, scope)) {
      // Refused on the start form like its other checks, pointing at the project number.
      throw BadInput.of("projectNumber", "project.forcedClosure.notEntitled", requestedBy, project.number());
    }
    ProjectLifecycle lifecycle = projects.find(project.id())
        .orElseThrow(() -> BadInput.of("projectNumber", "project.project.noLifecycle", projectNumber));
    if (lifecycle.getStatus() != ProjectStatus.PROJECT || lifecycle.getPhase() != ProjectPhase.EXECUTION) {
      throw BadInput.of("projectNumber", "project.forcedClosure.notInExecution", projectNumber,
          Messages.text("project.status." + lifecycle.getStatus()),
          Messages.text("project.phase." + lifecycle.getPhase()));
    }
    forcedClosures.save(new ForcedClosureRequest(project.id(), reason, justification.strip(), requestedBy,
        clock.instant()));
    decisions.record(lifecycle, "Task_RequestForcedClosure", "FORCED_CLOSURE_" + reason, justification, requestedBy);
    return project.number();
  }

  /** The programme steering committee's decision on a regulated project's closure (§119, §121). */
  public void recordCommitteeDecision(Long projectId, String decision, String comment, String presentation,
      String decidedBy) {
    Inputs.check()
        .when(!List.of(ProjectLifecycleProcess.APPROVE, ProjectLifecycleProcess.RETURN).contains(decision),
            "committeeDecision", "project.committeeDecision.invalid", decision)
        .require(comment, "committeeComment")
        .orRefuse();
    String text = presentation == null || presentation.isBlank() ? comment
        : comment.strip() + " [" + presentation.strip() + "]";
    decisions.record(projects.lifecycle(projectId), ProjectLifecycleProcess.TASK_COMMITTEE_CLOSURE,
        decision.toUpperCase(), text, decidedBy);
  }

  /** The portfolio curator's evaluation report (001 §49). */
  public EvaluationReport recordEvaluation(Long projectId, String finalResult, BigDecimal budgetAbsorptionPercent,
      String lessons, String conclusion, String submittedBy) {
    Inputs.check()
        .require(finalResult, "finalResult")
        .require(budgetAbsorptionPercent, "budgetAbsorptionPercent")
        .when(budgetAbsorptionPercent != null && (budgetAbsorptionPercent.signum() < 0
            || budgetAbsorptionPercent.compareTo(BigDecimal.valueOf(100)) > 0), "budgetAbsorptionPercent",
            "project.budgetAbsorptionPercent.range")
        .require(lessons, "evaluationLessons")
        .orRefuse();
    ProjectLifecycle project = projects.lifecycle(projectId);
    EvaluationReport report = evaluations.save(new EvaluationReport(projectId, finalResult.strip(),
        budgetAbsorptionPercent, lessons.strip(), Inputs.blankToNull(conclusion), submittedBy, clock.instant()));
    project.enter(ProjectPhase.COMPLETED);
    decisions.record(project, ProjectLifecycleProcess.TASK_EVALUATION_REPORT, "EVALUATED", conclusion, submittedBy);
    return report;
  }

  @Transactional(readOnly = true)
  public List<FinalReport> finalReportsOf(Long projectId) {
    return finalReports.findByProjectIdOrderByIdAsc(projectId);
  }

  @Transactional(readOnly = true)
  public EvaluationReport evaluationOf(Long projectId) {
    return evaluations.findFirstByProjectIdOrderByIdDesc(projectId)
        .orElseThrow(() -> new NotFoundException(
            Messages.text("notFound.evaluationReport", String.valueOf(projectId))));
  }

  /** Whether the results were confirmed, and if not, why. */
  public record ConfirmationResult(boolean confirmed, String reasons) {
  }
}
