package kz.jobalyq.system.deployment;

/** The three kinds of model an administrator edits, each in its own folder. */
public enum ModelKind {
  PROCESS("processes", ".bpmn"),
  DECISION("dmn", ".dmn"),
  FORM("forms", ".form");

  private final String folder;
  private final String extension;

  ModelKind(String folder, String extension) {
    this.folder = folder;
    this.extension = extension;
  }

  public String folder() {
    return folder;
  }

  public String extension() {
    return extension;
  }
}
