package kz.jobalyq.paper;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import kz.jobalyq.archive.ArchiveDocument;
import kz.jobalyq.archive.ArchiveEntry;
import kz.jobalyq.archive.ArchiveService;
import kz.jobalyq.archive.DocumentType;
import kz.jobalyq.notification.Language;
import kz.jobalyq.notification.PreferenceService;
import kz.jobalyq.system.decision.DecisionRecord;
import kz.jobalyq.system.decision.DecisionWords;
import kz.jobalyq.system.i18n.RecordWords;
import kz.jobalyq.system.i18n.UserLanguage;
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
  /** A moment to the minute, as read in Astana. */
  private static final DateTimeFormatter ASTANA_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
      .withZone(ZoneId.of("Asia/Almaty"));

  private final ArchiveService archive;
  private final PreferenceService preferences;
  private final RecordWords labels;
  private final DecisionWords decisionWords;

  public PaperTrail(ArchiveService archive, PreferenceService preferences, RecordWords labels,
      DecisionWords decisionWords) {
    this.archive = archive;
    this.preferences = preferences;
    this.labels = labels;
    this.decisionWords = decisionWords;
  }

  /** The language of {@code userId}'s documents: their chosen one (Kazakh unless they chose Russian). */
  public Words wordsFor(String userId) {
    boolean russian = userId != null && preferences.of(userId).language() == Language.RU;
    return new Words(russian, labels.in(russian ? UserLanguage.RU : UserLanguage.KK));
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

  /**
   * The record's audit trail (who decided what, when, with what comment) as the document's last section: each step
   * and outcome in the document's words, as the record page shows them (the code itself should one have none).
   */
  public PaperDocument withDecisions(PaperDocument document, Words words, List<DecisionRecord> decisions) {
    document.section(words.of("Шешімдер журналы", "Журнал решений"));
    Locale language = words.language();
    for (DecisionRecord decision : decisions) {
      String step = decisionWords.step(decision.getStep(), language);
      String outcome = decisionWords.outcome(decision.getOutcome(), language);
      document.paragraph(when(decision.getDecidedAt()) + " · " + (decision.getDecidedBy() == null
          ? words.of("платформа", "платформа") : decision.getDecidedBy()) + " · "
          + (step == null ? decision.getStep() : step) + " · " + (outcome == null ? decision.getOutcome() : outcome)
          + (decision.getComment(language) == null ? "" : " — " + decision.getComment(language)));
    }
    return document;
  }

  /** A moment as people read it in Astana: 2026-03-31 18:00. */
  public static String when(Instant at) {
    return at == null ? "—" : ASTANA_MINUTES.format(at);
  }

  /**
   * Labels in the reader's language: {@code words.of("Жоба", "Проект")}; a record's codes as the record page names
   * them ({@code words.value(request.getStatus())}).
   */
  public record Words(boolean russian, RecordWords.Words labels) {

    public String of(String kazakh, String russianText) {
      return russian ? russianText : kazakh;
    }

    public Locale language() {
      return russian ? UserLanguage.RU : UserLanguage.KK;
    }

    /**
     * A code (a status, a kind, a role's group, a list of groups) in words: the record page's label, the code
     * itself without one; null stays null (the field is left out).
     */
    public String value(Object code) {
      if (code == null) {
        return null;
      }
      String text = code instanceof Enum<?> constant ? constant.name() : code.toString();
      List<String> parts = Arrays.stream(text.split(",")).map(String::strip).toList();
      return parts.size() > 1 && parts.stream().allMatch(labels.values()::containsKey)
          ? parts.stream().map(labels.values()::get).collect(Collectors.joining(", "))
          : labels.values().getOrDefault(text, text);
    }

    public String yesNo(Boolean value) {
      return value == null ? "—" : value ? of("Иә", "Да") : of("Жоқ", "Нет");
    }
  }
}
