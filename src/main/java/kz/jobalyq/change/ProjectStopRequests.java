package kz.jobalyq.change;

import java.time.Clock;
import java.util.List;
import kz.jobalyq.change.ChangeRequestDecision.Step;
import kz.jobalyq.project.ClosureType;
import kz.jobalyq.project.FinalReportInput;
import kz.jobalyq.project.ProjectClosureService;
import kz.jobalyq.project.ProjectService;
import kz.jobalyq.system.decision.DecisionLog;
import kz.jobalyq.system.i18n.BadInput;
import kz.jobalyq.system.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Change requests that stop or restart a project (seed 000 §110–§114): the final report of a suspension or
 * termination, its agreement by the two leaders, and the project suspended, resumed or terminated once decided.
 * Filing, review, evaluation and the decision itself stay in {@link ChangeRequestService}.
 */
@Service
@Transactional
public class ProjectStopRequests {

  /** §113: the report of a suspension or termination is agreed by these two. */
  public static final List<String> STOP_REPORT_AGREERS = List.of(Role.PROJECT_GROUP_HEAD.groupId(),
      Role.BD_GROUP_LEAD.groupId());

  private final ChangeRequestService requests;
  private final ChangeRequestDecisions decisions;
  private final ProjectService projects;
  private final ProjectClosureService closure;
  private final DecisionLog decisionLog;
  private final Clock clock;

  public ProjectStopRequests(ChangeRequestService requests, ChangeRequestDecisions decisions, ProjectService projects,
      ProjectClosureService closure, DecisionLog decisionLog, Clock clock) {
    this.requests = requests;
    this.decisions = decisions;
    this.projects = projects;
    this.closure = closure;
    this.decisionLog = decisionLog;
    this.clock = clock;
  }

  /** The final report of a suspension or termination (§113, with the contents of §120); answers its round. */
  public int recordStopReport(Long id, FinalReportInput report, String submittedBy) {
    ChangeRequest request = requests.get(id);
    ClosureType occasion = request.getType() == ChangeRequestType.TERMINATE ? ClosureType.TERMINATION
        : ClosureType.SUSPENSION;
    closure.recordFinalReport(request.getProjectId(), occasion, report, submittedBy);
    int round = request.nextStopReportRound();
    decisionLog.record(ChangeRequestService.logEntry(request, ChangeRequestProcess.TASK_PREPARE_STOP_REPORT,
        occasion + "_REPORT_" + round, null, submittedBy));
    return round;
  }

  /** The project group head's or the implementation group lead's agreement of that report (§113). */
  public void recordStopReportAgreement(Long id, String agreerGroup, String agreement, String comment,
      String decidedBy) {
    boolean agreed;
    if (ChangeRequestProcess.REPORT_AGREE.equalsIgnoreCase(agreement)) {
      agreed = true;
    } else if (ChangeRequestProcess.REPORT_RETURN.equalsIgnoreCase(agreement)) {
      agreed = false;
    } else {
      throw BadInput.of("reportAgreement", "change.reportAgreement.invalid", agreement);
    }
    if (!agreed && ChangeRequestService.isBlank(comment)) {
      throw BadInput.of("reportAgreementComment", "change.reportAgreementComment.required");
    }
    ChangeRequest request = requests.get(id);
    decisions.save(new ChangeRequestDecision(id, Step.STOP_REPORT, request.getStopReportRound(), agreerGroup, agreed,
        ChangeRequestService.blankToNull(comment), null, decidedBy, clock.instant()));
    decisionLog.record(ChangeRequestService.logEntry(request, ChangeRequestProcess.TASK_AGREE_STOP_REPORT,
        (agreed ? "REPORT_AGREED_BY_" : "REPORT_RETURNED_BY_") + agreerGroup, comment, decidedBy));
  }

  /** Agreed when both agreed the current version of the report. */
  @Transactional(readOnly = true)
  public boolean stopReportAgreed(Long id) {
    ChangeRequest request = requests.get(id);
    List<ChangeRequestDecision> answers = decisions.of(id, Step.STOP_REPORT, request.getStopReportRound());
    return answers.size() >= STOP_REPORT_AGREERS.size() && answers.stream().allMatch(ChangeRequestDecision::isApproved);
  }

  public void suspendProject(Long id) {
    ChangeRequest request = requests.get(id);
    projects.suspend(request.getProjectId());
    request.applied(clock.instant());
  }

  public void resumeProject(Long id) {
    ChangeRequest request = requests.get(id);
    projects.resume(request.getProjectId());
    request.applied(clock.instant());
  }

  public void terminateProject(Long id) {
    ChangeRequest request = requests.get(id);
    projects.terminate(request.getProjectId(), "Terminated by change request " + request.getNumber());
    request.applied(clock.instant());
  }
}
