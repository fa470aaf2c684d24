package kz.jobalyq.initiative.delegate;

import static kz.jobalyq.system.process.ProcessVariables.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.jobalyq.initiative.InitiativePassport;
import kz.jobalyq.initiative.InitiativeProcess;
import kz.jobalyq.initiative.InitiativeProcess.Vars;
import kz.jobalyq.initiative.InitiativeService;
import kz.jobalyq.initiative.InitiativeStage;
import kz.jobalyq.initiative.PassportInput;
import kz.jobalyq.system.process.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The task listeners of the six stage tasks (§50): the same for every stage, told apart by the task. */
@Configuration
public class InitiativeStageListeners {

  /**
   * Stores the stage's document — or, when the stage sends the work back, records the comment the
   * earlier stage's form will show. A field at fault refuses the form and nothing is stored.
   */
  @Bean
  TaskListener recordInitiativeStageListener(InitiativeService initiatives) {
    return task -> {
      InitiativeStage stage = StageForms.stageOf(task.getTaskDefinitionKey());
      Long id = initiativeId(task);
      String user = CurrentUser.completing(task);
      if (InitiativeProcess.SEND_BACK.equals(text(task, Vars.STAGE_OUTCOME))) {
        initiatives.recordSendBack(id, stage, text(task, Vars.STAGE_COMMENT), user);
        task.getExecution().setVariable(Vars.RETURNED_COMMENT, text(task, Vars.STAGE_COMMENT));
      } else {
        Map<String, Object> fields = StageForms.read(stage, task);
        if (stage == InitiativeStage.POTENTIAL_DECISION) {
          initiatives.recordPassport(id, passport(fields), fields, user);
        } else {
          initiatives.recordStage(id, stage, fields, user);
        }
        task.getExecution().removeVariable(Vars.RETURNED_COMMENT);
        // Stage 1's scores are read by the priority table next; they go once it has classified them.
        if (stage != InitiativeStage.PRIORITY_LIST) {
          task.getExecution().removeVariables(stage.allFields());
        }
      }
      task.getExecution().removeVariable(Vars.STAGE_COMMENT);
      // The gateway after the stage reads the outcome; stage 1 has none and goes on.
      task.getExecution().setVariable(Vars.STAGE_OUTCOME,
          InitiativeProcess.SEND_BACK.equals(text(task, Vars.STAGE_OUTCOME)) ? InitiativeProcess.SEND_BACK
              : InitiativeProcess.SUBMIT);
    };
  }

  /** A stage the work comes back to opens with what it submitted last time. */
  @Bean
  TaskListener prefillInitiativeStageListener(InitiativeService initiatives) {
    return task -> {
      InitiativeStage stage = StageForms.stageOf(task.getTaskDefinitionKey());
      initiatives.latestStage(initiativeId(task), stage)
          .ifPresent(document -> task.getExecution().setVariables(StageForms.values(stage, document)));
      task.getExecution().removeVariable(Vars.STAGE_OUTCOME);
    };
  }

  private static PassportInput passport(Map<String, Object> fields) {
    List<InitiativePassport.Action> actions = new ArrayList<>();
    if (fields.get("passportActions") instanceof List<?> rows) {
      for (Object row : rows) {
        Map<?, ?> values = (Map<?, ?>) row;
        Object deadline = values.get("actionDeadline");
        actions.add(new InitiativePassport.Action(String.valueOf(values.get("actionName")),
            deadline == null ? null : LocalDate.parse(deadline.toString().substring(0, 10))));
      }
    }
    return new PassportInput(string(fields, "passportName"), string(fields, "initiatorSurname"),
        string(fields, "initiatorFirstName"), string(fields, "initiatorPatronymic"),
        string(fields, "initiatorIin"), string(fields, "initiatorPosition"), string(fields, "curatorName"),
        string(fields, "passportDirection"), string(fields, "keyIndicators"), string(fields, "economicEffect"),
        actions);
  }

  private static String string(Map<String, Object> fields, String key) {
    Object value = fields.get(key);
    return value == null ? null : value.toString().strip();
  }

  private static Long initiativeId(DelegateTask task) {
    return ((Number) task.getVariable(Vars.INITIATIVE_ID)).longValue();
  }
}
