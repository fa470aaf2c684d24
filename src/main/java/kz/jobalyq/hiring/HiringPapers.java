package kz.jobalyq.hiring;

import kz.jobalyq.archive.DocumentType;
import kz.jobalyq.paper.PaperTrail;
import kz.jobalyq.paper.PaperTrail.Words;
import kz.jobalyq.system.decision.DecisionLog;
import kz.jobalyq.system.i18n.UserLanguage;
import kz.jobalyq.system.pdf.PaperDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed interview conclusion (§9.6) as a PDF in the project's archive when it is published, in the
 * language of whoever prepared the call. A call for a programme names no project, and so has no project
 * archive to file it in: then the conclusion stays on the public page and in the call's record only.
 */
@Service
@Transactional
public class HiringPapers {

  private static final Logger LOG = LoggerFactory.getLogger(HiringPapers.class);

  private final HiringService hiring;
  private final HiringAppointments appointments;
  private final HiringSummaries summaries;
  private final DecisionLog decisionLog;
  private final PaperTrail paperTrail;

  public HiringPapers(HiringService hiring, HiringAppointments appointments, HiringSummaries summaries,
      DecisionLog decisionLog, PaperTrail paperTrail) {
    this.hiring = hiring;
    this.appointments = appointments;
    this.summaries = summaries;
    this.decisionLog = decisionLog;
    this.paperTrail = paperTrail;
  }

  public void fileConclusion(Long callId) {
    HiringCall call = hiring.require(callId);
    if (call.getProjectNumber() == null) {
      LOG.info("{}: no project to file the interview conclusion under (a programme's call)", call.getNumber());
      return;
    }
    Words words = paperTrail.wordsFor(call.getPreparedBy());
    PaperDocument document = PaperDocument.titled(words.of("Әңгімелесу қорытындысы",
            "Заключение по итогам собеседования") + " " + call.getNumber())
        .subtitle(call.getProjectNumber() + " «" + call.getProjectName() + "»")
        .field(words.of("Тапсырыс беруші", "Заказчик"), call.getCustomer())
        .field(words.of("Мақсаттары", "Цели"), call.getGoals())
        .field(words.of("Сұхбат өткізілді", "Собеседование проведено"), PaperTrail.when(call.getInterviewHeldAt()))
        .field(words.of("Бейне және аудио жазба", "Видео- и аудиозапись"), call.getRecordingReference())
        .section(words.of("Қорытынды (§9.5–§9.6)", "Заключение (§9.5–§9.6)"))
        .paragraph(summaries.conclusionOf(callId, words.russian() ? UserLanguage.RU : UserLanguage.KK).replace("**", "").replace("  \n", "\n"))
        .section(words.of("Қол қойғандар", "Подписали"));
    for (ConclusionSignature signature : appointments.signaturesOf(call)) {
      document.field(signature.getSignerId(), PaperTrail.when(signature.getSignedAt())
          + (signature.getRemark() == null ? "" : " — " + signature.getRemark()));
    }
    paperTrail.withDecisions(document, words, decisionLog.historyOf(HiringService.RECORD_TYPE, call.getId()));
    paperTrail.file(call.getProjectNumber(), call.getNumber(), null, DocumentType.INTERVIEW_CONCLUSION, words,
        document, call.getPreparedBy());
  }
}
