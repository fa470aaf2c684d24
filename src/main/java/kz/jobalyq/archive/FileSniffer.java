package kz.jobalyq.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks a received file's content against the type its name claims, by its magic bytes and, for ZIP-based
 * office formats, by the entries the format requires. ZIP entries are read from the central directory
 * ({@link ZipFile}), never inflated, so a ZIP bomb costs nothing.
 */
final class FileSniffer {

  private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
  private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
      (byte) 0xE1};
  private static final byte[] PNG = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] WINDOWS_PROGRAM = {0x4D, 0x5A};
  private static final byte[] ELF = {0x7F, 0x45, 0x4C, 0x46};
  /** A PDF's header may follow some bytes of junk; readers look in the first kilobyte. */
  private static final int PDF_HEADER_WINDOW = 1024;

  private FileSniffer() {
  }

  static boolean isOfType(Path file, FileType type) throws IOException {
    byte[] head = head(file, PDF_HEADER_WINDOW);
    return switch (type) {
      case PDF -> indexOf(head, PDF) >= 0;
      case DOCX -> officeOpenXml(file, head, "word/");
      case XLSX -> officeOpenXml(file, head, "xl/");
      case PPTX -> officeOpenXml(file, head, "ppt/");
      case DOC, XLS -> startsWith(head, OLE);
      case ODT -> openDocument(file, head, "application/vnd.oasis.opendocument.text");
      case ODS -> openDocument(file, head, "application/vnd.oasis.opendocument.spreadsheet");
      case PNG -> startsWith(head, PNG);
      case JPEG -> startsWith(head, JPEG);
      case TXT, CSV -> isText(file);
    };
  }

  /** What the content looks like, in words for the error message ("kk / ru"). */
  static String describe(Path file) throws IOException {
    byte[] head = head(file, PDF_HEADER_WINDOW);
    if (startsWith(head, WINDOWS_PROGRAM)) {
      return "Windows бағдарламасы / программа Windows";
    }
    if (startsWith(head, ELF)) {
      return "бағдарлама / программа";
    }
    if (startsWith(head, ZIP)) {
      return "ZIP мұрағаты / ZIP-архив";
    }
    if (indexOf(head, PDF) >= 0) {
      return FileType.PDF.label();
    }
    if (startsWith(head, OLE)) {
      return "Microsoft Office 97–2003";
    }
    if (startsWith(head, PNG)) {
      return FileType.PNG.label();
    }
    if (startsWith(head, JPEG)) {
      return FileType.JPEG.label();
    }
    return isText(file) ? "мәтін / текст" : "белгісіз екілік деректер / неизвестные двоичные данные";
  }

  private static boolean officeOpenXml(Path file, byte[] head, String partFolder) throws IOException {
    if (!startsWith(head, ZIP)) {
      return false;
    }
    try (ZipFile zip = new ZipFile(file.toFile())) {
      boolean contentTypes = false;
      boolean part = false;
      for (ZipEntry entry : Collections.list(zip.entries())) {
        contentTypes |= entry.getName().equals("[Content_Types].xml");
        part |= entry.getName().startsWith(partFolder);
      }
      return contentTypes && part;
    } catch (java.util.zip.ZipException e) {
      return false;
    }
  }

  /** An OpenDocument file names its type in a small uncompressed first entry "mimetype". */
  private static boolean openDocument(Path file, byte[] head, String mimeType) throws IOException {
    if (!startsWith(head, ZIP)) {
      return false;
    }
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry entry = zip.getEntry("mimetype");
      if (entry == null || entry.getMethod() != ZipEntry.STORED || entry.getSize() > 200) {
        return false;
      }
      try (InputStream in = zip.getInputStream(entry)) {
        return new String(in.readNBytes(200), StandardCharsets.US_ASCII).strip().equals(mimeType);
      }
    } catch (java.util.zip.ZipException e) {
      return false;
    }
  }

  /** Text has no NUL and no control characters besides tab, line breaks, form feed and escape. */
  private static boolean isText(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[64 * 1024];
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        for (int i = 0; i < read; i++) {
          int b = buffer[i] & 0xFF;
          if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B && b != 0x1A
              && b != 0x1B) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private static byte[] head(Path file, int length) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(length);
    }
  }

  private static boolean startsWith(byte[] data, byte[] prefix) {
    return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
  }

  private static int indexOf(byte[] data, byte[] pattern) {
    for (int i = 0; i + pattern.length <= data.length; i++) {
      if (Arrays.equals(data, i, i + pattern.length, pattern, 0, pattern.length)) {
        return i;
      }
    }
    return -1;
  }
}
