package kz.jobalyq.escalation;

/** How severe the raiser judges the problem. */
public enum Severity {
  HIGH,
  MEDIUM,
  LOW
}
