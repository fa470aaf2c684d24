package kz.jobalyq.project;

/** How far a project reaches: who confirms its results at closure (§117). */
public enum ProjectScale {
  GROUP,
  DIRECTION,
  MINISTRY
}
