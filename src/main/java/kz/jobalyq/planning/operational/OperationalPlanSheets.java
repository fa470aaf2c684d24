package kz.jobalyq.planning.operational;

import static kz.jobalyq.planning.operational.OperationalPlanForms.annexRow;
import static kz.jobalyq.planning.operational.OperationalPlanForms.editableRow;
import static kz.jobalyq.planning.operational.OperationalPlanForms.label;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.jobalyq.system.forms.Display;
import kz.jobalyq.system.i18n.Messages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The activity list as the plan's forms show it (004 §5–§6, §18): the rows the planning unit edits, and the rows
 * and overview the approving head reads. Read only; the plan's changes are {@link OperationalPlanService}'s.
 */
@Service
@Transactional(readOnly = true)
public class OperationalPlanSheets {

  private final OperationalPlanService plans;
  private final PlanActivityRepository activities;
  private final ActivityProposalRepository proposals;

  OperationalPlanSheets(OperationalPlanService plans, PlanActivityRepository activities,
      ActivityProposalRepository proposals) {
    this.plans = plans;
    this.activities = activities;
    this.proposals = proposals;
  }

  /** The rows the planning unit starts from: the current draft, or the proposals before there is one. */
  public List<Map<String, Object>> editableRows(Long planId) {
    OperationalPlan plan = plans.require(planId);
    List<PlanActivity> current = plans.currentRows(plan);
    if (!current.isEmpty()) {
      return current.stream().map(activity -> editableRow(activity.getId(), activity.getContent())).toList();
    }
    return proposals.findByPlanIdOrderByIdAsc(plan.getId()).stream()
        .map(proposal -> editableRow(null, proposal.getContent())).toList();
  }

  /** The overview the approving head reads above the list, in the reader's language. */
  public String overviewOf(Long planId, Locale language) {
    OperationalPlan plan = plans.require(planId);
    List<PlanActivity> draft = plans.currentRows(plan);
    long strategic = draft.stream().filter(a -> a.getContent().section() == PlanSection.STRATEGIC).count();
    long directions = draft.stream().map(a -> a.getContent().strategicDirection()).filter(d -> d != null).distinct()
        .count();
    StringBuilder text = new StringBuilder()
        .append("**").append(plan.getStateBodyName()).append("** — ").append(Messages.text(language,
            "operational.overview.plan", String.valueOf(plan.getPlanYear()), String.valueOf(plan.getDraftVersion())))
        .append("  \n")
        .append(label(language, "operational.overview.developmentPlan")).append(plan.getDevelopmentPlanName())
        .append(plan.getDevelopmentPlanNumber() == null ? "" : " № " + plan.getDevelopmentPlanNumber())
        .append(", ").append(Messages.text(language, "operational.overview.signedOn")).append(' ')
        .append(Display.date(plan.getDevelopmentPlanSignedOn())).append("  \n")
        .append(label(language, "operational.overview.activities")).append(draft.size()).append(" (")
        .append(Messages.text(language, "operational.overview.sections", String.valueOf(strategic),
            String.valueOf(directions), String.valueOf(draft.size() - strategic))).append(")  \n");
    if (plan.isApproved()) {
      text.append(label(language, "operational.overview.changes")).append(changesSinceApproval(plan, language))
          .append("  \n");
    } else {
      text.append(label(language, "operational.overview.approvalDue")).append(Display.date(plans.approvalDueOn(plan)))
          .append(plan.isApprovalOverdue() ? " — " + Messages.text(language, "operational.overview.overdue") : "")
          .append("  \n");
    }
    return text.toString();
  }

  private String changesSinceApproval(OperationalPlan plan, Locale language) {
    int approved = plan.getApprovedVersion();
    List<PlanActivity> all = activities.findByPlanIdOrderByRowOrderAscIdAsc(plan.getId());
    long added = all.stream().filter(a -> a.isCurrent() && a.getVersionFrom() > approved
        && a.getReplacesActivityId() == null).count();
    long changed = all.stream().filter(a -> a.isCurrent() && a.getVersionFrom() > approved
        && a.getReplacesActivityId() != null).count();
    long removed = all.stream().filter(a -> a.belongsTo(approved) && !a.isCurrent()).count() - changed;
    return Messages.text(language, "operational.overview.changeCounts", String.valueOf(added),
        String.valueOf(changed), String.valueOf(removed));
  }

  /** The draft as the approving head reads it: Annex 1 columns in order, new and changed rows marked. */
  public List<Map<String, Object>> approvalRows(Long planId) {
    OperationalPlan plan = plans.require(planId);
    Integer approved = plan.getApprovedVersion();
    List<Map<String, Object>> rows = new ArrayList<>();
    int position = 1;
    for (PlanActivity activity : plans.currentRows(plan)) {
      Map<String, Object> row = annexRow(position++, activity);
      String change = "";
      if (approved != null && activity.getVersionFrom() > approved) {
        change = activity.getReplacesActivityId() == null ? "жаңа" : "өзгертілді";
      }
      row.put("change", change);
      rows.add(row);
    }
    return rows;
  }
}
