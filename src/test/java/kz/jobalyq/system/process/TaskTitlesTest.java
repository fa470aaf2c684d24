package kz.jobalyq.system.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import kz.jobalyq.IntegrationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A task's name in Tasklist's list ends with its record's title, on one line and cut to fit. */
@IntegrationTest
class TaskTitlesTest {

  private static final String KEY = "task-titles-test";

  @Autowired
  private RepositoryService repositoryService;
  @Autowired
  private RuntimeService runtimeService;
  @Autowired
  private TaskService taskService;

  @Test
  void theTitleIsAddedOnOneLineAndALongOneEndsWithAnEllipsis() {
    deploy(KEY, "PRJ-2026-0007 · Жоба жарғысын толтыру");

    assertThat(taskName(KEY, Map.of("projectName", "  Өтініштерді\n\tцифрландыру  ")))
        .isEqualTo("PRJ-2026-0007 · Жоба жарғысын толтыру — Өтініштерді цифрландыру");
    String title = taskName(KEY, Map.of(TaskTitles.RECORD_TITLE, "ә".repeat(200), "projectName", "Басқа"))
        .substring("PRJ-2026-0007 · Жоба жарғысын толтыру — ".length());
    assertThat(title).hasSize(TaskTitles.MAX_TITLE).isEqualTo("ә".repeat(TaskTitles.MAX_TITLE - 1) + "…");
  }

  @Test
  void aNameAlreadyCarryingTheTitleStaysAndTheWholeNameFitsTheEnginesColumn() {
    String key = KEY + "-long";
    deploy(key, "${projectName} ".repeat(2) + "қ".repeat(200));

    String name = taskName(key, Map.of("projectName", "Нәтиже"));
    assertThat(name).isEqualTo("Нәтиже Нәтиже " + "қ".repeat(200));

    deploy(key + "-cut", "қ".repeat(200));
    assertThat(taskName(key + "-cut", Map.of("projectName", "ә".repeat(100))))
        .hasSize(255).endsWith("ә…").startsWith("қ".repeat(200) + TaskTitles.SEPARATOR);
  }

  private void deploy(String key, String taskName) {
    repositoryService.createDeployment().name(key).addModelInstance(key + ".bpmn",
        Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent()
            .userTask("Task_Fill").name(taskName).endEvent().done()).deploy();
  }

  private String taskName(String key, Map<String, Object> variables) {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(key, variables);
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getName();
  }
}
