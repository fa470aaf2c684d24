package kz.jobalyq.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.change.ChangeRequestController;
import kz.jobalyq.change.ChangeRequestProcess;
import kz.jobalyq.escalation.EscalationController;
import kz.jobalyq.hiring.HiringController;
import kz.jobalyq.hiring.HiringProcess;
import kz.jobalyq.initiative.InitiativeController;
import kz.jobalyq.planning.financing.FinancingAgreementController;
import kz.jobalyq.planning.operational.OperationalPlanController;
import kz.jobalyq.planning.programme.StateProgrammeController;
import kz.jobalyq.planning.programme.StateProgrammeProcess;
import kz.jobalyq.project.ProjectLifecycleController;
import kz.jobalyq.system.i18n.Messages;
import kz.jobalyq.system.i18n.RecordWords;
import kz.jobalyq.system.i18n.UserLanguage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * The record page names every field and coded value the record APIs answer with, in both languages: a field added
 * to a record's view without its label fails here, naming it.
 */
@IntegrationTest
class RecordLabelsTest {

  /** What /record.html reads for each kind of record number (js/record.js). */
  private static final List<Method> RECORD_READERS = List.of(
      method(ChangeRequestController.class, "get"),
      method(EscalationController.class, "problem"),
      method(ProjectLifecycleController.class, "lifecycle"),
      method(HiringController.class, "call"),
      method(InitiativeController.class, "initiative"),
      method(OperationalPlanController.class, "plan"),
      method(StateProgrammeController.class, "programme"),
      method(FinancingAgreementController.class, "agreement"));

  @Autowired
  private TestRestTemplate rest;

  @Test
  void everyFieldAndCodeOfTheRecordViewsHasItsLabelInBothLanguages() {
    Set<String> fields = new HashSet<>();
    Set<String> codes = new HashSet<>();
    for (Method reader : RECORD_READERS) {
      walk(reader.getGenericReturnType(), fields, codes, new HashSet<>());
    }
    assertThat(fields).contains("status", "filedAt", "decisions");
    for (String language : List.of("kk", "ru")) {
      Properties labels = Messages.bundle(RecordWords.BUNDLE, Locale.forLanguageTag(language));
      assertThat(labels).as(RecordWords.BUNDLE + " in " + language).isNotEmpty();
      List<String> missing = new ArrayList<>();
      fields.stream().filter(field -> labels.getProperty(RecordWords.FIELD + field, "").isBlank())
          .forEach(field -> missing.add(RecordWords.FIELD + field));
      codes.stream().filter(code -> labels.getProperty(RecordWords.VALUE + code, "").isBlank())
          .forEach(code -> missing.add(RecordWords.VALUE + code));
      assertThat(missing).as("labels missing from records_" + language + ".properties").isEmpty();
    }
  }

  @Test
  void theLabelsAreServedInTheReadersLanguage() {
    JsonNode kazakh = rest.withBasicAuth("lead", "demo").getForObject("/api/records/labels", JsonNode.class);
    HttpHeaders russian = new HttpHeaders();
    russian.add(HttpHeaders.COOKIE, UserLanguage.COOKIE + "=ru");
    JsonNode inRussian = rest.withBasicAuth("lead", "demo").exchange("/api/records/labels", HttpMethod.GET,
        new HttpEntity<>(russian), JsonNode.class).getBody();

    assertThat(kazakh.path("fields").path("reviewDueAt").asText()).isEqualTo("Қарау мерзімі");
    assertThat(inRussian.path("fields").path("reviewDueAt").asText()).isEqualTo("Срок рассмотрения");
    assertThat(kazakh.path("values").path("true").asText()).isEqualTo("Иә");
    assertThat(inRussian.path("values").path("false").asText()).isEqualTo("Нет");
    // A decision log's step by its model's name, without the record's number and title around it.
    assertThat(kazakh.path("values").path(HiringProcess.TASK_APPROVE).asText()).isEqualTo("Хабарландыруды бекіту");
    assertThat(inRussian.path("values").path(HiringProcess.TASK_APPROVE).asText())
        .isEqualTo("Утверждение объявления");
    // A step's stored answers (a programme document's content) read with their form's label and option labels.
    assertThat(kazakh.path("formFields").path(StateProgrammeProcess.Vars.SPA_CONCLUSION_OUTCOME).path("label")
        .asText()).isEqualTo("Қорытынды");
    assertThat(inRussian.path("formFields").path(StateProgrammeProcess.Vars.SPA_CONCLUSION_OUTCOME).path("options")
        .path("worthwhile").asText()).isEqualTo("Разработка целесообразна");
    // Events and composed outcomes have their words too.
    assertThat(inRussian.path("values").path(ChangeRequestProcess.BOUNDARY_REVIEW_OVERDUE).asText()).isNotBlank()
        .isNotEqualTo(kazakh.path("values").path(ChangeRequestProcess.BOUNDARY_REVIEW_OVERDUE).asText());
    assertThat(kazakh.path("outcomes").findValuesAsText("pattern")).contains("^ADMITTED_(.+?)$");
    assertThat(rest.getForEntity("/api/records/labels", String.class).getStatusCode().value()).isEqualTo(401);
  }

  /** A record's components, the element types of its lists and maps, and the constants of its enums. */
  private static void walk(Type type, Set<String> fields, Set<String> codes, Set<Class<?>> seen) {
    if (type instanceof ParameterizedType parameterized) {
      for (Type argument : parameterized.getActualTypeArguments()) {
        walk(argument, fields, codes, seen);
      }
      walk(parameterized.getRawType(), fields, codes, seen);
      return;
    }
    if (!(type instanceof Class<?> clazz) || !seen.add(clazz)) {
      return;
    }
    if (clazz.isEnum()) {
      for (Object constant : clazz.getEnumConstants()) {
        codes.add(((Enum<?>) constant).name());
      }
    } else if (clazz.isRecord()) {
      for (RecordComponent component : clazz.getRecordComponents()) {
        fields.add(component.getName());
        walk(component.getGenericType(), fields, codes, seen);
      }
    }
  }

  private static Method method(Class<?> controller, String name) {
    for (Method method : controller.getMethods()) {
      if (method.getName().equals(name)) {
        return method;
      }
    }
    throw new IllegalArgumentException(controller.getSimpleName() + " has no " + name);
  }
}
