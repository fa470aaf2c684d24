package kz.jobalyq.system.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.junit.jupiter.api.Test;

/**
 * Every form and every process exists in Kazakh (the model itself) and Russian (its translation file), word
 * for word: the same keys, the same variables in every text ({{view.x}}, FEEL names, ${expressions}), and
 * Russian that is Russian. Like the webapp translations test, a model edited without its translation fails
 * here, naming the file and the key.
 */
class ModelTranslationsTest {

  private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() { };
  /** {{…}} inserts and blocks, FEEL texts' variable paths, ${…} expressions. */
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{[^}]*}}|\\$\\{[^}]*}");
  private static final Pattern FEEL_NAME = Pattern.compile("(?<![\"\\w.])([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)*)");
  private static final Pattern KAZAKH_LETTERS = Pattern.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]");

  private final ObjectMapper json = new ObjectMapper();
  /** -Djobalyq.translations.only=change-request,stop-report: check only models whose id starts so. */
  private final List<String> only = System.getProperty("jobalyq.translations.only", "").isBlank() ? List.of()
      : List.of(System.getProperty("jobalyq.translations.only").split(","));
  /** A model without its translation file fails (-Djobalyq.translations.required=false reports only mismatches). */
  private final boolean requireAll = Boolean.parseBoolean(System.getProperty("jobalyq.translations.required",
      "true"));

  @Test
  void everyFormHasItsRussianWordForWord() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path form : files(Path.of("forms"), ".form")) {
      JsonNode model = json.readTree(form.toFile());
      String id = model.path("id").asText();
      if (!checked(id)) {
        continue;
      }
      Map<String, String> kazakh = FormTexts.of(model);
      Path russianFile = Path.of(ModelTranslations.FORMS_RU, id + ".json");
      if (!Files.exists(russianFile)) {
        if (requireAll) {
          problems.add(russianFile + ": missing (the form " + form + " has " + kazakh.size() + " texts)");
        }
        continue;
      }
      compare(russianFile.toString(), kazakh, json.readValue(russianFile.toFile(), TEXTS), problems);
    }
    assertThat(problems).as(String.join("\n", problems)).isEmpty();
  }

  @Test
  void everyProcessHasItsRussianNames() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path process : files(Path.of("processes"), ".bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromFile(process.toFile());
      for (org.camunda.bpm.model.bpmn.instance.Process definition
          : model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)) {
        if (!checked(definition.getId())) {
          continue;
        }
        Map<String, String> kazakh = new TreeMap<>();
        if (definition.getName() != null) {
          kazakh.put(definition.getId(), definition.getName());
        }
        model.getModelElementsByType(FlowElement.class).stream()
            .filter(element -> element.getName() != null && !element.getName().isBlank())
            .forEach(element -> kazakh.put(element.getId(), element.getName()));
        Path russianFile = Path.of(ModelTranslations.PROCESSES_RU, definition.getId() + ".json");
        if (!Files.exists(russianFile)) {
          if (requireAll) {
            problems.add(russianFile + ": missing (" + kazakh.size() + " names in " + process + ")");
          }
          continue;
        }
        compare(russianFile.toString(), kazakh, json.readValue(russianFile.toFile(), TEXTS), problems);
      }
    }
    assertThat(problems).as(String.join("\n", problems)).isEmpty();
  }

  private void compare(String file, Map<String, String> kazakh, Map<String, String> russian, List<String> problems) {
    Set<String> missing = new TreeSet<>(kazakh.keySet());
    missing.removeAll(russian.keySet());
    Set<String> extra = new TreeSet<>(russian.keySet());
    extra.removeAll(kazakh.keySet());
    missing.forEach(key -> problems.add(file + " [" + key + "]: no Russian for «" + kazakh.get(key) + "»"));
    extra.forEach(key -> problems.add(file + " [" + key + "]: the model has no such text"));
    for (Map.Entry<String, String> text : kazakh.entrySet()) {
      String ru = russian.get(text.getKey());
      if (ru == null) {
        continue;
      }
      if (!variables(text.getValue()).equals(variables(ru))) {
        problems.add(file + " [" + text.getKey() + "]: variables differ: " + variables(text.getValue()) + " vs "
            + variables(ru));
      }
      // Kazakh names may be quoted «…» in Russian text; anything else in Kazakh letters is untranslated.
      if (KAZAKH_LETTERS.matcher(stripQuoted(stripVariables(ru)).replaceAll("«[^»]*»", "")).find()) {
        problems.add(file + " [" + text.getKey() + "]: Kazakh letters in the Russian «" + ru + "»");
      }
    }
  }

  /** The variables a text reads: what must survive translation. */
  static Set<String> variables(String text) {
    Set<String> found = new TreeSet<>();
    Matcher template = TEMPLATE.matcher(text);
    while (template.find()) {
      found.addAll(names(template.group()));
    }
    if (text.startsWith("=")) {
      found.addAll(names(stripQuoted(text.substring(1))));
    }
    return found;
  }

  private static Set<String> names(String expression) {
    Set<String> found = new TreeSet<>();
    Matcher name = FEEL_NAME.matcher(stripQuoted(expression));
    while (name.find()) {
      String candidate = name.group(1);
      if (!Set.of("if", "then", "else", "and", "or", "not", "null", "true", "false", "loop", "this", "parent",
          "string", "date", "substring", "count", "sum", "number", "in", "for", "return", "some", "every",
          "satisfies", "upper", "lower", "case", "contains", "today", "now", "is", "defined").contains(candidate)) {
        found.add(candidate);
      }
    }
    return found;
  }

  private static String stripQuoted(String text) {
    return text.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"");
  }

  private static String stripVariables(String text) {
    return TEMPLATE.matcher(text).replaceAll("");
  }

  private boolean checked(String id) {
    return only.isEmpty() || only.stream().anyMatch(id::startsWith);
  }

  private static List<Path> files(Path dir, String extension) throws IOException {
    try (Stream<Path> paths = Files.list(dir)) {
      return paths.filter(path -> path.toString().endsWith(extension)).sorted().toList();
    }
  }
}
