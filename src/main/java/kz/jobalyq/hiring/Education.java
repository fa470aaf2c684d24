package kz.jobalyq.hiring;

/** A candidate's highest education; §9 asks for higher or post-graduate education in the project's field. */
public enum Education {
  POSTGRADUATE,
  HIGHER,
  SECONDARY_VOCATIONAL,
  SECONDARY
}
