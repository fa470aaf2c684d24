package kz.jobalyq.escalation.delegate;

import static kz.jobalyq.system.process.ProcessVariables.integer;
import static kz.jobalyq.system.process.ProcessVariables.text;

import kz.jobalyq.escalation.EscalationLevel;
import kz.jobalyq.escalation.EscalationService;
import kz.jobalyq.escalation.ProblemEscalationProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service steps of problem-escalation.bpmn. The process carries the current level as a number;
 * each step hands the problem's id to the service and keeps the level it answers.
 */
@Configuration
public class EscalationSteps {

  /** The routing table's start level becomes the current level. */
  @Bean
  ExecutionListener startEscalationLevelListener() {
    return execution -> execution.setVariable(Vars.LEVEL, integer(execution, Vars.START_LEVEL));
  }

  /** The problem goes before the current level: the task's groups, name and whether it is the top. */
  @Bean
  JavaDelegate enterEscalationLevelDelegate(EscalationService escalation) {
    return execution -> {
      EscalationLevel level = escalation.enterLevel(problemId(execution), integer(execution, Vars.LEVEL));
      execution.setVariable(Vars.LEVEL, level.number());
      execution.setVariable(Vars.LEVEL_NAME, level.kazakhName());
      execution.setVariable(Vars.LEVEL_GROUPS, level.candidateGroups());
      execution.setVariable(Vars.TOP_LEVEL, level.isTop());
      // Each level decides afresh: its form must not open with the previous level's choice.
      execution.removeVariable(Vars.DECISION);
    };
  }

  /** No effective measure in time: up a level if the schedule is at risk (§100), else the same level again. */
  @Bean
  JavaDelegate reactionTimeExpiredDelegate(EscalationService escalation) {
    return execution -> execution.setVariable(Vars.LEVEL, escalation.reactionTimeExpired(problemId(execution)));
  }

  /** The level's holder escalates: up one level. */
  @Bean
  JavaDelegate escalateProblemDelegate(EscalationService escalation) {
    return execution -> execution.setVariable(Vars.LEVEL, escalation.escalate(problemId(execution)));
  }

  /** The project lead escalated through the system (§100): the level they chose becomes the current one. */
  @Bean
  JavaDelegate leadEscalationDelegate() {
    return execution -> execution.setVariable(Vars.LEVEL, integer(execution, Vars.LEAD_TARGET_LEVEL));
  }

  /** The decision resolves the problem. */
  @Bean
  JavaDelegate resolveProblemDelegate(EscalationService escalation) {
    return execution -> escalation.resolve(problemId(execution), text(execution, Vars.DECISION_COMMENT),
        text(execution, "problemDecidedBy"));
  }

  private static Long problemId(DelegateExecution execution) {
    return ((Number) execution.getVariable(Vars.PROBLEM_ID)).longValue();
  }
}
