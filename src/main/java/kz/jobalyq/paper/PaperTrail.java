package kz.jobalyq.paper;

import kz.jobalyq.archive.ArchiveDocument;
import kz.jobalyq.archive.ArchiveEntry;
import kz.jobalyq.archive.ArchiveService;
import kz.jobalyq.archive.DocumentType;
import kz.jobalyq.notification.Language;
import kz.jobalyq.notification.PreferenceService;
import kz.jobalyq.system.pdf.PaperDocument;
import org.springframework.stereotype.Service;

/**
 * Files the documents the regulation keeps in the project archive (the change sheet §105, the final
 * report of a suspension, termination or closure §114, §119–§122, the interview conclusion §9.6) as PDF,
 * through the archive's own service, in the language of the person who filed or decided.
 */
@Service
public class PaperTrail {

  /** Who files what the platform generates when no person is named. */
  public static final String PLATFORM = "jobalyq";

  private final ArchiveService archive;
  private final PreferenceService preferences;

  public PaperTrail(ArchiveService archive, PreferenceService preferences) {
    this.archive = archive;
    this.preferences = preferences;
  }

  /** The language of {@code userId}'s documents: their chosen one (Kazakh unless they chose Russian). */
  public Words wordsFor(String userId) {
    Language language = userId == null ? Language.DEFAULT : preferences.of(userId).language();
    return new Words(language == Language.RU);
  }

  /**
   * Stores the document in the project's archive under the record; joins the caller's transaction. The record's
   * own process instance when the caller knows it, else null: the latest process with the record's number as its
   * business key.
   */
  public ArchiveDocument file(String projectNumber, String recordNumber, String processInstanceId, DocumentType type,
      Words words, PaperDocument document, String filedBy) {
    String title = (words.russian() ? type.russianName() : type.kazakhName()) + " — " + recordNumber;
    String fileName = recordNumber + "-" + type.name().toLowerCase().replace('_', '-') + ".pdf";
    ArchiveEntry entry = new ArchiveEntry(projectNumber, recordNumber, processInstanceId, type, title, null);
    return archive.storeRenderedPdf(entry, fileName, document.toPdf(), filedBy == null ? PLATFORM : filedBy);
  }

  /** The record's audit trail (who decided what, when, with what comment) as the document's last section. */
  public static PaperDocument withDecisions(PaperDocument document, Words words,
      java.util.List<kz.jobalyq.system.decision.DecisionRecord> decisions) {
    document.section(words.of("Шешімдер журналы", "Журнал решений"));
    for (kz.jobalyq.system.decision.DecisionRecord decision : decisions) {
      document.paragraph(when(decision.getDecidedAt()) + " · " + (decision.getDecidedBy() == null
          ? words.of("платформа", "платформа") : decision.getDecidedBy()) + " · " + decision.getStep() + " · "
          + decision.getOutcome() + (decision.getComment() == null ? "" : " — " + decision.getComment()));
    }
    return document;
  }

  /** A moment as people read it in Astana: 2026-03-31 18:00. */
  public static String when(java.time.Instant at) {
    return at == null ? "—" : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
        .format(at.atZone(java.time.ZoneId.of("Asia/Almaty")));
  }

  /** Labels in the reader's language: {@code words.of("Жоба", "Проект")}. */
  public record Words(boolean russian) {

    public String of(String kazakh, String russianText) {
      return russian ? russianText : kazakh;
    }

    public String yesNo(Boolean value) {
      return value == null ? "—" : value ? of("Иә", "Да") : of("Жоқ", "Нет");
    }
  }
}
