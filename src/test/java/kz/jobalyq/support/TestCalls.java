package kz.jobalyq.support;

import java.util.List;
import java.util.Map;
import kz.jobalyq.hiring.HiringProcess;
import kz.jobalyq.hiring.HiringProcess.Vars;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** A hiring call published on the public page and open for applications, as its group and head make it. */
public final class TestCalls {

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final IdentityService identityService;

  public TestCalls(RuntimeService runtimeService, TaskService taskService, IdentityService identityService) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.identityService = identityService;
  }

  /** The number ({@code CALL-…}) of a newly published call for a programme consultant. */
  public String open() {
    ProcessInstance started = as("bdlead", "bd-group-lead", () -> runtimeService.startProcessInstanceByKey(
        HiringProcess.KEY, Map.of(Vars.SCOPE, "PROGRAMME", Vars.ROLE_SOUGHT, "CONSULTANT",
            Vars.PROJECT_NAME, "Өтініштерді цифрландыру", Vars.CUSTOMER, "Цифрлық даму министрлігі",
            Vars.GOALS, "Өтініштерді қарау мерзімін қысқарту",
            Vars.PLANNED_DEADLINES, "2026 жылғы сәуір – 2027 жылғы наурыз")));
    String approval = taskService.createTaskQuery().processInstanceId(started.getId()).singleResult().getId();
    as("bdhead", "base-direction-head", () -> {
      taskService.complete(approval, Map.of(Vars.CALL_DECISION, "approve", Vars.APPROVAL_COMMENT, "Иә"));
      return null;
    });
    return runtimeService.createProcessInstanceQuery().processInstanceId(started.getId()).singleResult()
        .getBusinessKey();
  }

  private <T> T as(String user, String group, java.util.function.Supplier<T> work) {
    identityService.setAuthentication(user, List.of(group));
    try {
      return work.get();
    } finally {
      identityService.clearAuthentication();
    }
  }
}
