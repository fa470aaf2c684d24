package kz.jobalyq.archive;

/**
 * Where a new document belongs and what it is, as the uploader gives it: the project number is required,
 * the record number and process instance are optional (the process is found by the record's number).
 */
public record ArchiveEntry(String projectNumber, String recordNumber, String processInstanceId, DocumentType type,
    String title, String description) {
}
