package kz.jobalyq.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.escalation.ProblemEscalationProcess;
import kz.jobalyq.organisation.OrganisationService;
import kz.jobalyq.organisation.ProjectSummary;
import kz.jobalyq.support.TestChangeRequests;
import kz.jobalyq.support.TestLifecycles;
import kz.jobalyq.system.security.Role;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** A client reads a project's change requests and every problem raised on it, whichever way it was raised. */
@IntegrationTest
class ProjectRecordsApiTest {

  @Autowired
  private TestLifecycles lifecycles;
  @Autowired
  private TestChangeRequests filings;
  @Autowired
  private OrganisationService organisation;
  @Autowired
  private RuntimeService runtimeService;
  @Autowired
  private IdentityService identityService;
  @Autowired
  private TestRestTemplate rest;

  @Test
  void theLifecycleViewListsProblemsRaisedOnTheFormAndTheProjectsChangeRequestsAreListed() {
    ProcessInstance lifecycle = lifecycles.propose(false);
    lifecycles.throughPlanning(lifecycle, "GROUP");
    ProjectSummary project = organisation.findProject(lifecycle.getBusinessKey()).orElseThrow();
    // Its team member files and raises: only the project's own people do.
    organisation.assignProjectRole(project.number(), "team", Role.PROJECT_TEAM);
    ProcessInstance request = filings.file(project, "CHANGE", null);
    ProcessInstance problem = raiseOnTheForm(project);

    JsonNode view = rest.withBasicAuth("pohead", "demo")
        .getForObject("/api/projects/" + project.number() + "/lifecycle", JsonNode.class);
    assertThat(view.path("problems")).anySatisfy(row -> {
      assertThat(row.path("number").asText()).isEqualTo(problem.getBusinessKey());
      assertThat(row.path("source").asText()).isEqualTo("FORM");
      assertThat(row.path("status").asText()).isEqualTo("OPEN");
      assertThat(row.path("level").asInt()).isEqualTo(1);
    });

    JsonNode requests = rest.withBasicAuth("pohead", "demo")
        .getForObject("/api/projects/" + project.number() + "/change-requests", JsonNode.class);
    assertThat(requests).singleElement().satisfies(row -> {
      assertThat(row.path("number").asText()).isEqualTo(request.getBusinessKey());
      assertThat(row.path("status").asText()).isEqualTo("SUBMITTED");
    });
  }

  private ProcessInstance raiseOnTheForm(ProjectSummary project) {
    Map<String, Object> form = new HashMap<>();
    form.put(ProblemEscalationProcess.Vars.PROJECT_NUMBER, project.number());
    form.put(ProblemEscalationProcess.Vars.DESCRIPTION, "Мердігер жабдықты жеткізбеді");
    form.put(ProblemEscalationProcess.Vars.SEVERITY, "MEDIUM");
    form.put(ProblemEscalationProcess.Vars.SCHEDULE_AT_RISK, false);
    identityService.setAuthentication("team", List.of("project-team"));
    try {
      return runtimeService.startProcessInstanceByKey(ProblemEscalationProcess.KEY, form);
    } finally {
      identityService.clearAuthentication();
    }
  }
}
