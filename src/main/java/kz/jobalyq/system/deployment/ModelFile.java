package kz.jobalyq.system.deployment;

import java.nio.charset.StandardCharsets;

/** A model read from the models folder: its name is the deployment resource name, e.g. {@code dmn/x.dmn}. */
public record ModelFile(String name, ModelKind kind, byte[] content) {

  public String text() {
    return new String(content, StandardCharsets.UTF_8);
  }

  /** The file name without folder and extension: the id the house rules expect inside the file. */
  public String baseName() {
    String fileName = name.substring(name.lastIndexOf('/') + 1);
    return fileName.substring(0, fileName.length() - kind.extension().length());
  }
}
