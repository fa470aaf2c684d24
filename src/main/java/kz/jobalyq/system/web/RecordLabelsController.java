package kz.jobalyq.system.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import kz.jobalyq.system.i18n.Messages;
import kz.jobalyq.system.i18n.ModelTranslations;
import kz.jobalyq.system.i18n.UserLanguage;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The record page's words ({@code /record.html}): what each field of the record APIs and each coded value is
 * called, in the reader's language, from {@code i18n/records_kk.properties} and {@code records_ru.properties}
 * (the same keys in both, checked with every other bundle), and the models' steps a decision log names
 * ({@code Task_ApproveCall}) as the models and their translations name them.
 */
@RestController
@Tag(name = "Records", description = "The record page's labels. · Жазба бетінің атаулары.")
@SecurityRequirement(name = OpenApiConfiguration.BASIC_AUTH)
public class RecordLabelsController {

  static final String BUNDLE = "i18n/records";
  static final String FIELD = "record.field.";
  static final String VALUE = "record.value.";

  /** A JSON field's name → its label; a coded value (a status, a kind, true, false, a step) → its label. */
  public record RecordLabels(Map<String, String> fields, Map<String, String> values) {
  }

  private final Map<Locale, RecordLabels> byLanguage = new ConcurrentHashMap<>();
  private final ModelTranslations models;

  public RecordLabelsController(ModelTranslations models) {
    this.models = models;
  }

  @GetMapping(path = "/api/records/labels", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "The record page's labels in the reader's language · Жазба бетінің атаулары")
  public RecordLabels labels() {
    Locale language = UserLanguage.current();
    RecordLabels words = byLanguage.computeIfAbsent(language, RecordLabelsController::load);
    // The steps are read afresh: an administrator's deployment may rename them.
    Map<String, String> values = new TreeMap<>(models.stepNames(language));
    values.putAll(words.values());
    return new RecordLabels(words.fields(), values);
  }

  private static RecordLabels load(Locale language) {
    Properties properties = Messages.bundle(BUNDLE, language);
    if (properties.isEmpty()) {
      throw new IllegalStateException(BUNDLE + " has no labels in " + language + " on the class path");
    }
    Map<String, String> fields = new TreeMap<>();
    Map<String, String> values = new TreeMap<>();
    properties.stringPropertyNames().forEach(key -> {
      if (key.startsWith(FIELD)) {
        fields.put(key.substring(FIELD.length()), properties.getProperty(key));
      } else if (key.startsWith(VALUE)) {
        values.put(key.substring(VALUE.length()), properties.getProperty(key));
      }
    });
    return new RecordLabels(Collections.unmodifiableMap(fields), Collections.unmodifiableMap(values));
  }
}
