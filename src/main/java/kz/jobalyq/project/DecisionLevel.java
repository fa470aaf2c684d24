package kz.jobalyq.project;

/** The level a problem must be decided at, lowest first (§100). */
public enum DecisionLevel {
  PROJECT_GROUP_HEAD,
  BASE_DIRECTION_HEAD,
  PROGRAMME_HEAD,
  NATIONAL_PRIORITY_CURATOR
}
