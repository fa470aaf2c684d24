package kz.jobalyq.change;

import java.time.Instant;
import java.util.List;
import kz.jobalyq.organisation.RecordAccess;
import kz.jobalyq.system.decision.DecisionLog;
import kz.jobalyq.system.decision.DecisionRecord;
import kz.jobalyq.system.i18n.Messages;
import kz.jobalyq.system.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A change request as the archive holds it, with the decisions taken on it. */
@RestController
public class ChangeRequestController {

  private final ChangeRequestService changeRequests;
  private final DecisionLog decisionLog;

  private final RecordAccess access;

  public ChangeRequestController(ChangeRequestService changeRequests, DecisionLog decisionLog, RecordAccess access) {
    this.access = access;
    this.changeRequests = changeRequests;
    this.decisionLog = decisionLog;
  }

  /** A project's change requests, newest first, each with its status and the change it applies. */
  @GetMapping("/api/projects/{projectNumber}/change-requests")
  public List<ChangeRequestSummary> ofProject(@PathVariable String projectNumber) {
    access.requireProjectReader(projectNumber);
    return changeRequests.requestsOf(projectNumber).stream().map(ChangeRequestSummary::of).toList();
  }

  @GetMapping("/api/change-requests/{number}")
  public ChangeRequestView get(@PathVariable String number) {
    ChangeRequest request = changeRequests.findByNumber(number)
        .orElseThrow(() -> new NotFoundException(Messages.text("notFound.changeRequest", number)));
    access.requireProjectReader(changeRequests.projectOf(request).number());
    return ChangeRequestView.of(request, changeRequests.decisionsOf(request.getId()),
        decisionLog.historyOf(ChangeRequestProcess.RECORD_TYPE, request.getId()));
  }

  public record ChangeRequestView(String number, ChangeRequestType type, ChangeSubject subject, String description,
      String justification, ChangeRequestStatus status, String filedBy, Instant filedAt, Instant reviewDueAt,
      boolean reviewOverdue, RefusalReason refusalReason, String refusalGrounds, Boolean baselineAffected,
      String approverGroups, List<GroupDecisionView> groupDecisions, Instant appliedAt, List<DecisionView> decisions) {

    static ChangeRequestView of(ChangeRequest request, List<ChangeRequestDecision> groupDecisions,
        List<DecisionRecord> decisions) {
      return new ChangeRequestView(request.getNumber(), request.getType(), request.getSubject(),
          request.getDescription(), request.getJustification(), request.getStatus(), request.getFiledBy(),
          request.getFiledAt(), request.getReviewDueAt(), request.isReviewOverdue(), request.getRefusalReason(),
          request.getRefusalGrounds(), request.getBaselineAffected(), request.getApproverGroups(),
          groupDecisions.stream().map(GroupDecisionView::of).toList(), request.getAppliedAt(),
          decisions.stream().map(DecisionView::of).toList());
    }
  }

  public record ChangeRequestSummary(String number, ChangeRequestType type, ChangeSubject subject,
      String description, ChangeRequestStatus status, String filedBy, Instant filedAt, Instant reviewDueAt,
      boolean reviewOverdue, Boolean baselineAffected, java.time.LocalDate targetEndDate,
      java.math.BigDecimal targetBudget, java.math.BigDecimal budgetChangePercent, String approverGroups,
      Instant decidedAt, Instant appliedAt) {

    static ChangeRequestSummary of(ChangeRequest request) {
      return new ChangeRequestSummary(request.getNumber(), request.getType(), request.getSubject(),
          request.getDescription(), request.getStatus(), request.getFiledBy(), request.getFiledAt(),
          request.getReviewDueAt(), request.isReviewOverdue(), request.getBaselineAffected(),
          request.getTargetEndDate(), request.getTargetBudget(), request.getBudgetChangePercent(),
          request.getApproverGroups(), request.getDecidedAt(), request.getAppliedAt());
    }
  }

  /** A deciding group's approval, or its agreement of a suspension/termination report. */
  public record GroupDecisionView(ChangeRequestDecision.Step step, int round, String group, boolean approved,
      String comment, String officeAgreement, String decidedBy) {

    static GroupDecisionView of(ChangeRequestDecision decision) {
      return new GroupDecisionView(decision.getStep(), decision.getRound(), decision.getApproverGroup(),
          decision.isApproved(), decision.getComment(), decision.getOfficeAgreement(), decision.getDecidedBy());
    }
  }

  public record DecisionView(String step, String outcome, String comment, String decidedBy, Instant decidedAt) {

    static DecisionView of(DecisionRecord record) {
      return new DecisionView(record.getStep(), record.getOutcome(), record.getComment(), record.getDecidedBy(),
          record.getDecidedAt());
    }
  }
}
