package kz.jobalyq.planning.operational;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.jobalyq.system.i18n.Messages;

/**
 * The words an Annex 2 row shows beside its activity — whether its deadline falls in the period ("Иә — мерзімі …" /
 * "Да — срок …") and how it was executed ("Орындалды" / "Исполнено") — written from the row's own data ({@link #DUE},
 * {@link #EXECUTION}): in Kazakh when the row is put into the process, and again in the reader's language when the
 * form opens ({@link OperationalPlanFormView}). The rows live in the process because the units edit them.
 */
final class AnnexWords {

  /** Whether the activity's deadline falls within the reporting period (the units' information). */
  static final String DUE = "due";
  /** How the activity was executed ({@link Execution}), or empty before the units answered. */
  static final String EXECUTION = "execution";

  /** What the units answered of an activity. */
  enum Execution { EXECUTED, NOT_EXECUTED, NOT_DUE }

  private AnnexWords() {
  }

  /** Writes the row's words in {@code language}; a row without their data (put in before it) keeps its words. */
  static Map<String, Object> write(Map<String, Object> row, Locale language) {
    if (row.get(DUE) instanceof Boolean due) {
      row.put("dueInPeriod", due
          ? Messages.text(language, "operational.annex.due.yes", String.valueOf(row.get("deadline")))
          : Messages.text(language, "operational.annex.due.no"));
    }
    if (row.get(EXECUTION) instanceof String execution) {
      row.put("executedText", execution.isEmpty() ? ""
          : Messages.text(language, "operational.annex.execution." + execution));
    }
    return row;
  }

  static List<Map<String, Object>> write(List<Map<String, Object>> rows, Locale language) {
    rows.forEach(row -> write(row, language));
    return rows;
  }
}
