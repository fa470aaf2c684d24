package kz.jobalyq.project;

/** Planned closure when all charter goals are reached (§116), or forced closure (§121). */
public enum ClosureType {
  PLANNED,
  FORCED
}
