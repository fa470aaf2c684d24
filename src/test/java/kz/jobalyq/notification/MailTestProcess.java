package kz.jobalyq.notification;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * A one-task process for mail tests, independent of how the regulation's processes route their tasks: its task
 * goes to a group of the test's own users, due in {@code dueDays} days.
 */
final class MailTestProcess {

  static final String TASK = "Task_Mail";

  private MailTestProcess() {
  }

  static void deploy(RepositoryService repositoryService, String key, String group, String dueExpression) {
    BpmnModelInstance model = Bpmn.createExecutableProcess(key)
        .camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_Started")
        .userTask(TASK).name("${number} · Хат сынағы").camundaCandidateGroups(group)
        .camundaDueDate(dueExpression)
        .endEvent("EndEvent_Done")
        .done();
    repositoryService.createDeployment().name(key).addModelInstance(key + ".bpmn", model).deploy();
  }

  /** The group and its members {@code <prefix>-1 … <prefix>-n}, each with an address at jobalyq.test. */
  static List<String> group(IdentityService identityService, String group, String prefix, int members) {
    if (identityService.createGroupQuery().groupId(group).count() == 0) {
      Group created = identityService.newGroup(group);
      created.setName(group);
      identityService.saveGroup(created);
    }
    List<String> addresses = new java.util.ArrayList<>();
    for (int i = 1; i <= members; i++) {
      String userId = prefix + "-" + i;
      if (identityService.createUserQuery().userId(userId).count() == 0) {
        User user = identityService.newUser(userId);
        user.setFirstName("Сынақ");
        user.setLastName(Integer.toString(i));
        user.setEmail(userId + "@jobalyq.test");
        identityService.saveUser(user);
        identityService.createMembership(userId, group);
      }
      addresses.add(userId + "@jobalyq.test");
    }
    return addresses;
  }
}
