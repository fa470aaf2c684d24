package kz.jobalyq.archive;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;

/**
 * Tells a received file's type by its content alone (Apache Tika: magic bytes, and the ZIP and OLE containers of
 * office formats), never by its name, so a renamed program is not taken for the type its name claims.
 */
final class FileTypeDetector {

  private static final TikaConfig TIKA = TikaConfig.getDefaultConfig();
  private static final Detector DETECTOR = TIKA.getDetector();
  private static final MediaTypeRegistry TYPES = TIKA.getMediaTypeRegistry();

  private FileTypeDetector() {
  }

  static MediaType detect(Path file) throws IOException {
    try (TikaInputStream in = TikaInputStream.get(file)) {
      // No file name in the metadata: the content decides.
      return DETECTOR.detect(in, new Metadata());
    }
  }

  /** Whether the detected type is the claimed one (or, for text formats, any kind of plain text). */
  static boolean isOfType(MediaType detected, FileType claimed) {
    MediaType base = detected.getBaseType();
    for (String accepted : claimed.detectedAs()) {
      MediaType type = MediaType.parse(accepted);
      if (base.equals(type) || TYPES.isSpecializationOf(base, type)) {
        return true;
      }
    }
    return false;
  }

  /** What the content is, in words for the error message ("kk / ru"). */
  static String describe(MediaType detected) {
    String base = detected.getBaseType().toString();
    return switch (base) {
      case "application/x-msdownload", "application/x-dosexec" -> "Windows бағдарламасы / программа Windows";
      case "application/x-executable", "application/x-elf", "application/x-sharedlib" -> "бағдарлама / программа";
      case "application/zip" -> "ZIP мұрағаты / ZIP-архив";
      case "application/octet-stream" -> "белгісіз екілік деректер / неизвестные двоичные данные";
      default -> base;
    };
  }
}
