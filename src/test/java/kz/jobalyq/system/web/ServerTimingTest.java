package kz.jobalyq.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.jobalyq.IntegrationTest;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import kz.jobalyq.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The test profile turns Server-Timing on (as the benchmark does): every answer, with a body or without, tells the
 * CPU its request took. Without the setting, as shipped, there is no such filter at all.
 */
@IntegrationTest
class ServerTimingTest {

  private static final Pattern CPU = Pattern.compile("^cpu;dur=(\\d+\\.\\d{2});desc=\"request thread CPU\"$");

  @Autowired
  private TestRestTemplate rest;
  @Autowired
  private TaskService taskService;

  @Test
  void anAnswerWithABodyAndOneWithoutBothTellTheirCpu() {
    Task task = taskService.newTask();
    task.setName("Server-Timing");
    taskService.saveTask(task);
    try {
      ResponseEntity<String> list = rest.withBasicAuth("demo", "demo")
          .getForEntity("/engine-rest/task?taskId=" + task.getId(), String.class);
      assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(list.getBody()).contains(task.getId());
      assertThat(cpuMillis(list)).isPositive();

      ResponseEntity<String> claim = rest.withBasicAuth("demo", "demo")
          .postForEntity("/engine-rest/task/" + task.getId() + "/claim", Http.json("{\"userId\":\"demo\"}"),
              String.class);
      assertThat(claim.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
      assertThat(cpuMillis(claim)).isPositive();
      assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo("demo");
    } finally {
      taskService.deleteTask(task.getId(), true);
    }
  }

  @Test
  void offUnlessAskedFor() {
    ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(ServerTiming.class);
    runner.run(context -> assertThat(context).doesNotHaveBean(FilterRegistrationBean.class));
    runner.withPropertyValues("jobalyq.web.server-timing=true")
        .run(context -> assertThat(context).hasSingleBean(FilterRegistrationBean.class));
  }

  private static double cpuMillis(ResponseEntity<String> answer) {
    assertThat(answer.getHeaders().get(ServerTiming.HEADER)).hasSize(1);
    Matcher matcher = CPU.matcher(answer.getHeaders().getFirst(ServerTiming.HEADER));
    assertThat(matcher.matches()).as(answer.getHeaders().getFirst(ServerTiming.HEADER)).isTrue();
    return Double.parseDouble(matcher.group(1));
  }
}
