package kz.jobalyq.project;

/**
 * Why a final report (§120) is written: planned closure when all charter goals are reached (§116),
 * forced closure (§121), or a suspension or termination decided on a change request (§113).
 */
public enum ClosureType {
  PLANNED,
  FORCED,
  SUSPENSION,
  TERMINATION
}
