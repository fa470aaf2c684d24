package kz.jobalyq.system.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import kz.jobalyq.system.i18n.ModelTranslations;
import kz.jobalyq.system.i18n.RecordWords;
import kz.jobalyq.system.i18n.UserLanguage;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The record page's words ({@code /record.html}): what each field of the record APIs and each coded value is
 * called, in the reader's language ({@link RecordWords}: {@code i18n/records_kk.properties} and
 * {@code records_ru.properties}, the same keys in both, checked with every other bundle), the decision logs'
 * outcomes composed at run time, and the models' steps a decision log names ({@code Task_ApproveCall}) as the
 * models and their translations name them.
 */
@RestController
@Tag(name = "Records", description = "The record page's labels. · Жазба бетінің атаулары.")
@SecurityRequirement(name = OpenApiConfiguration.BASIC_AUTH)
public class RecordLabelsController {

  /**
   * A JSON field's name → its label; a coded value (a status, a kind, true, false, a step, a role's group) → its
   * label; outcomes composed at run time ({@code ADMITTED_3}) as patterns, the most specific first; a form
   * field's key → its form's label and option labels, for the answers a record keeps as a step submitted them.
   */
  public record RecordLabels(Map<String, String> fields, Map<String, String> values,
      List<RecordWords.OutcomePattern> outcomes, Map<String, ModelTranslations.FieldWords> formFields) {
  }

  private final RecordWords words;
  private final ModelTranslations models;

  public RecordLabelsController(RecordWords words, ModelTranslations models) {
    this.words = words;
    this.models = models;
  }

  @GetMapping(path = "/api/records/labels", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "The record page's labels in the reader's language · Жазба бетінің атаулары")
  public RecordLabels labels() {
    Locale language = UserLanguage.current();
    RecordWords.Words inLanguage = words.in(language);
    // The steps and forms are read afresh: an administrator's deployment may rename them.
    Map<String, String> values = new TreeMap<>(models.stepNames(language));
    values.putAll(inLanguage.values());
    return new RecordLabels(inLanguage.fields(), values, inLanguage.outcomes(), models.formFields(language));
  }
}
