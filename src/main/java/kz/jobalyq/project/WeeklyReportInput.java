package kz.jobalyq.project;

import java.time.LocalDate;
import java.util.List;

/** A weekly status report as the project lead files it (§96–§97). */
public record WeeklyReportInput(String deviations, String correctiveActions, List<Problem> problems,
    String controlEventsReached, String forecast, String newRisks, boolean proposeClosure) {

  /** A task or problem that needs escalation, with the level that must decide it (§96.3). */
  public record Problem(String description, DecisionLevel decisionLevel, LocalDate dateAtRisk) {
  }
}
