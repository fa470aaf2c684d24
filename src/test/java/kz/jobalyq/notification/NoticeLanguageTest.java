package kz.jobalyq.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.escalation.EscalationService;
import kz.jobalyq.support.TestProjects;
import kz.jobalyq.system.i18n.UserLanguage;
import kz.jobalyq.system.security.Role;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A notice reads in the language the reader chose in Tasklist: stored in Kazakh, shown in Russian to a Russian
 * reader, over the engine REST API as Tasklist reads it.
 */
@IntegrationTest
class NoticeLanguageTest {

  private static final String READER = "lead";

  @Autowired
  private TestRestTemplate rest;
  @Autowired
  private NotificationService notifications;
  @Autowired
  private TaskService taskService;
  @Autowired
  private EscalationService escalations;
  @Autowired
  private TestProjects projects;

  @Test
  void aNoticeIsReadInRussianWithTheRussianUiAndInKazakhWithTheKazakh() {
    // The plan's stage is a word of its own in each language, not the Kazakh name inside a Russian sentence.
    Task notice = notifications.notifyUser(READER, Notice.of("operational.notice.approvalDueSoon.subject",
        "operational.notice.approvalDueSoon.message", "OP-LANG-1", "2026-04-10",
        Notice.term("operational.status.APPROVAL")));
    try {
      assertThat(notice.getName()).isEqualTo("OP-LANG-1 · Операциялық жоспарды бекіту мерзімі жақын");

      JsonNode russian = task(notice.getId(), "ru");
      assertThat(russian.path("name").asText())
          .isEqualTo("OP-LANG-1 · Приближается срок утверждения операционного плана");
      assertThat(russian.path("description").asText()).isEqualTo("Операционный план утверждается в течение "
          + "10 календарных дней со дня подписания плана развития (004 §6): последний день — 2026-04-10. "
          + "Текущий этап: На утверждении.");
      assertThat(fromList(notice.getId(), "ru").path("name").asText())
          .isEqualTo("OP-LANG-1 · Приближается срок утверждения операционного плана");

      JsonNode kazakh = task(notice.getId(), "kk");
      assertThat(kazakh.path("name").asText()).isEqualTo("OP-LANG-1 · Операциялық жоспарды бекіту мерзімі жақын");
      assertThat(kazakh.path("description").asText()).isEqualTo("Операциялық жоспар даму жоспарына қол қойылған "
          + "күннен бастап 10 күнтізбелік күн ішінде бекітілуі тиіс (004 §6): соңғы күн — 2026-04-10. "
          + "Қазіргі кезең: Бекітуде.");
      assertThat(fromList(notice.getId(), "kk").path("description").asText()).isEqualTo(notice.getDescription());
    } finally {
      taskService.deleteTask(notice.getId(), true);
    }
  }

  /** A real caller: a raised problem's escalation reaches the watchers in their language (000 §99). */
  @Test
  void aRaisedProblemsEscalationIsReadInTheReadersLanguage() {
    String project = projects.ordinary().number();
    String problem = escalations.raiseFromWeeklyReport(project, "Жабдық жеткізілмеді", null, null, "lead");
    Task notice = taskService.createTaskQuery().taskNameLike(problem + " · %")
        .taskCandidateGroup(Role.PO_HEAD.groupId()).singleResult();
    try {
      assertThat(notice.getProcessDefinitionId()).isNull();
      JsonNode russian = task(notice.getId(), "ru", "pohead");
      assertThat(russian.path("name").asText()).isEqualTo(problem + " · Проблема в проекте: " + project);
      assertThat(russian.path("description").asText()).contains("Жабдық жеткізілмеді",
          "В повестке ближайшего совещания: ").doesNotContain("кеңестің");
      JsonNode kazakh = task(notice.getId(), "kk", "pohead");
      assertThat(kazakh.path("name").asText()).isEqualTo(problem + " · Жобада проблема: " + project);
      assertThat(kazakh.path("description").asText()).contains("Жақын кеңестің күн тәртібінде: ");
    } finally {
      taskService.createTaskQuery().taskNameLike(problem + " · %").list().stream()
          .filter(task -> task.getProcessInstanceId() == null)
          .forEach(task -> taskService.deleteTask(task.getId(), true));
    }
  }

  private JsonNode task(String id, String language) {
    return task(id, language, READER);
  }

  private JsonNode task(String id, String language, String user) {
    ResponseEntity<JsonNode> answer = rest.withBasicAuth(user, "demo").exchange("/engine-rest/task/" + id,
        HttpMethod.GET, new HttpEntity<>(headers(language)), JsonNode.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  /** The reader's task list, as Tasklist asks for it, and the notice in it. */
  private JsonNode fromList(String id, String language) {
    ResponseEntity<JsonNode> answer = rest.withBasicAuth(READER, "demo").exchange(
        "/engine-rest/task?assignee=" + READER, HttpMethod.GET, new HttpEntity<>(headers(language)), JsonNode.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<JsonNode> found = StreamSupport.stream(answer.getBody().spliterator(), false)
        .filter(task -> id.equals(task.path("id").asText())).toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private static HttpHeaders headers(String language) {
    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, UserLanguage.COOKIE + "=" + language);
    return headers;
  }
}
