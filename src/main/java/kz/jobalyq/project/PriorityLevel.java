package kz.jobalyq.project;

/** The charter's priority level (§126). */
public enum PriorityLevel {
  HIGH,
  MEDIUM,
  LOW
}
