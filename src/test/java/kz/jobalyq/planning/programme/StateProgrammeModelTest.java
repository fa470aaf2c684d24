package kz.jobalyq.planning.programme;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/** The descriptor, the steps and the forms agree with processes/state-programme.bpmn: no id or field drifts. */
class StateProgrammeModelTest {

  private static final BpmnModelInstance MODEL =
      Bpmn.readModelFromFile(Path.of("processes", StateProgrammeProcess.KEY + ".bpmn").toFile());
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyElementIdOfTheDescriptorIsInTheModel() throws IllegalAccessException {
    Set<String> ids = MODEL.getModelElementsByType(BaseElement.class).stream().map(BaseElement::getId)
        .collect(Collectors.toSet());
    for (Field field : StateProgrammeProcess.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
          && field.getName().matches("(TASK|GATEWAY|FLOW|BOUNDARY|START|END|TIMER|SUBPROCESS|YEAR)_.*")) {
        assertThat(ids).as(field.getName()).contains((String) field.get(null));
      }
    }
  }

  @Test
  void everyUserTaskIsAStepWhoseFormSubmitsExactlyItsFields() throws IOException {
    List<UserTask> tasks = List.copyOf(MODEL.getModelElementsByType(UserTask.class));
    assertThat(tasks).hasSize(ProgrammeStep.values().length - 1);
    for (UserTask task : tasks) {
      ProgrammeStep step = ProgrammeStep.ofElement(task.getId()).orElseThrow(() -> new AssertionError(task.getId()));
      assertThat(keysOf(task.getCamundaFormRef())).as(task.getId()).isEqualTo(Set.copyOf(step.fields()));
    }
  }

  @Test
  void theStartFormHoldsTheJustification() throws IOException {
    String form = MODEL.getModelElementById(StateProgrammeProcess.START_EVENT)
        .getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
    assertThat(form).isEqualTo(StateProgrammeProcess.FORM_JUSTIFICATION);
    assertThat(keysOf(form)).containsAll(ProgrammeStep.JUSTIFICATION.fields());
  }

  private static Set<String> keysOf(String formKey) throws IOException {
    Set<String> keys = new HashSet<>();
    collect(JSON.readTree(Path.of("forms", formKey + ".form").toFile()).path("components"), keys);
    return keys;
  }

  private static void collect(JsonNode components, Set<String> keys) {
    for (JsonNode component : components) {
      if (component.hasNonNull("key")) {
        keys.add(component.get("key").asText());
      }
      collect(component.path("components"), keys);
    }
  }
}
