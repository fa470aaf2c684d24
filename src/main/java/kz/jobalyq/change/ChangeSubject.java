package kz.jobalyq.change;

/**
 * What a change request changes (seed 000 §105); a suspension, termination or resumption changes the
 * project's status.
 */
public enum ChangeSubject {
  CHARTER,
  MANAGEMENT_PLAN,
  TEAM,
  SCHEDULE,
  PROJECT_STATUS
}
