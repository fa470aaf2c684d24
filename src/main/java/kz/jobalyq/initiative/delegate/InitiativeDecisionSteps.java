package kz.jobalyq.initiative.delegate;

import static kz.jobalyq.system.process.ProcessVariables.integer;
import static kz.jobalyq.system.process.ProcessVariables.text;

import kz.jobalyq.initiative.InitiativeProcess.Vars;
import kz.jobalyq.initiative.InitiativeService;
import kz.jobalyq.initiative.InitiativeStage;
import kz.jobalyq.system.process.CurrentUser;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The priority class, the project office's review of "not a priority", the status, the new project. */
@Configuration
public class InitiativeDecisionSteps {

  /** Stage 1's table classified the initiative: stored with its total score. */
  @Bean
  ExecutionListener recordInitiativePriorityListener(InitiativeService initiatives) {
    return execution -> {
      execution.setVariable(Vars.TOTAL_SCORE,
          initiatives.recordPriority(initiativeId(execution), text(execution, Vars.PRIORITY_CLASS)));
      execution.removeVariables(InitiativeStage.PRIORITY_LIST.allFields());
    };
  }

  /** The project office ends a non-priority initiative with the reason, or carries it on with a comment. */
  @Bean
  TaskListener recordNotPriorityReviewListener(InitiativeService initiatives) {
    return task -> initiatives.recordNotPriorityReview(initiativeId(task), text(task, Vars.OVERRIDE),
        text(task, Vars.OVERRIDE_COMMENT), CurrentUser.completing(task));
  }

  /** The decision body's status; REFINE sends the work back to the stage it names, with the reason. */
  @Bean
  TaskListener recordInitiativeStatusListener(InitiativeService initiatives) {
    return task -> {
      Integer refineStage = initiatives.recordStatus(initiativeId(task), text(task, Vars.DECISION_BODY_GROUP),
          text(task, Vars.ASSIGNED_STATUS), integer(task, Vars.REFINE_STAGE), text(task, Vars.STATUS_REASON),
          CurrentUser.completing(task));
      task.getExecution().setVariable(Vars.REFINE_STAGE, refineStage);
      if (refineStage != null) {
        task.getExecution().setVariable(Vars.RETURNED_COMMENT, text(task, Vars.STATUS_REASON));
      }
    };
  }

  /** NEW_PROJECT: the project life cycle starts with the initiative's data (§60). */
  @Bean
  JavaDelegate startProjectFromInitiativeDelegate(InitiativeService initiatives) {
    return execution -> {
      ProcessInstance lifecycle = initiatives.startProject(initiativeId(execution));
      execution.setVariable(Vars.PROJECT_NUMBER, lifecycle.getBusinessKey());
    };
  }

  private static Long initiativeId(VariableScope scope) {
    return ((Number) scope.getVariable(Vars.INITIATIVE_ID)).longValue();
  }
}
