package kz.jobalyq.archive;

/** What the archive learnt about an uploaded file while receiving it. */
record StoredFile(String originalFileName, FileType type, long size, String sha256) {
}
