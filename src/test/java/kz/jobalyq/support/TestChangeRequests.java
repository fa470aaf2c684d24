package kz.jobalyq.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.jobalyq.change.ChangeRequestProcess;
import kz.jobalyq.change.ChangeRequestProcess.Filing;
import kz.jobalyq.organisation.ProjectSummary;
import kz.jobalyq.system.security.Role;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.test.context.TestComponent;

/** Files change requests as a project team member does from Tasklist's start form. */
@TestComponent
public class TestChangeRequests {

  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final TestProjects projects;

  public TestChangeRequests(RuntimeService runtimeService, IdentityService identityService, TestProjects projects) {
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.projects = projects;
  }

  /** A schedule change against a fresh ordinary project. */
  public ProcessInstance file() {
    return file(projects.ordinary(), "CHANGE", null);
  }

  /** A schedule change filed by {@code filer}, a member of the project's team. */
  public ProcessInstance file(ProjectSummary project, String filer) {
    return file(project, "CHANGE", null, filer);
  }

  public ProcessInstance file(ProjectSummary project, String requestType, String answerNeededBy) {
    return file(project, requestType, answerNeededBy, "team");
  }

  private ProcessInstance file(ProjectSummary project, String requestType, String answerNeededBy, String filer) {
    identityService.setAuthentication(filer, List.of(Role.PROJECT_TEAM.groupId()));
    try {
      return runtimeService.startProcessInstanceByKey(ChangeRequestProcess.KEY,
          filing(project.number(), requestType, answerNeededBy));
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** The start form's fields, as Tasklist submits them. */
  public static Map<String, Object> filing(String projectNumber, String requestType, String answerNeededBy) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Filing.PROJECT_NUMBER, projectNumber);
    variables.put(Filing.REQUEST_TYPE, requestType);
    variables.put(Filing.SUBJECT, "SCHEDULE");
    variables.put(Filing.DESCRIPTION, "Кестені 10 күнге жылжыту");
    variables.put(Filing.JUSTIFICATION, "Мердігер жабдықты кешіктірді");
    variables.put(Filing.ANSWER_NEEDED_BY, answerNeededBy);
    return variables;
  }
}
