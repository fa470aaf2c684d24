package kz.jobalyq.escalation;

/** Where a problem stands: open at a level, sent back for information, or resolved. */
public enum ProblemStatus {
  OPEN,
  INFO_REQUESTED,
  RESOLVED
}
