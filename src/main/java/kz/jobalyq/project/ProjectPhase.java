package kz.jobalyq.project;

/** The phase of the life cycle the project is in (seed 000 §57), then evaluation and completion. */
public enum ProjectPhase {
  INITIATION,
  PLANNING,
  EXECUTION,
  CLOSURE,
  EVALUATION,
  COMPLETED
}
