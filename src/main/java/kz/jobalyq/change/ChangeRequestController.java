package kz.jobalyq.change;

import java.time.Instant;
import java.util.List;
import kz.jobalyq.system.decision.DecisionLog;
import kz.jobalyq.system.decision.DecisionRecord;
import kz.jobalyq.system.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A change request as the archive holds it, with the decisions taken on it. */
@RestController
@RequestMapping("/api/change-requests")
public class ChangeRequestController {

  private final ChangeRequestService changeRequests;
  private final DecisionLog decisionLog;

  public ChangeRequestController(ChangeRequestService changeRequests, DecisionLog decisionLog) {
    this.changeRequests = changeRequests;
    this.decisionLog = decisionLog;
  }

  @GetMapping("/{number}")
  public ChangeRequestView get(@PathVariable String number) {
    ChangeRequest request = changeRequests.findByNumber(number)
        .orElseThrow(() -> new NotFoundException("No change request " + number));
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
