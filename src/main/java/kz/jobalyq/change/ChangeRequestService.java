package kz.jobalyq.change;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.jobalyq.organisation.OrganisationService;
import kz.jobalyq.organisation.ProjectSummary;
import kz.jobalyq.system.decision.DecisionLog;
import kz.jobalyq.system.decision.DecisionLog.Decision;
import kz.jobalyq.system.numbering.RecordNumbers;
import kz.jobalyq.system.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Change requests of seed 000 §104–§106: the only place their status changes. */
@Service
@Transactional
public class ChangeRequestService {

  private final ChangeRequestRepository requests;
  private final OrganisationService organisation;
  private final RecordNumbers recordNumbers;
  private final DecisionLog decisionLog;
  private final Clock clock;

  public ChangeRequestService(ChangeRequestRepository requests, OrganisationService organisation,
      RecordNumbers recordNumbers, DecisionLog decisionLog, Clock clock) {
    this.requests = requests;
    this.organisation = organisation;
    this.recordNumbers = recordNumbers;
    this.decisionLog = decisionLog;
    this.clock = clock;
  }

  /** Registers the change sheet in the project archive with status SUBMITTED and its number CR-PRJ-…-n. */
  public Registered register(ChangeRequestDraft draft, String filedBy, String processInstanceId) {
    List<String> errors = new ArrayList<>();
    if (draft.type() == null) {
      errors.add("requestType: choose CHANGE, SUSPEND or TERMINATE");
    }
    if (draft.subject() == null) {
      errors.add("changeSubject: choose what the request changes");
    }
    if (isBlank(draft.description())) {
      errors.add("description: describe the change");
    }
    if (isBlank(draft.justification())) {
      errors.add("justification: give the justification");
    }
    if (draft.proposedBudget() != null && draft.proposedBudget().signum() < 0) {
      errors.add("proposedBudget: must not be negative");
    }
    ProjectSummary project = isBlank(draft.projectNumber()) ? null
        : organisation.findProject(draft.projectNumber()).orElse(null);
    if (project == null) {
      errors.add("projectNumber: no project " + (isBlank(draft.projectNumber()) ? "given" : draft.projectNumber()));
    }
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException("The change request cannot be registered: " + String.join("; ", errors));
    }
    Instant now = clock.instant();
    String number = recordNumbers.under(project.number(), "CR");
    ChangeRequest request = requests.save(new ChangeRequest(number, project.id(), draft, filedBy, now,
        processInstanceId));
    return new Registered(request.getId(), number, project.number(), project.regulated(), now);
  }

  /** The project lead's answer within 5 working days: accept for evaluation, or refuse with grounds (§106.2). */
  public void recordReview(Long id, String outcome, RefusalReason reason, String grounds, String comment,
      String decidedBy) {
    ChangeRequest request = get(id);
    if (ChangeRequestProcess.OUTCOME_REFUSE.equals(outcome)) {
      if (isBlank(grounds)) {
        throw new IllegalArgumentException("refusalGrounds: a refusal must give its grounds (seed 000 §106.2)");
      }
      request.refuseAtReview(reason == null ? RefusalReason.OTHER : reason, grounds.strip(), clock.instant());
      log(request, ChangeRequestProcess.TASK_REVIEW, "REFUSED", grounds.strip(), decidedBy);
    } else if (ChangeRequestProcess.OUTCOME_ACCEPT.equals(outcome)) {
      request.acceptForEvaluation();
      log(request, ChangeRequestProcess.TASK_REVIEW, "ACCEPTED_FOR_EVALUATION", comment, decidedBy);
    } else {
      throw new IllegalArgumentException("reviewOutcome: must be accept or refuse, was " + outcome);
    }
  }

  /** The lead's evaluation of the effect on schedule, cost, scope and quality (§106.4). */
  public Evaluation recordEvaluation(Long id, Integer scheduleShiftDays, BigDecimal costChange, String scopeChange,
      String qualityChange, String comment, String decidedBy) {
    if (scheduleShiftDays == null) {
      throw new IllegalArgumentException("scheduleShiftDays: give the schedule shift in days (0 if none)");
    }
    if (costChange == null) {
      throw new IllegalArgumentException("costChange: give the cost change in tenge (0 if none)");
    }
    ChangeRequest request = get(id);
    request.evaluate(scheduleShiftDays, costChange, blankToNull(scopeChange), blankToNull(qualityChange));
    log(request, ChangeRequestProcess.TASK_EVALUATE,
        request.getBaselineAffected() ? "BASELINE_AFFECTED" : "BASELINE_UNCHANGED", comment, decidedBy);
    BigDecimal budget = organisation.findProjectById(request.getProjectId()).map(ProjectSummary::budget).orElse(null);
    Double percent = budget == null || budget.signum() == 0 ? null
        : costChange.abs().multiply(BigDecimal.valueOf(100)).divide(budget, 2, RoundingMode.HALF_UP).doubleValue();
    return new Evaluation(request.getBaselineAffected(), percent);
  }

  /** The decision of the level the routing table chose (§106.5–§106.6, §111–§112). */
  public ChangeRequestStatus recordDecision(Long id, String decision, String comment, String approverGroups,
      String decidedBy) {
    boolean approved;
    if (ChangeRequestProcess.DECISION_APPROVE.equals(decision)) {
      approved = true;
    } else if (ChangeRequestProcess.DECISION_REFUSE.equals(decision)) {
      approved = false;
      if (isBlank(comment)) {
        throw new IllegalArgumentException("decisionComment: a refusal must give its grounds");
      }
    } else {
      throw new IllegalArgumentException("decision: must be approve or refuse, was " + decision);
    }
    ChangeRequest request = get(id);
    request.decide(approved, approverGroups, clock.instant());
    log(request, ChangeRequestProcess.TASK_DECIDE, request.getStatus().name(), comment, decidedBy);
    return request.getStatus();
  }

  @Transactional(readOnly = true)
  public Optional<ChangeRequest> findByNumber(String number) {
    return requests.findByNumber(number);
  }

  @Transactional(readOnly = true)
  public ChangeRequest get(Long id) {
    return requests.findById(id).orElseThrow(() -> new NotFoundException("No change request " + id));
  }

  private void log(ChangeRequest request, String step, String outcome, String comment, String decidedBy) {
    decisionLog.record(new Decision(ChangeRequestProcess.RECORD_TYPE, request.getId(), request.getNumber(),
        request.getProcessInstanceId(), step, outcome, blankToNull(comment), decidedBy));
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  private static String blankToNull(String text) {
    return isBlank(text) ? null : text.strip();
  }

  /** What the process needs to know of a newly registered request. */
  public record Registered(Long id, String number, String projectNumber, boolean projectRegulated, Instant filedAt) {
  }

  /** The flags the routing table needs. */
  public record Evaluation(boolean baselineAffected, Double budgetChangePercent) {
  }
}
