package kz.jobalyq.archive;

/** A stored file, or a reference to where the document is kept (a link, a physical or video archive). */
public enum DocumentKind {
  FILE,
  REFERENCE
}
