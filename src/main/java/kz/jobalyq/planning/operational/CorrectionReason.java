package kz.jobalyq.planning.operational;

import java.util.HashMap;
import java.util.Map;
import kz.jobalyq.planning.operational.OperationalPlanProcess.Vars;
import kz.jobalyq.system.TextLimits;
import kz.jobalyq.system.i18n.Phrase;
import kz.jobalyq.system.i18n.UserLanguage;

/**
 * Why the plan is corrected, as the process carries it: the Kazakh text for Cockpit and history, and the phrase the
 * correction and approval forms show in the reader's language ({@link OperationalPlanFormView}). Both are string
 * variables (at most 4,000 characters), so the people's words inside are cut to {@link #PART_LIMIT} each.
 */
final class CorrectionReason {

  /** The most of one person's text (measures, proposals, a change's description) a reason quotes. */
  static final int PART_LIMIT = 1500;
  private static final int VARIABLE_LIMIT = 4000;

  private CorrectionReason() {
  }

  /** The variables that carry {@code reason}; a phrase whose JSON would not fit leaves the forms the Kazakh text. */
  static Map<String, Object> variables(Phrase reason) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Vars.CORRECTION_REASON, TextLimits.cut(reason.in(UserLanguage.KK), VARIABLE_LIMIT));
    String json = reason.toJson();
    variables.put(Vars.CORRECTION_REASON_PHRASE, json.length() <= VARIABLE_LIMIT ? json : null);
    return variables;
  }
}
