package kz.jobalyq.project;

/** The status of a project in our tables (GLOSSARY.md codes). */
public enum ProjectStatus {
  INITIATIVE,
  PROJECT,
  SUSPENDED,
  TERMINATED,
  CLOSED,
  FORCED_CLOSED,
  CLOSED_AT_INITIATION
}
