package kz.jobalyq.system.deployment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The checks of {@link ModelValidator} for Camunda Forms: JSON, form id, component types and keys. */
final class FormModelChecks {

  private static final Pattern FORM_KEY = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$");

  private final ObjectMapper json = new ObjectMapper();

  /**
   * @param namedAfterId the folder's rule that a form's file is named after its id
   * @return false when the file is not JSON at all
   */
  boolean validateForm(ModelFile file, List<ModelProblem> problems, Map<String, String> formIds, boolean namedAfterId) {
    JsonNode form;
    try {
      form = json.readTree(file.content());
    } catch (JsonProcessingException e) {
      problems.add(ModelProblem.atLine(file.name(), e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
          e.getLocation() == null ? 0 : e.getLocation().getColumnNr(), "not valid JSON: " + e.getOriginalMessage()));
      return false;
    } catch (java.io.IOException e) {
      problems.add(ModelProblem.inFile(file.name(), "cannot be read: " + e.getMessage()));
      return false;
    }
    if (form == null || !form.isObject()) {
      problems.add(ModelProblem.inFile(file.name(), "must be a JSON object (a Camunda Form)"));
      return true;
    }
    String id = form.path("id").asText("");
    if (id.isBlank()) {
      problems.add(ModelProblem.inFile(file.name(), "has no \"id\": the id is how processes reference the form"));
    } else {
      if (namedAfterId && !id.equals(file.baseName())) {
        problems.add(ModelProblem.atElement(file.name(), id, "form id must equal the file name '" + file.baseName() + "'"));
      }
      String other = formIds.putIfAbsent(id, file.name());
      if (other != null && !other.equals(file.name())) {
        problems.add(ModelProblem.atElement(file.name(), id, "form id is also used in " + other));
      }
    }
    if (!form.path("components").isArray()) {
      problems.add(ModelProblem.inFile(file.name(), "has no \"components\" array"));
      return true;
    }
    checkComponents(file, form.path("components"), new HashSet<>(), problems);
    return true;
  }

  private void checkComponents(ModelFile file, JsonNode components, Set<String> keys, List<ModelProblem> problems) {
    int index = 0;
    for (JsonNode component : components) {
      String where = component.path("id").asText("component #" + (index + 1));
      if (!component.hasNonNull("type")) {
        problems.add(ModelProblem.atElement(file.name(), where, "component has no \"type\""));
      }
      if (component.has("key")) {
        String key = component.path("key").asText("");
        if (!FORM_KEY.matcher(key).matches()) {
          problems.add(ModelProblem.atElement(file.name(), where,
              "key '" + key + "' is not a variable name (letters, digits, _)"));
        } else if (!keys.add(key)) {
          problems.add(ModelProblem.atElement(file.name(), where, "key '" + key + "' is used twice in the form"));
        }
      }
      if (component.path("components").isArray()) {
        checkComponents(file, component.path("components"), keys, problems);
      }
      index++;
    }
  }
}
