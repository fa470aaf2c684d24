package kz.jobalyq.system.decision;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.jobalyq.system.i18n.ModelTranslations;
import kz.jobalyq.system.i18n.RecordWords;
import org.springframework.stereotype.Component;

/**
 * A decision's step and outcome as people read them, in Kazakh or Russian: the step by its model element's name
 * ({@code Task_ReviewChangeRequest} → "Өзгеріске сұрау салуды қарау") or the record page's label
 * ({@code Stage3}), one party's step with the party named ({@code Task_AgreeDraft[co-executor]}); the outcome by
 * {@link RecordWords}. The record page does the same in its script; the papers filed in the archive use this.
 */
@Component
public class DecisionWords {

  /** A step one of several parties takes, the party's group in brackets: {@code Task_AgreeDraft[co-executor]}. */
  private static final Pattern STEP_OF_PARTY = Pattern.compile("([A-Za-z][A-Za-z0-9_]*)\\[([A-Za-z0-9_-]+)]");

  private final RecordWords words;
  private final ModelTranslations models;

  public DecisionWords(RecordWords words, ModelTranslations models) {
    this.words = words;
    this.models = models;
  }

  /** The step's name in {@code language}, or null when neither the models nor the labels name it. */
  public String step(String step, Locale language) {
    if (step == null) {
      return null;
    }
    Matcher party = STEP_OF_PARTY.matcher(step);
    if (!party.matches()) {
      return named(step, language);
    }
    String name = named(party.group(1), language);
    return name == null ? null
        : name + " (" + words.in(language).values().getOrDefault(party.group(2), party.group(2)) + ")";
  }

  /** The outcome's words in {@code language}, or null when it has none. */
  public String outcome(String outcome, Locale language) {
    return outcome == null ? null : words.in(language).outcome(outcome);
  }

  private String named(String id, Locale language) {
    String label = words.in(language).values().get(id);
    return label != null ? label : models.stepName(language, id).orElse(null);
  }
}
