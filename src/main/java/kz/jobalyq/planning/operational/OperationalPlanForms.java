package kz.jobalyq.planning.operational;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import kz.jobalyq.system.i18n.BadInput;
import kz.jobalyq.system.i18n.Messages;

/**
 * The operational plan's forms as both services see them, the plan's ({@link OperationalPlanService}) and the
 * quarters' ({@link OperationalPlanReporting}): the checks of what the forms send (required and limited texts, a
 * list's rows named by number, an Annex 1 activity row) and the rows and labels they show. Static, so that sharing
 * them ties neither service to the other.
 */
final class OperationalPlanForms {

  static final int TEXT_LIMIT = 4000;
  /**
   * The most of one person's text (measures, proposals, a change's description) a correction reason quotes: the
   * reason and its phrase are process variables of at most {@link #TEXT_LIMIT} characters.
   */
  static final int REASON_PART_LIMIT = 1500;

  private OperationalPlanForms() {
  }

  /** A row of the planning unit's editable list (the assembly and correction forms). */
  static Map<String, Object> editableRow(Long id, ActivityContent content) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("activityId", id);
    row.put("section", content.section().name());
    row.put("strategicDirection", content.strategicDirection());
    row.put("macroIndicator", content.macroIndicator());
    row.put("goal", content.goal());
    row.put("targetIndicator", content.targetIndicator());
    row.put("name", content.name());
    row.put("budgetProgrammeCode", content.budgetProgrammeCode());
    row.put("executor", content.executor());
    row.put("deadline", content.deadline().toString());
    row.put("completionForm", content.completionForm());
    return row;
  }

  /** An Annex 1 row as the forms show it; the quarters' Annex 2 rows start from it too. */
  static Map<String, Object> annexRow(int position, PlanActivity activity) {
    ActivityContent content = activity.getContent();
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("activityId", activity.getId());
    row.put("position", position);
    row.put("place", content.place());
    row.put("name", content.name());
    row.put("budgetProgrammeCode", content.budgetProgrammeCode());
    row.put("executor", content.executor());
    row.put("deadline", content.deadline().toString());
    row.put("completionForm", content.completionForm());
    return row;
  }

  /** A bold field name of an overview: "**Іс-шаралар:** ". */
  static String label(Locale language, String key) {
    return "**" + Messages.text(language, key) + ":** ";
  }

  /**
   * Annex 1: columns 2, 4–6 are required; a section I activity sits under a strategic direction and either a
   * macro-indicator or a goal's target indicator; section II has no hierarchy. The plan covers one year (§3).
   */
  static ActivityContent checked(ActivityContent content, Row row, int planYear) {
    if (content.section() == null) {
      throw row.refused("section", "operational.row.section.required");
    }
    requireText(content.name(), row, "name", 2000, "operational.row.name.required");
    requireText(content.executor(), row, "executor", 300, "operational.row.executor.required");
    requireText(content.completionForm(), row, "completionForm", 500, "operational.row.completionForm.required");
    if (content.deadline() == null) {
      throw row.refused("deadline", "operational.row.deadline.required");
    }
    if (content.deadline().getYear() != planYear) {
      throw row.refused("deadline", "operational.row.deadline.outsideYear", content.deadline(),
          String.valueOf(planYear));
    }
    limit(content.budgetProgrammeCode(), row, "budgetProgrammeCode", 50);
    if (content.section() == PlanSection.OTHER_TASKS) {
      return new ActivityContent(content.section(), null, null, null, null, content.name().strip(),
          blankToNull(content.budgetProgrammeCode()), content.executor().strip(), content.deadline(),
          content.completionForm().strip());
    }
    String direction = blankToNull(content.strategicDirection());
    String macro = blankToNull(content.macroIndicator());
    String goal = blankToNull(content.goal());
    String target = blankToNull(content.targetIndicator());
    if (direction == null) {
      throw row.refused("strategicDirection", "operational.row.strategicDirection.required");
    }
    if (macro == null && target == null) {
      throw row.refused("macroIndicator", "operational.row.macroIndicator.required");
    }
    if (macro != null && (goal != null || target != null)) {
      throw row.refused("macroIndicator", "operational.row.macroIndicator.both");
    }
    if (target != null && goal == null) {
      throw row.refused("goal", "operational.row.goal.required");
    }
    for (String[] field : new String[][] {{"strategicDirection", direction}, {"macroIndicator", macro},
        {"goal", goal}, {"targetIndicator", target}}) {
      limit(field[1], row, field[0], 500);
    }
    return new ActivityContent(content.section(), direction, macro, goal, target, content.name().strip(),
        blankToNull(content.budgetProgrammeCode()), content.executor().strip(), content.deadline(),
        content.completionForm().strip());
  }

  /**
   * A row of a form's list: its fields are keyed as the form keys them ({@code activities[2].deadline}), and its
   * refusals say which row in words, since Tasklist can point only at the list.
   */
  record Row(String list, int number) {

    String field(String column) {
      return list + "[" + number + "]." + column;
    }

    /** The refusal of one of the row's fields: the key's text gets the row's number first ({0}), then args. */
    BadInput refused(String column, String key, Object... args) {
      Object[] all = new Object[args.length + 1];
      all[0] = String.valueOf(number);
      System.arraycopy(args, 0, all, 1, args.length);
      return BadInput.of(field(column), key, all);
    }
  }

  /** A required text of a form: {@code requiredKey} when blank, too long over {@code limit} characters. */
  static void requireText(String value, String field, int limit, String requiredKey) {
    if (value == null || value.isBlank()) {
      throw BadInput.of(field, requiredKey);
    }
    limit(value, field, limit);
  }

  static void requireText(String value, Row row, String column, int limit, String requiredKey) {
    if (value == null || value.isBlank()) {
      throw row.refused(column, requiredKey);
    }
    limit(value, row, column, limit);
  }

  /** An optional text, at most {@code limit} characters; the refusal names the field as the form labels it. */
  static void limit(String value, String field, int limit) {
    if (value != null && value.strip().length() > limit) {
      throw BadInput.of(field, "operational.tooLong", label(field), String.valueOf(limit));
    }
  }

  static void limit(String value, Row row, String column, int limit) {
    if (value != null && value.strip().length() > limit) {
      throw row.refused(column, "operational.row.tooLong", label(column), String.valueOf(limit));
    }
  }

  private static String label(String field) {
    return Messages.text("operational.field." + field);
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
