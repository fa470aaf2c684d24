package kz.jobalyq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.jobalyq.change.ChangeRequestProcess;
import kz.jobalyq.organisation.OrganisationService;
import kz.jobalyq.support.EngineStatementLog;
import kz.jobalyq.system.security.DemoUsers;
import kz.jobalyq.system.security.IdentitySetup;
import kz.jobalyq.system.security.Role;
import kz.jobalyq.system.security.RoleScope;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.spring.boot.starter.event.PublishDelegateParseListener;
import org.camunda.bpm.spring.boot.starter.event.PublishHistoryEventHandler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The platform wired as on a developer machine: engine, roles, demo users, organisation, models. */
@IntegrationTest
class JobalyqApplicationTests {

  @Autowired
  private ProcessEngine engine;
  @Autowired
  private IdentityService identityService;
  @Autowired
  private RepositoryService repositoryService;
  @Autowired
  private FilterService filterService;
  @Autowired
  private OrganisationService organisation;

  @Test
  void everyRoleOfTheRegulationIsAGroupWithItsKazakhName() {
    for (Role role : Role.values()) {
      Group group = identityService.createGroupQuery().groupId(role.groupId()).singleResult();
      assertThat(group).as(role.groupId()).isNotNull();
      assertThat(group.getName()).isEqualTo(role.kazakhName());
    }
    assertThat(identityService.createGroupQuery().groupId(Role.ADMIN_GROUP).count()).isOne();
  }

  @Test
  void theDevProfileHasTheDemoAdministratorAndADemoUserPerRole() {
    assertThat(identityService.checkPassword("demo", "demo")).isTrue();
    assertThat(identityService.createUserQuery().userId("demo").memberOfGroup(Role.ADMIN_GROUP).count()).isOne();
    assertThat(DemoUsers.USERS.values()).containsAll(List.of(Role.values()));
    // Every role held below the programme has a second holder in another unit, so per-record routing shows
    // (the demo ministry runs one programme: its head, committee and expert council are the same for all).
    for (Role role : Role.values()) {
      if (role.isRecordScoped() && role.scope() != RoleScope.PROGRAMME) {
        assertThat(DemoUsers.USERS.values().stream().filter(role::equals).count()).as(role.groupId())
            .isGreaterThanOrEqualTo(2);
      }
    }
    DemoUsers.USERS.forEach((user, role) -> assertThat(
        identityService.createUserQuery().userId(user).memberOfGroup(role.groupId()).count()).as(user).isOne());
  }

  @Test
  void theModelsOfTheRepositoryAreDeployedUnderOneName() {
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(ChangeRequestProcess.KEY)
        .latestVersion().singleResult().getHistoryTimeToLive()).isEqualTo(1096);
    assertThat(repositoryService.createDecisionDefinitionQuery()
        .decisionDefinitionKey(ChangeRequestProcess.DECISION_APPROVAL_ROUTING).count()).isPositive();
    Deployment deployment = repositoryService.createDeploymentQuery().deploymentName("jobalyq-models")
        .orderByDeploymentTime().asc().listPage(0, 1).get(0);
    assertThat(repositoryService.getDeploymentResources(deployment.getId())).extracting(Resource::getName)
        .contains("processes/change-request.bpmn", "dmn/change-approval-routing.dmn",
            "forms/" + ChangeRequestProcess.FORM_FILING + ".form");
  }

  @Test
  void theEngineHandsNoEventToSpringThatNobodyListensTo() {
    // Nothing in the platform listens to the engine's events on Spring's bus; publishing them cost CPU per activity.
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getCustomPreBPMNParseListeners()).noneMatch(PublishDelegateParseListener.class::isInstance);
    assertThat(configuration.getCustomHistoryEventHandlers()).noneMatch(PublishHistoryEventHandler.class::isInstance);
  }

  @Test
  void assigningATaskWritesNoLicenceMetric() {
    // Task metrics count distinct assignees for the Enterprise licence; the Community Edition has no use for them.
    Task notice = engine.getTaskService().newTask();
    engine.getTaskService().saveTask(notice);
    List<String> statements = EngineStatementLog.of(engine,
        () -> engine.getTaskService().setAssignee(notice.getId(), "lead"));
    engine.getTaskService().deleteTask(notice.getId(), true);

    assertThat(statements).contains("updateTask").doesNotContain("insertTaskMeterLog");
  }

  @Test
  void decisionTablesUseAFeelEngineThatBuildsItsFunctionsOnce() throws NoSuchFieldException {
    // FEEL 1.19.3 (Camunda 7.24's own) rebuilt its built-in functions for every expression; from 1.19.4 on the
    // engine keeps them in a field (camunda/feel-scala#1117). Guards the version pinned in pom.xml.
    assertThat(org.camunda.feel.FeelEngine.class.getDeclaredField("rootContext")).isNotNull();
  }

  @Test
  void tasklistOpensWithTheSharedFilters() {
    assertThat(filterService.createFilterQuery().filterName(IdentitySetup.FILTER_MY_TASKS).count()).isOne();
    assertThat(filterService.createFilterQuery().filterName(IdentitySetup.FILTER_MY_GROUPS_TASKS).count()).isOne();
  }

  @Test
  void theDemoMinistryStructureIsInPlace() {
    assertThat(organisation.tree()).singleElement().satisfies(programme -> {
      assertThat(programme.baseDirections()).extracting(OrganisationService.BaseDirectionNode::name)
          .contains("Таза Қазақстан", "Үнемді Қазақстан", "Табиғат", "Типтік базалық бағыт");
      assertThat(programme.baseDirections()).filteredOn(OrganisationService.BaseDirectionNode::typical)
          .singleElement().satisfies(typical -> assertThat(typical.projectGroups()).hasSize(6));
    });
    assertThat(engine.getProcessEngineConfiguration().isAuthorizationEnabled()).isTrue();
  }
}
