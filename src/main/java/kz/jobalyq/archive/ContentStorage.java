package kz.jobalyq.archive;

/** Where a file's bytes are kept: {@code jobalyq.archive.storage}. */
public enum ContentStorage {
  /** In the table {@code archive_content}, beside the metadata: one backup holds everything. */
  DATABASE,
  /** As files under {@code jobalyq.archive.directory}: the database stays small. */
  DIRECTORY,
  /**
   * As objects in an S3-compatible store ({@code jobalyq.archive.s3.*}, e.g. MinIO): shared by every node, and
   * write-once when the bucket has object lock with a retention period.
   */
  S3
}
