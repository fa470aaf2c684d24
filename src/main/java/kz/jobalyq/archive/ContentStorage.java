package kz.jobalyq.archive;

/** Where a file's bytes are kept: {@code jobalyq.archive.storage}. */
public enum ContentStorage {
  /** In the table {@code archive_content}, beside the metadata: one backup holds everything. */
  DATABASE,
  /** As files under {@code jobalyq.archive.directory}: the database stays small. */
  DIRECTORY
}
