package kz.jobalyq.change;

/** Grounds on which a request may be refused without evaluation (seed 000 §106.2), or another ground. */
public enum RefusalReason {
  NOT_AFFECTING_QUALITY,
  FILED_IN_ERROR,
  WORSENS_TARGETS,
  OTHER
}
