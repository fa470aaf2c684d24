package kz.jobalyq.system.process;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is acting in the engine right now: the signed-in user of Tasklist or the REST call. */
public final class CurrentUser {

  private CurrentUser() {
  }

  public static String of(ProcessEngineServices services) {
    Authentication authentication = services.getIdentityService().getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }

  /** The signed-in user completing the task, or its assignee when the engine runs without a user. */
  public static String completing(DelegateTask task) {
    String user = of(task.getProcessEngineServices());
    return user != null ? user : task.getAssignee();
  }
}
