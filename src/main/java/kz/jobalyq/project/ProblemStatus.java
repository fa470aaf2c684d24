package kz.jobalyq.project;

/** A problem named in a weekly report: recorded here, then taken up by the escalation process. */
public enum ProblemStatus {
  RECORDED,
  ESCALATED,
  RESOLVED
}
