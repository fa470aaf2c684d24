package kz.jobalyq.change;

/** What a change request changes (seed 000 §105). */
public enum ChangeSubject {
  CHARTER,
  MANAGEMENT_PLAN,
  TEAM,
  SCHEDULE
}
