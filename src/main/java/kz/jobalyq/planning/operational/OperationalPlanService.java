package kz.jobalyq.planning.operational;

import static kz.jobalyq.planning.operational.OperationalPlanForms.REASON_PART_LIMIT;
import static kz.jobalyq.planning.operational.OperationalPlanForms.TEXT_LIMIT;
import static kz.jobalyq.planning.operational.OperationalPlanForms.blankToNull;
import static kz.jobalyq.planning.operational.OperationalPlanForms.checked;
import static kz.jobalyq.planning.operational.OperationalPlanForms.limit;
import static kz.jobalyq.planning.operational.OperationalPlanForms.requireText;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.jobalyq.calendar.CalendarService;
import kz.jobalyq.planning.operational.OperationalPlanForms.Row;
import kz.jobalyq.system.TextLimits;
import kz.jobalyq.system.decision.DecisionLog;
import kz.jobalyq.system.decision.DecisionLog.Decision;
import kz.jobalyq.system.decision.DecisionRecord;
import kz.jobalyq.system.i18n.BadInput;
import kz.jobalyq.system.i18n.Messages;
import kz.jobalyq.system.i18n.Phrase;
import kz.jobalyq.system.numbering.RecordNumbers;
import kz.jobalyq.system.process.PhraseVariables;
import kz.jobalyq.system.security.Role;
import kz.jobalyq.system.web.ConflictException;
import kz.jobalyq.system.web.NotFoundException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Operational plans of seed 004: registration, proposals, the activity list and its editions, approval,
 * corrections and closing — the only place a plan's state changes. The quarterly information and reports are
 * {@link OperationalPlanReporting}'s, the list as the plan's forms show it {@link OperationalPlanSheets}'.
 */
@Service
@Transactional
public class OperationalPlanService {

  /** §6: approved within 10 calendar days from the signing of the development plan. */
  static final int APPROVAL_CALENDAR_DAYS = 10;

  private final OperationalPlanRepository plans;
  private final PlanActivityRepository activities;
  private final ActivityProposalRepository proposals;
  private final CalendarService calendar;
  private final RecordNumbers recordNumbers;
  private final DecisionLog decisionLog;
  private final RuntimeService runtime;
  private final Clock clock;

  public OperationalPlanService(OperationalPlanRepository plans, PlanActivityRepository activities,
      ActivityProposalRepository proposals, CalendarService calendar, RecordNumbers recordNumbers,
      DecisionLog decisionLog, RuntimeService runtime, Clock clock) {
    this.plans = plans;
    this.activities = activities;
    this.proposals = proposals;
    this.calendar = calendar;
    this.recordNumbers = recordNumbers;
    this.decisionLog = decisionLog;
    this.runtime = runtime;
    this.clock = clock;
  }

  // --- registration and preparation (§2–§6) ---

  /** Registers the plan as OPL-<plan year>-NNNN; its approval is due 10 calendar days after the signing (§6, §8). */
  public OperationalPlan register(PlanRegistration registration, String by, String processInstanceId) {
    requireText(registration.stateBodyName(), "stateBodyName", 500, "operational.stateBodyName.required");
    requireText(registration.developmentPlanName(), "developmentPlanName", 500,
        "operational.developmentPlanName.required");
    limit(registration.developmentPlanNumber(), "developmentPlanNumber", 100);
    LocalDate signedOn = registration.developmentPlanSignedOn();
    if (signedOn == null) {
      throw BadInput.of("signedOn", "operational.signedOn.required");
    }
    if (signedOn.isAfter(calendar.today())) {
      throw BadInput.of("signedOn", "operational.signedOn.future", signedOn);
    }
    Integer year = registration.planYear();
    if (year == null) {
      throw BadInput.of("planYear", "operational.planYear.required");
    }
    if (year != signedOn.getYear() && year != signedOn.getYear() + 1) {
      throw BadInput.of("planYear", "operational.planYear.notCurrent", String.valueOf(signedOn.getYear()),
          String.valueOf(signedOn.getYear() + 1), String.valueOf(year));
    }
    String number = recordNumbers.yearly("OPL", Year.of(year));
    OperationalPlan plan = plans.save(new OperationalPlan(number, registration, by, clock.instant(),
        processInstanceId));
    log(plan, OperationalPlanProcess.START_EVENT, "REGISTERED", Phrase.of("operational.decision.registered", signedOn,
        approvalDueOn(plan)), by);
    return plan;
  }

  /**
   * The last day for approval: 10 calendar days after the signing, moved off a day off (§6, §8) — read from the
   * calendar as it is now, like the process's own deadline expression.
   */
  @Transactional(readOnly = true)
  public LocalDate approvalDueOn(OperationalPlan plan) {
    return calendar.calendarDaysAfter(plan.getDevelopmentPlanSignedOn(), APPROVAL_CALENDAR_DAYS).lastDay();
  }

  /** The structural units' proposals (§5), kept as sent; the planning unit assembles the plan from them. */
  public int submitProposals(Long planId, List<ActivityContent> rows, String comment, String by) {
    OperationalPlan plan = require(planId);
    if (rows.isEmpty()) {
      throw BadInput.of("proposals", "operational.proposals.empty");
    }
    List<ActivityContent> checked = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      checked.add(checked(rows.get(i), new Row("proposals", i + 1), plan.getPlanYear()));
    }
    for (int i = 0; i < checked.size(); i++) {
      proposals.save(new ActivityProposal(plan.getId(), i + 1, checked.get(i), by, clock.instant()));
    }
    plan.proposalsReceived();
    log(plan, OperationalPlanProcess.TASK_SUBMIT_PROPOSALS, "PROPOSED_" + checked.size(), comment, by);
    return checked.size();
  }

  /**
   * Stores the planning unit's list as the draft edition: unchanged rows stay, changed or removed approved rows are
   * retired (kept for the reports made against them), changed draft rows are edited in place.
   */
  public DraftChanges submitDraft(Long planId, List<ActivityRow> rows, String step, String by) {
    OperationalPlan plan = require(planId);
    if (rows.isEmpty()) {
      throw BadInput.of("activities", "operational.activities.empty");
    }
    Map<Long, PlanActivity> current = currentRows(plan).stream()
        .collect(Collectors.toMap(PlanActivity::getId, Function.identity()));
    List<ActivityContent> checked = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      Row row = new Row("activities", i + 1);
      Long id = rows.get(i).activityId();
      if (id != null && !current.containsKey(id)) {
        throw row.refused("activityId", "operational.row.activityId.notInPlan", String.valueOf(id));
      }
      if (id != null && !seen.add(id)) {
        throw row.refused("activityId", "operational.row.activityId.twice", String.valueOf(id));
      }
      checked.add(checked(rows.get(i).content(), row, plan.getPlanYear()));
    }
    int edition = plan.editionToEdit();
    int added = 0;
    int changed = 0;
    for (int i = 0; i < rows.size(); i++) {
      Long id = rows.get(i).activityId();
      ActivityContent content = checked.get(i);
      PlanActivity existing = id == null ? null : current.get(id);
      if (existing == null) {
        activities.save(new PlanActivity(plan.getId(), edition, null, i + 1, content));
        added++;
      } else if (existing.getContent().sameAs(content)) {
        existing.moveTo(i + 1);
      } else if (existing.getVersionFrom() == edition) {
        existing.redraft(i + 1, content);
        changed++;
      } else {
        existing.retireFrom(edition);
        activities.save(new PlanActivity(plan.getId(), edition, existing.getId(), i + 1, content));
        changed++;
      }
    }
    int removed = 0;
    for (PlanActivity activity : current.values()) {
      if (!seen.contains(activity.getId())) {
        if (activity.getVersionFrom() == edition) {
          activities.delete(activity);
        } else {
          activity.retireFrom(edition);
        }
        removed++;
      }
    }
    plan.submittedForApproval();
    DraftChanges changes = new DraftChanges(edition, rows.size(), added, changed, removed);
    log(plan, step, "SUBMITTED_V" + edition, changes.phrase(), by);
    return changes;
  }

  /** What a submitted draft did to the list. */
  public record DraftChanges(int edition, int activities, int added, int changed, int removed) {
    /** "12 activities; 2 added, 1 changed, 0 removed", in the reader's language. */
    public Phrase phrase() {
      return Phrase.of("operational.decision.submitted", activities, added, changed, removed);
    }
  }

  /** The head's decision; a return needs its reasons. On approval the draft becomes the edition in force. */
  public void recordApproval(Long planId, boolean approved, String comment, String step, String by) {
    OperationalPlan plan = require(planId);
    String reasons = blankToNull(comment);
    if (!approved && reasons == null) {
      throw BadInput.of("planDecisionComment", "operational.planDecisionComment.required");
    }
    if (approved) {
      plan.approve(by, clock.instant(), calendar.today());
    } else {
      plan.returnForRevision();
    }
    log(plan, step, approved ? "APPROVED_V" + plan.getDraftVersion() : "RETURNED", reasons, by);
  }

  /** Who is holding the plan up while the approval deadline nears: the group of the open step. */
  @Transactional(readOnly = true)
  public List<Role> holdersOfPreparation(Long planId) {
    return switch (require(planId).getStatus()) {
      case PROPOSALS -> List.of(Role.STRUCTURAL_UNIT, Role.PLANNING_UNIT);
      case ASSEMBLY -> List.of(Role.PLANNING_UNIT);
      default -> List.of(Role.STATE_BODY_HEAD, Role.CHIEF_OF_STAFF);
    };
  }

  /** The 10 calendar days of §6 passed without approval: recorded, the process escalates to the chief of staff. */
  public OperationalPlan markApprovalOverdue(Long planId) {
    OperationalPlan plan = require(planId);
    plan.markApprovalOverdue();
    log(plan, OperationalPlanProcess.BOUNDARY_APPROVAL_OVERDUE, "APPROVAL_OVERDUE",
        Phrase.of("operational.decision.approvalOverdue", approvalDueOn(plan),
            Phrase.of("operational.status." + plan.getStatus().name())), null);
    return plan;
  }

  /** After the fourth quarter the plan's year is over. */
  public void close(Long planId) {
    OperationalPlan plan = require(planId);
    plan.close(clock.instant());
    log(plan, OperationalPlanProcess.TASK_CLOSE_PLAN, "CLOSED", (String) null, null);
  }

  /**
   * The development plan was changed (§18): the operational plan must be corrected. Recorded, then handed to the
   * running process, which gives the planning unit a correction task; refused before approval and after closing.
   */
  public void developmentPlanChanged(String number, LocalDate changedOn, String description, String by) {
    OperationalPlan plan = requireByNumber(number);
    if (changedOn == null) {
      throw BadInput.of("changedOn", "operational.changedOn.required");
    }
    requireText(description, "description", 2000, "operational.description.required");
    if (!plan.isApproved() || plan.getStatus() == OperationalPlanStatus.CLOSED) {
      throw new ConflictException(Messages.text("operational.correction.notOpen", plan.getNumber(),
          Messages.text("operational.status." + plan.getStatus().name())));
    }
    plan.startCorrection();
    log(plan, OperationalPlanProcess.START_DEVELOPMENT_PLAN_CHANGED, "DEVELOPMENT_PLAN_CHANGED",
        changedOn + ": " + description.strip(), by);
    runtime.createMessageCorrelation(OperationalPlanProcess.MESSAGE_DEVELOPMENT_PLAN_CHANGED)
        .processInstanceBusinessKey(plan.getNumber())
        // Into the correction's own scope: several corrections may run at once (a quarter's and this one).
        .setVariablesToTriggeredScope(PhraseVariables.of(OperationalPlanProcess.Vars.CORRECTION_REASON,
            Phrase.of("operational.correction.reason.developmentPlanChanged", changedOn,
                TextLimits.cut(description.strip(), REASON_PART_LIMIT))))
        .setVariableToTriggeredScope(OperationalPlanProcess.Vars.PLAN_APPROVED, null)
        .setVariableToTriggeredScope(OperationalPlanProcess.Vars.APPROVAL_COMMENT, null)
        .correlateWithResult();
  }

  // --- reading ---

  @Transactional(readOnly = true)
  public OperationalPlan require(Long planId) {
    return plans.findById(planId).orElseThrow(() -> new NotFoundException(
        Messages.text("operational.plan.notFound", String.valueOf(planId))));
  }

  @Transactional(readOnly = true)
  public OperationalPlan requireByNumber(String number) {
    return plans.findByNumber(number)
        .orElseThrow(() -> new NotFoundException(Messages.text("operational.plan.notFound", number)));
  }

  @Transactional(readOnly = true)
  public List<OperationalPlan> all() {
    return plans.findAllByOrderByPlanYearDescIdDesc();
  }

  /** The edition in force (empty before approval). */
  @Transactional(readOnly = true)
  public List<PlanActivity> approvedActivities(OperationalPlan plan) {
    return plan.getApprovedVersion() == null ? List.of() : edition(plan, plan.getApprovedVersion());
  }

  /** The rows of one edition (none without a version): the quarters report on the edition they opened with. */
  @Transactional(readOnly = true)
  public List<PlanActivity> edition(OperationalPlan plan, Integer version) {
    if (version == null) {
      return List.of();
    }
    return activities.findByPlanIdOrderByRowOrderAscIdAsc(plan.getId()).stream()
        .filter(activity -> activity.belongsTo(version)).toList();
  }

  /** The rows being drafted, when a draft is pending. */
  @Transactional(readOnly = true)
  public List<PlanActivity> draftActivities(OperationalPlan plan) {
    return plan.hasPendingDraft() ? currentRows(plan) : List.of();
  }

  @Transactional(readOnly = true)
  public List<ActivityProposal> proposalsOf(OperationalPlan plan) {
    return proposals.findByPlanIdOrderByIdAsc(plan.getId());
  }

  /** Every activity row the plan ever had, for reading reports made against an earlier edition. */
  @Transactional(readOnly = true)
  public Map<Long, PlanActivity> activityHistoryOf(OperationalPlan plan) {
    return activities.findByPlanIdOrderByRowOrderAscIdAsc(plan.getId()).stream()
        .collect(Collectors.toMap(PlanActivity::getId, Function.identity()));
  }

  @Transactional(readOnly = true)
  public List<DecisionRecord> decisionsOf(OperationalPlan plan) {
    return decisionLog.historyOf(OperationalPlanProcess.RECORD_TYPE, plan.getId());
  }

  // --- helpers ---

  /** The rows as they stand now, a pending draft's changes included. */
  @Transactional(readOnly = true)
  public List<PlanActivity> currentRows(OperationalPlan plan) {
    return activities.findByPlanIdOrderByRowOrderAscIdAsc(plan.getId()).stream().filter(PlanActivity::isCurrent)
        .toList();
  }

  private void log(OperationalPlan plan, String step, String outcome, String comment, String by) {
    decisionLog.record(logEntry(plan, step, outcome, comment, by));
  }

  private void log(OperationalPlan plan, String step, String outcome, Phrase comment, String by) {
    decisionLog.record(logEntry(plan, step, outcome, comment, by));
  }

  /** A line of the plan's audit trail whose comment the platform composes, read in the reader's language. */
  static Decision logEntry(OperationalPlan plan, String step, String outcome, Phrase comment, String by) {
    return Decision.phrased(OperationalPlanProcess.RECORD_TYPE, plan.getId(), plan.getNumber(),
        plan.getProcessInstanceId(), step, outcome, comment, by);
  }

  /** A line of the plan's audit trail, the comment cut to the text limit; OperationalPlanReporting's too. */
  static Decision logEntry(OperationalPlan plan, String step, String outcome, String comment, String by) {
    return new Decision(OperationalPlanProcess.RECORD_TYPE, plan.getId(), plan.getNumber(),
        plan.getProcessInstanceId(), step, outcome, TextLimits.cut(comment, TEXT_LIMIT), by);
  }
}
