package kz.jobalyq.change;

/**
 * A change request proper, or one of its kinds of seed 000 §111: suspend (may resume later),
 * terminate (no resumption), and resume a suspended project.
 */
public enum ChangeRequestType {
  CHANGE,
  SUSPEND,
  TERMINATE,
  RESUME
}
