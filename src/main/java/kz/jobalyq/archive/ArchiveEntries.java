package kz.jobalyq.archive;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import kz.jobalyq.organisation.OrganisationService;
import kz.jobalyq.organisation.ProjectSummary;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The checks of what is filed in the archive beside its bytes: the project, record, type, title and description of
 * an entry, the process it belongs to, a reference's link, a file's name. Each refusal names its field, in Kazakh
 * and Russian ("kk / ru"), as the archive page shows it.
 */
@Component
class ArchiveEntries {

  /** Who hands a file in: a person's is sniffed and its process checked; the platform's own papers are not. */
  enum Sender {
    PERSON,
    PLATFORM
  }

  /** The checked, normalised metadata and who files it. */
  record Checked(ArchiveEntry entry, String uploadedBy) {
  }

  /** Record numbers of the platform: {@code CR-PRJ-2026-0007-3}, {@code CALL-2026-0002}, {@code INI-2026-0042}. */
  private static final Pattern RECORD_NUMBER = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");
  private static final int MAX_FILE_NAME = 255;
  private static final int MAX_TITLE = 500;
  private static final int MAX_DESCRIPTION = 4000;
  private static final int MAX_REFERENCE = 1000;
  /** A link ("scheme://…") must be http(s); script schemes are refused even without "//". */
  private static final Pattern LINK = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*", Pattern.DOTALL);
  private static final Pattern HTTP_LINK = Pattern.compile("^https?://\\S+$", Pattern.CASE_INSENSITIVE);
  private static final Pattern SCRIPT = Pattern.compile("^(javascript|vbscript|data):.*",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private final OrganisationService organisation;
  private final HistoryService history;

  ArchiveEntries(OrganisationService organisation, HistoryService history) {
    this.organisation = organisation;
    this.history = history;
  }

  /**
   * Checks and normalises the metadata; finds the process of the record (or of the project) when not given. A
   * process the platform names for its own paper is its record's, from our tables, and is not looked up again.
   */
  Checked check(ArchiveEntry entry, String uploadedBy, Sender sender) {
    if (entry == null) {
      throw new IllegalArgumentException("projectNumber: жобаның нөмірі міндетті / номер проекта обязателен");
    }
    if (blankToNull(uploadedBy) == null) {
      throw new IllegalArgumentException("uploadedBy: жүктеушісі белгісіз / загрузивший неизвестен");
    }
    String projectNumber = blankToNull(entry.projectNumber());
    if (projectNumber == null) {
      throw new IllegalArgumentException("projectNumber: жобаның нөмірі міндетті / номер проекта обязателен");
    }
    ProjectSummary project = organisation.findProject(projectNumber).orElseThrow(() ->
        new IllegalArgumentException("projectNumber: " + projectNumber + " жобасы табылмады / проект "
            + projectNumber + " не найден"));
    if (entry.type() == null) {
      throw new IllegalArgumentException("type: құжат түрі міндетті / тип документа обязателен");
    }
    String recordNumber = recordNumber(entry.recordNumber());
    String title = blankToNull(entry.title());
    if (title != null && title.length() > MAX_TITLE) {
      throw new IllegalArgumentException("title: " + MAX_TITLE + " таңбадан аспауы тиіс / не более " + MAX_TITLE
          + " символов");
    }
    String description = blankToNull(entry.description());
    if (description != null && description.length() > MAX_DESCRIPTION) {
      throw new IllegalArgumentException("description: " + MAX_DESCRIPTION + " таңбадан аспауы тиіс / не более "
          + MAX_DESCRIPTION + " символов");
    }
    String named = blankToNull(entry.processInstanceId());
    String processInstanceId = named != null && sender == Sender.PLATFORM ? named
        : processOf(named, recordNumber != null ? recordNumber : project.number());
    ArchiveEntry checked = new ArchiveEntry(project.number(), recordNumber, processInstanceId, entry.type(), title,
        description);
    return new Checked(checked, uploadedBy.strip());
  }

  /** A reference: a place in a paper or video archive, or an http(s) link. */
  static String reference(String reference) {
    String where = blankToNull(reference);
    if (where == null) {
      throw new IllegalArgumentException("reference: сілтеме немесе архивтегі орны міндетті / "
          + "ссылка или место хранения в архиве обязательны");
    }
    if (where.length() > MAX_REFERENCE) {
      throw new IllegalArgumentException("reference: " + MAX_REFERENCE + " таңбадан аспауы тиіс / не более "
          + MAX_REFERENCE + " символов");
    }
    if (SCRIPT.matcher(where).matches() || LINK.matcher(where).matches() && !HTTP_LINK.matcher(where).matches()) {
      throw new IllegalArgumentException("reference: сілтеме тек http:// немесе https:// болуы мүмкін / "
          + "ссылка может быть только http:// или https://");
    }
    return where;
  }

  /** A record number in upper case, or null when none is given. */
  static String recordNumber(String recordNumber) {
    String record = blankToNull(recordNumber);
    if (record == null) {
      return null;
    }
    record = record.toUpperCase(Locale.ROOT);
    if (record.length() > 60 || !RECORD_NUMBER.matcher(record).matches()) {
      throw new IllegalArgumentException("recordNumber: «" + recordNumber.strip()
          + "» жазба нөмірі емес (мысалы, CR-PRJ-2026-0007-3) / не номер записи (например, CR-PRJ-2026-0007-3)");
    }
    return record;
  }

  /** The name without any path a browser may send, without control characters, at most 255 characters. */
  static String cleanFileName(String fileName) {
    String name = fileName == null ? "" : fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
    if (name.isEmpty()) {
      throw new IllegalArgumentException("file: файлдың атауы жоқ / у файла нет имени");
    }
    if (name.length() > MAX_FILE_NAME) {
      int dot = name.lastIndexOf('.');
      String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
      name = name.substring(0, MAX_FILE_NAME - extension.length()) + extension;
    }
    return name;
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** The given process instance, which must exist; else the latest process whose business key is the record's. */
  private String processOf(String processInstanceId, String businessKey) {
    if (processInstanceId != null) {
      if (history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0) {
        throw new IllegalArgumentException("processInstanceId: " + processInstanceId
            + " процесі табылмады / процесс не найден");
      }
      return processInstanceId;
    }
    List<HistoricProcessInstance> found = history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey).rootProcessInstances()
        .orderByProcessInstanceStartTime().desc().listPage(0, 20);
    Optional<HistoricProcessInstance> running = found.stream().filter(i -> i.getEndTime() == null).findFirst();
    return running.or(() -> found.stream().findFirst()).map(HistoricProcessInstance::getId).orElse(null);
  }
}
