package kz.jobalyq.change;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import kz.jobalyq.calendar.CalendarService;
import kz.jobalyq.calendar.Deadline;
import kz.jobalyq.change.ChangeRequestDecision.Step;
import kz.jobalyq.notification.Notice;
import kz.jobalyq.notification.NotificationService;
import kz.jobalyq.organisation.OrganisationService;
import kz.jobalyq.organisation.ProjectSummary;
import kz.jobalyq.organisation.RecordScope;
import kz.jobalyq.organisation.RoleHolders;
import kz.jobalyq.project.AcceptedChange;
import kz.jobalyq.project.BaselineEffect;
import kz.jobalyq.project.ProjectBaseline;
import kz.jobalyq.project.ProjectPlanningService;
import kz.jobalyq.project.ProjectPlanningService.BaselineChange;
import kz.jobalyq.project.ProjectService;
import kz.jobalyq.project.ProjectStatus;
import kz.jobalyq.system.decision.DecisionLog.Decision;
import kz.jobalyq.system.decision.DecisionLog;
import kz.jobalyq.system.i18n.BadInput;
import kz.jobalyq.system.i18n.Messages;
import kz.jobalyq.system.numbering.RecordNumbers;
import kz.jobalyq.system.security.Role;
import kz.jobalyq.system.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Change requests of seed 000 §104–§114: filing, review, evaluation, the decision and an accepted change applied;
 * the requests that stop or restart a project are carried out by {@link ProjectStopRequests}. Their status changes
 * only through these two.
 */
@Service
@Transactional
public class ChangeRequestService {

  /** §106.2: the project lead answers within five working days. */
  static final int REVIEW_WORKING_DAYS = 5;

  private final ChangeRequestRepository requests;
  private final ChangeRequestDecisions decisions;
  private final OrganisationService organisation;
  private final RoleHolders roleHolders;
  private final ProjectService projects;
  private final ProjectPlanningService planning;
  private final CalendarService calendar;
  private final RecordNumbers recordNumbers;
  private final DecisionLog decisionLog;
  private final NotificationService notifications;
  private final Clock clock;

  public ChangeRequestService(ChangeRequestRepository requests, ChangeRequestDecisions decisions,
      OrganisationService organisation, RoleHolders roleHolders, ProjectService projects,
      ProjectPlanningService planning, CalendarService calendar, RecordNumbers recordNumbers, DecisionLog decisionLog,
      NotificationService notifications, Clock clock) {
    this.requests = requests;
    this.decisions = decisions;
    this.organisation = organisation;
    this.roleHolders = roleHolders;
    this.projects = projects;
    this.planning = planning;
    this.calendar = calendar;
    this.recordNumbers = recordNumbers;
    this.decisionLog = decisionLog;
    this.notifications = notifications;
    this.clock = clock;
  }

  /** Registers the change sheet in the project archive with status SUBMITTED and its number CR-PRJ-…-n. */
  public Registered register(ChangeRequestDraft draft, String filedBy, String processInstanceId) {
    List<BadInput> errors = new ArrayList<>();
    if (draft.type() == null) {
      errors.add(BadInput.of("requestType", "change.requestType.required"));
    }
    if (draft.subject() == null && draft.type() == ChangeRequestType.CHANGE) {
      errors.add(BadInput.of("changeSubject", "change.subject.required"));
    }
    if (isBlank(draft.description())) {
      errors.add(BadInput.of("description", "change.description.required"));
    }
    if (isBlank(draft.justification())) {
      errors.add(BadInput.of("justification", "change.justification.required"));
    }
    if (draft.proposedBudget() != null && draft.proposedBudget().signum() < 0) {
      errors.add(BadInput.of("proposedBudget", "change.proposedBudget.negative"));
    }
    LocalDate today = calendar.dateOf(clock.instant());
    if (draft.answerNeededBy() != null && draft.answerNeededBy().isBefore(today)) {
      // A date already past would make the request overdue the moment it is filed.
      errors.add(BadInput.of("answerNeededBy", "change.answerNeededBy.past", draft.answerNeededBy(), today));
    }
    ProjectSummary project = isBlank(draft.projectNumber()) ? null
        : organisation.findProject(draft.projectNumber()).orElse(null);
    if (project == null) {
      errors.add(isBlank(draft.projectNumber()) ? BadInput.of("projectNumber", "change.project.required")
          : BadInput.of("projectNumber", "change.project.unknown", draft.projectNumber().strip()));
    } else if (!roleHolders.holdsAnyRole(filedBy, RecordScope.ofProject(project.number()))) {
      // A holder of a project role elsewhere files nothing here: the project's own people and those above it do.
      errors.add(BadInput.of("projectNumber", "change.project.notHolder", filedBy, project.number()));
    } else if (draft.type() != null) {
      acceptanceProblem(project, draft.type()).ifPresent(errors::add);
    }
    if (!errors.isEmpty()) {
      throw BadInput.all(errors);
    }
    Instant now = clock.instant();
    String number = recordNumbers.under(project.number(), "CR");
    ChangeRequestDraft filed = draft.subject() != null ? draft : draft.withSubject(ChangeSubject.PROJECT_STATUS);
    ChangeRequest request = new ChangeRequest(number, project.id(), filed, filedBy, now, processInstanceId);
    // Before the insert, so that the row is written once (not inserted, then updated with its deadline).
    request.reviewDue(reviewDeadline(now, draft).endInstant());
    requests.save(request);
    return new Registered(request.getId(), number, project.number(), project.name(), now);
  }

  /** A closed project takes no requests; a suspended one only its resumption or termination (§111). */
  private Optional<BadInput> acceptanceProblem(ProjectSummary project, ChangeRequestType type) {
    ProjectStatus status = projects.find(project.id()).map(lifecycle -> lifecycle.getStatus()).orElse(null);
    if (status == null) {
      return Optional.empty();
    }
    return switch (status) {
      case CLOSED, FORCED_CLOSED, TERMINATED, CLOSED_AT_INITIATION ->
          Optional.of(BadInput.of("projectNumber", "change.project.closed", project.number()));
      case SUSPENDED -> type == ChangeRequestType.RESUME || type == ChangeRequestType.TERMINATE ? Optional.empty()
          : Optional.of(BadInput.of("requestType", "change.project.suspended", project.number()));
      default -> type == ChangeRequestType.RESUME
          ? Optional.of(BadInput.of("requestType", "change.project.notSuspended", project.number()))
          : Optional.empty();
    };
  }

  /** Five working days after filing, or the end of the "answer needed by" date if that is sooner. */
  private Deadline reviewDeadline(Instant filedAt, ChangeRequestDraft draft) {
    Deadline regular = calendar.workingDaysAfter(calendar.dateOf(filedAt), REVIEW_WORKING_DAYS);
    if (draft.answerNeededBy() == null || !draft.answerNeededBy().isBefore(regular.lastDay())) {
      return regular;
    }
    return Deadline.endOf(draft.answerNeededBy(), calendar.zone());
  }

  /** The project lead's answer within 5 working days: accept for evaluation, or refuse with grounds (§106.2). */
  public void recordReview(Long id, String outcome, RefusalReason reason, String grounds, String comment,
      String decidedBy) {
    ChangeRequest request = get(id);
    if (ChangeRequestProcess.OUTCOME_REFUSE.equalsIgnoreCase(outcome)) {
      if (isBlank(grounds)) {
        throw BadInput.of("refusalGrounds", "change.refusalGrounds.required");
      }
      request.refuseAtReview(reason == null ? RefusalReason.OTHER : reason, grounds.strip(), clock.instant());
      log(request, ChangeRequestProcess.TASK_REVIEW, "REFUSED", grounds.strip(), decidedBy);
    } else if (ChangeRequestProcess.OUTCOME_ACCEPT.equalsIgnoreCase(outcome)) {
      request.acceptForEvaluation();
      log(request, ChangeRequestProcess.TASK_REVIEW, "ACCEPTED_FOR_EVALUATION", comment, decidedBy);
    } else {
      throw BadInput.of("reviewOutcome", "change.reviewOutcome.invalid", outcome);
    }
  }

  /** The review deadline passed without an answer: the request is marked and escalated, nothing decided. */
  public void markReviewOverdue(Long id) {
    ChangeRequest request = get(id);
    request.markReviewOverdue();
    log(request, ChangeRequestProcess.BOUNDARY_REVIEW_OVERDUE, "REVIEW_OVERDUE", null, null);
  }

  /** The project group head records the measures taken on an overdue review. */
  public void recordOverdueHandled(Long id, String measures, String decidedBy) {
    if (isBlank(measures)) {
      throw BadInput.of("overdueMeasures", "change.overdueMeasures.required");
    }
    log(get(id), ChangeRequestProcess.TASK_HANDLE_OVERDUE_REVIEW, "OVERDUE_MEASURES", measures, decidedBy);
  }

  /**
   * The lead's evaluation of the effect on schedule, cost, scope and quality (§106.4). Where the change
   * sheet proposes a new end date or budget, the evaluation must state the same change against the
   * baseline in force: one figure is routed (§106.5–§106.6, §76) and the same one applied.
   */
  public Evaluation recordEvaluation(Long id, Integer scheduleShiftDays, BigDecimal costChange, String scopeChange,
      String qualityChange, String comment, String decidedBy) {
    if (scheduleShiftDays == null) {
      throw BadInput.of("scheduleShiftDays", "change.scheduleShiftDays.required");
    }
    if (costChange == null) {
      throw BadInput.of("costChange", "change.costChange.required");
    }
    ChangeRequest request = get(id);
    BaselineEffect effect = planning.effectOf(request.getProjectId(), request.getProposedEndDate(),
        request.getProposedBudget(), scheduleShiftDays, costChange,
        request.getProposedQuality() != null || !isBlank(qualityChange));
    List<BadInput> errors = new ArrayList<>();
    if (request.getProposedBudget() != null && effect.budgetBefore() != null
        && costChange.compareTo(request.getProposedBudget().subtract(effect.budgetBefore())) != 0) {
      errors.add(BadInput.of("costChange", "change.costChange.notAsProposed", money(request.getProposedBudget()),
          money(effect.budgetBefore()), signed(request.getProposedBudget().subtract(effect.budgetBefore())),
          money(costChange)));
    }
    long proposedShift = request.getProposedEndDate() == null || effect.endBefore() == null ? scheduleShiftDays
        : java.time.temporal.ChronoUnit.DAYS.between(effect.endBefore(), request.getProposedEndDate());
    if (scheduleShiftDays != proposedShift) {
      errors.add(BadInput.of("scheduleShiftDays", "change.scheduleShiftDays.notAsProposed",
          String.valueOf(request.getProposedEndDate()), String.valueOf(effect.endBefore()),
          String.valueOf(proposedShift)));
    }
    if (!errors.isEmpty()) {
      throw BadInput.all(errors);
    }
    request.evaluate(scheduleShiftDays, costChange, blankToNull(scopeChange), blankToNull(qualityChange), effect);
    log(request, ChangeRequestProcess.TASK_EVALUATE,
        request.getBaselineAffected() ? "BASELINE_AFFECTED" : "BASELINE_UNCHANGED", comment, decidedBy);
    boolean regulated = organisation.findProjectById(request.getProjectId()).map(ProjectSummary::regulated)
        .orElse(false);
    return new Evaluation(effect.baselineAffected(), effect.budgetChangePercent(), regulated);
  }

  private static String money(BigDecimal amount) {
    return String.format(java.util.Locale.ROOT, "%,.0f", amount).replace(',', ' ');
  }

  private static String signed(BigDecimal amount) {
    return (amount.signum() >= 0 ? "+" : "−") + money(amount.abs());
  }

  /** The groups the routing table chose; each of them decides. */
  public List<String> recordRouting(Long id, String approverGroups) {
    if (isBlank(approverGroups)) {
      throw new IllegalStateException("change-approval-routing gave no deciding group for request " + id);
    }
    ChangeRequest request = get(id);
    request.routeTo(approverGroups.strip());
    return request.decidingGroups();
  }

  /**
   * One deciding group's answer (§106.5–§106.6, §111–§112). A refusal needs grounds; the programme
   * steering committee approving a regulated project's suspension or termination records the
   * Office's agreement. {@code approverGroup} is the task's own group, null when one group decides.
   */
  public void recordApproverDecision(Long id, String approverGroup, String decision, String comment,
      String officeAgreement, String decidedBy) {
    boolean approved;
    if (ChangeRequestProcess.DECISION_APPROVE.equalsIgnoreCase(decision)) {
      approved = true;
    } else if (ChangeRequestProcess.DECISION_REFUSE.equalsIgnoreCase(decision)) {
      approved = false;
    } else {
      throw BadInput.of("decision", "change.decision.invalid", decision);
    }
    if (isBlank(comment)) {
      throw BadInput.of("decisionComment", "change.decisionComment.required");
    }
    ChangeRequest request = get(id);
    String group = approverGroup != null ? approverGroup : request.soleDecidingGroup();
    boolean stopping = request.getType() != ChangeRequestType.CHANGE;
    if (approved && stopping && Role.STEERING_COMMITTEE.groupId().equals(group) && isBlank(officeAgreement)) {
      throw BadInput.of("officeAgreement", "change.officeAgreement.required");
    }
    decisions.save(new ChangeRequestDecision(id, Step.APPROVAL, 1, group, approved, comment.strip(),
        blankToNull(officeAgreement), decidedBy, clock.instant()));
    log(request, ChangeRequestProcess.TASK_DECIDE, (approved ? "APPROVED_BY_" : "REFUSED_BY_") + group,
        comment, decidedBy);
  }

  /** Accepted for execution only if every deciding group approved; otherwise refused. */
  public ChangeRequestStatus concludeApproval(Long id) {
    ChangeRequest request = get(id);
    List<ChangeRequestDecision> answers = decisions.of(id, Step.APPROVAL, 1);
    boolean approved = !answers.isEmpty() && answers.stream().allMatch(ChangeRequestDecision::isApproved);
    request.conclude(approved, clock.instant());
    return request.getStatus();
  }

  /**
   * An accepted change enters the schedule and, if it alters the baseline, a new baseline version
   * (§106.7–§106.8); the project team is told when the end date moved (§104).
   */
  public Optional<ProjectBaseline> applyChange(Long id) {
    ChangeRequest request = get(id);
    String approvedBy = decisions.of(id, Step.APPROVAL, 1).stream()
        .map(ChangeRequestDecision::getDecidedBy).filter(user -> user != null).collect(Collectors.joining(","));
    Optional<BaselineChange> baseline = planning.applyChange(request.getProjectId(), new AcceptedChange(
        // The values fixed at evaluation, which the deciding level was routed on (§106.4–§106.6, §76).
        request.getNumber(), request.getDescription(),
        request.getTargetEndDate() != null ? request.getTargetEndDate() : request.getProposedEndDate(),
        request.getTargetBudget() != null ? request.getTargetBudget() : request.getProposedBudget(),
        request.getProposedScope(), request.getProposedQuality(),
        request.getScheduleShiftDays() == null ? 0 : request.getScheduleShiftDays(), request.getCostChange(),
        request.getQualityChange(), Boolean.TRUE.equals(request.getBaselineAffected()),
        approvedBy.isEmpty() ? null : approvedBy));
    request.applied(clock.instant());
    baseline.filter(change -> !change.after().getPlannedEnd().equals(change.before().getPlannedEnd()))
        .ifPresent(change -> notifications.notifyGroup(Role.PROJECT_TEAM.groupId(),
            RecordScope.ofProject(project(request).number()),
            Notice.of("change.notice.scheduleMoved.subject", "change.notice.scheduleMoved.message",
                project(request).number(), request.getNumber(), change.before().getPlannedEnd(),
                change.after().getPlannedEnd(), change.after().getVersion())));
    return baseline.map(BaselineChange::after);
  }

  private ProjectSummary project(ChangeRequest request) {
    return organisation.findProjectById(request.getProjectId()).orElseThrow();
  }

  /** The project a request was filed against. */
  @Transactional(readOnly = true)
  public ProjectSummary projectOf(ChangeRequest request) {
    return project(request);
  }

  @Transactional(readOnly = true)
  public Optional<ChangeRequest> findByNumber(String number) {
    return requests.findByNumber(number);
  }

  /** A project's change requests, newest first. */
  @Transactional(readOnly = true)
  public List<ChangeRequest> requestsOf(String projectNumber) {
    return requests.findByProjectIdOrderByFiledAtDesc(organisation.requireProject(projectNumber).id());
  }

  @Transactional(readOnly = true)
  public ChangeRequest get(Long id) {
    return requests.findById(id).orElseThrow(() -> new NotFoundException(
        Messages.text("notFound.changeRequest", String.valueOf(id))));
  }

  @Transactional(readOnly = true)
  public List<ChangeRequestDecision> decisionsOf(Long id) {
    return decisions.of(id);
  }

  private void log(ChangeRequest request, String step, String outcome, String comment, String decidedBy) {
    decisionLog.record(logEntry(request, step, outcome, comment, decidedBy));
  }

  /** The request's entry in the decision log; a blank comment is kept as none. */
  static Decision logEntry(ChangeRequest request, String step, String outcome, String comment, String decidedBy) {
    return new Decision(ChangeRequestProcess.RECORD_TYPE, request.getId(), request.getNumber(),
        request.getProcessInstanceId(), step, outcome, blankToNull(comment), decidedBy);
  }

  static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  static String blankToNull(String text) {
    return isBlank(text) ? null : text.strip();
  }

  /** What the process needs to know of a newly registered request. */
  public record Registered(Long id, String number, String projectNumber, String projectName, Instant filedAt) {
  }

  /** What the routing table reads: the evaluated effect and whether the project is regulated (as it is now). */
  public record Evaluation(boolean baselineAffected, Double budgetChangePercent, boolean projectRegulated) {
  }
}
