package kz.jobalyq.project;

/** A stakeholder's influence (§65–§66). */
public enum Influence {
  VERY_STRONG,
  STRONG,
  MEDIUM,
  WEAK
}
