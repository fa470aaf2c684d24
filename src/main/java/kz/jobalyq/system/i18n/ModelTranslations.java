package kz.jobalyq.system.i18n;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The Russian words of the models, beside the models: {@code forms/i18n/ru/<form id>.json} (the form's texts
 * by {@link FormTexts} key) and {@code processes/i18n/ru/<process id>.json} (element id → name, the process
 * id → the process's name). The Kazakh words are the models themselves. Read from the models folder at every
 * deployment, so an administrator edits them without a rebuild; a text without a translation shows in Kazakh.
 */
@Component
public class ModelTranslations {

  /** The elements a decision log names as its step: people's tasks, and the events that record on their own. */
  private static final List<String> STEP_PREFIXES = List.of("Task_", "StartEvent_", "BoundaryEvent_");

  private static final Logger LOG = LoggerFactory.getLogger(ModelTranslations.class);
  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{[^}]*}");
  /** What is left around a name once its expressions are gone: " · " before it, " — " after it. */
  private static final Pattern BESIDE_NAME = Pattern.compile("^[\\s·—-]+|[\\s·—-]+$");
  private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() { };

  public static final String FORMS_RU = "forms/i18n/ru";
  public static final String PROCESSES_RU = "processes/i18n/ru";

  private final ObjectMapper json = new ObjectMapper();
  private volatile Snapshot snapshot = new Snapshot(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

  /** Reads the translations and the Kazakh names of the models in {@code folder}. */
  public void reload(Path folder) {
    Map<String, Map<String, String>> forms = readAll(folder.resolve(FORMS_RU));
    Map<String, Map<String, String>> formsKk = new HashMap<>();
    Map<String, Map<String, String>> fieldIds = new HashMap<>();
    try (Stream<Path> files = Files.isDirectory(folder.resolve("forms")) ? Files.list(folder.resolve("forms"))
        : Stream.empty()) {
      for (Path file : files.filter(path -> path.toString().endsWith(".form")).toList()) {
        try {
          JsonNode form = json.readTree(file.toFile());
          String id = form.path("id").asText();
          formsKk.put(id, FormTexts.of(form));
          fieldIds.put(id, FormTexts.fieldIds(form));
        } catch (IOException e) {
          LOG.warn("Form {} not read for its option labels: {}", file, e.getMessage());
        }
      }
    } catch (IOException e) {
      LOG.warn("Forms of {} not read: {}", folder, e.getMessage());
    }
    Map<String, Map<String, String>> processesRu = readAll(folder.resolve(PROCESSES_RU));
    Map<String, Map<String, String>> processesKk = new HashMap<>();
    try (Stream<Path> files = Files.isDirectory(folder.resolve("processes"))
        ? Files.list(folder.resolve("processes")) : Stream.empty()) {
      for (Path file : files.filter(path -> path.toString().endsWith(".bpmn")).toList()) {
        try (InputStream in = Files.newInputStream(file)) {
          namesOf(Bpmn.readModelFromStream(in), processesKk);
        } catch (RuntimeException | IOException e) {
          LOG.warn("Names of {} not read for translation: {}", file, e.getMessage());
        }
      }
    } catch (IOException e) {
      LOG.warn("Processes of {} not read for translation: {}", folder, e.getMessage());
    }
    snapshot = new Snapshot(forms, formsKk, fieldIds, processesKk, processesRu);
  }

  /**
   * The label a form shows for one of its options, in the reader's language: how a view names a stored code
   * ({@code CHANGE} → "Өзгеріс") with the same words the filer chose it by. Unknown: the code itself.
   */
  public String optionLabel(String formId, String fieldKey, Object value) {
    return optionLabel(UserLanguage.current(), formId, fieldKey, value);
  }

  /** The same, in a given language (a text composed for a reader other than the one being served). */
  public String optionLabel(Locale language, String formId, String fieldKey, Object value) {
    if (value == null) {
      return null;
    }
    String componentId = snapshot.fieldIds().getOrDefault(formId, Map.of()).get(fieldKey);
    if (componentId == null) {
      return value.toString();
    }
    Map<String, String> ru = UserLanguage.RU.equals(UserLanguage.supported(language)) ? formRu(formId) : Map.of();
    String label = text(snapshot.formsKk().getOrDefault(formId, Map.of()), ru, componentId + ".values." + value);
    return label != null ? label : value.toString();
  }

  /** The form's texts by key, in Russian; empty when there is no translation. */
  public Map<String, String> formRu(String formId) {
    return snapshot.formsRu().getOrDefault(formId, Map.of());
  }

  /**
   * The models' tasks, start events and boundary events by element id ({@code Task_ApproveCall},
   * {@code BoundaryEvent_ReviewOverdue}), named in {@code language} without the record's number and title the
   * models put around the name ("Хабарландыруды бекіту"): how a decision log's step reads. An id two processes
   * share keeps the first name found.
   */
  public Map<String, String> stepNames(Locale language) {
    boolean russian = UserLanguage.RU.equals(UserLanguage.supported(language));
    Snapshot current = snapshot;
    Map<String, String> names = new TreeMap<>();
    current.processesKk().forEach((process, elements) -> elements.keySet().forEach(id -> {
      if (STEP_PREFIXES.stream().anyMatch(id::startsWith)) {
        String name = stepNameIn(current, process, id, russian);
        if (!name.isBlank()) {
          names.putIfAbsent(id, name);
        }
      }
    }));
    return names;
  }

  /** One step's name as {@link #stepNames} gives it, without listing them all; empty for no such step. */
  public Optional<String> stepName(Locale language, String elementId) {
    if (elementId == null || STEP_PREFIXES.stream().noneMatch(elementId::startsWith)) {
      return Optional.empty();
    }
    boolean russian = UserLanguage.RU.equals(UserLanguage.supported(language));
    Snapshot current = snapshot;
    for (Map.Entry<String, Map<String, String>> process : current.processesKk().entrySet()) {
      if (process.getValue().containsKey(elementId)) {
        String name = stepNameIn(current, process.getKey(), elementId, russian);
        if (!name.isBlank()) {
          return Optional.of(name);
        }
      }
    }
    return Optional.empty();
  }

  /** A form field's words: its label and its options' labels by value (empty for a field without options). */
  public record FieldWords(String label, Map<String, String> options) {
  }

  /**
   * Every form field by its key (the variable it writes: {@code spaConclusionOutcome}), named in {@code language}
   * as its form names it: how a step's stored answers read on the record page. A key several forms share keeps the
   * words of the first form by id.
   */
  public Map<String, FieldWords> formFields(Locale language) {
    boolean russian = UserLanguage.RU.equals(UserLanguage.supported(language));
    Snapshot current = snapshot;
    Map<String, FieldWords> fields = new TreeMap<>();
    new TreeMap<>(current.fieldIds()).forEach((formId, ids) -> {
      Map<String, String> kk = current.formsKk().getOrDefault(formId, Map.of());
      Map<String, String> ru = russian ? current.formsRu().getOrDefault(formId, Map.of()) : Map.of();
      ids.forEach((key, componentId) -> {
        if (fields.containsKey(key)) {
          return;
        }
        String label = text(kk, ru, componentId + ".label");
        label = label != null ? label : text(kk, ru, componentId + ".dateLabel");
        String options = componentId + ".values.";
        Map<String, String> optionLabels = new TreeMap<>();
        kk.keySet().stream().filter(textKey -> textKey.startsWith(options))
            .forEach(textKey -> optionLabels.put(textKey.substring(options.length()), text(kk, ru, textKey)));
        if (label != null || !optionLabels.isEmpty()) {
          fields.put(key, new FieldWords(label, optionLabels));
        }
      });
    });
    return fields;
  }

  private static String text(Map<String, String> kk, Map<String, String> ru, String key) {
    String russianText = ru.get(key);
    return russianText != null ? russianText : kk.get(key);
  }

  /**
   * An element's name in one process, in Russian where translated, without the expressions (record number, title)
   * the model puts beside it.
   */
  private static String stepNameIn(Snapshot current, String process, String id, boolean russian) {
    String kk = current.processesKk().get(process).get(id);
    String name = russian ? current.processesRu().getOrDefault(process, Map.of()).getOrDefault(id, kk) : kk;
    return BESIDE_NAME.matcher(EXPRESSION.matcher(name).replaceAll("")).replaceAll("");
  }

  /** The Russian name of a process, or empty. */
  public Optional<String> processNameRu(String processKey) {
    return Optional.ofNullable(snapshot.processesRu().getOrDefault(processKey, Map.of()).get(processKey));
  }

  /**
   * A task's name as the engine made it from the model's Kazakh name (expressions evaluated, perhaps a record
   * title appended), in Russian: the model's Russian name with the same expression values, a value that is one of
   * our whole Kazakh messages (an escalation level's name) in its Russian ({@link Messages#russianOf}).
   */
  public String taskNameRu(String processKey, String elementId, String name) {
    String kk = snapshot.processesKk().getOrDefault(processKey, Map.of()).get(elementId);
    String ru = snapshot.processesRu().getOrDefault(processKey, Map.of()).get(elementId);
    if (kk == null || ru == null || name == null) {
      return name;
    }
    List<String> expressions = new ArrayList<>();
    StringBuilder pattern = new StringBuilder("^");
    Matcher matcher = EXPRESSION.matcher(kk);
    int last = 0;
    while (matcher.find()) {
      pattern.append(Pattern.quote(kk.substring(last, matcher.start()))).append("(.*?)");
      expressions.add(matcher.group());
      last = matcher.end();
    }
    pattern.append(Pattern.quote(kk.substring(last))).append("(.*)$");
    Matcher actual = Pattern.compile(pattern.toString(), Pattern.DOTALL).matcher(name);
    if (!actual.matches()) {
      return name;
    }
    String translated = ru;
    for (int i = 0; i < expressions.size(); i++) {
      // A value made in Kazakh from our words (an escalation level's name) is put in Russian too.
      String value = actual.group(i + 1);
      translated = translated.replace(expressions.get(i), Messages.russianOf(value).orElse(value));
    }
    return translated + actual.group(expressions.size() + 1);
  }

  private static void namesOf(BpmnModelInstance model, Map<String, Map<String, String>> names) {
    for (Process process : model.getModelElementsByType(Process.class)) {
      Map<String, String> ofProcess = names.computeIfAbsent(process.getId(), id -> new HashMap<>());
      if (process.getName() != null) {
        ofProcess.put(process.getId(), process.getName());
      }
      for (FlowElement element : process.getChildElementsByType(FlowElement.class)) {
        collect(element, ofProcess);
      }
    }
  }

  private static void collect(FlowElement element, Map<String, String> names) {
    if (element.getName() != null) {
      names.put(element.getId(), element.getName());
    }
    if (element instanceof org.camunda.bpm.model.bpmn.instance.SubProcess sub) {
      sub.getFlowElements().forEach(child -> collect(child, names));
    }
  }

  private Map<String, Map<String, String>> readAll(Path dir) {
    Map<String, Map<String, String>> all = new HashMap<>();
    if (!Files.isDirectory(dir)) {
      return all;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(path -> path.toString().endsWith(".json")).toList()) {
        String id = file.getFileName().toString().replaceFirst("\\.json$", "");
        try {
          all.put(id, json.readValue(file.toFile(), TEXTS));
        } catch (IOException e) {
          LOG.warn("Translation {} not read: {}", file, e.getMessage());
        }
      }
    } catch (IOException e) {
      LOG.warn("Translations in {} not read: {}", dir, e.getMessage());
    }
    return all;
  }

  private record Snapshot(Map<String, Map<String, String>> formsRu, Map<String, Map<String, String>> formsKk,
      Map<String, Map<String, String>> fieldIds, Map<String, Map<String, String>> processesKk,
      Map<String, Map<String, String>> processesRu) {
  }
}
