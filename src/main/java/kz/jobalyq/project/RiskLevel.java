package kz.jobalyq.project;

/** Risk categories high / medium / low (001 §42). */
public enum RiskLevel {
  HIGH,
  MEDIUM,
  LOW
}
