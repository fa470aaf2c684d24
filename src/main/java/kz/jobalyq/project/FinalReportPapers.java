package kz.jobalyq.project;

import java.util.Comparator;
import java.util.List;
import kz.jobalyq.archive.DocumentType;
import kz.jobalyq.organisation.OrganisationService;
import kz.jobalyq.organisation.ProjectSummary;
import kz.jobalyq.paper.PaperTrail;
import kz.jobalyq.paper.PaperTrail.Words;
import kz.jobalyq.system.decision.DecisionRecord;
import kz.jobalyq.system.pdf.PaperDocument;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The final report (§120 contents) as a PDF in the project archive, once it is agreed or the closure
 * decided: for a suspension or termination (§113–§114), a planned closure (§119) or a forced one (§122).
 */
@Service
@Transactional
public class FinalReportPapers {

  private final ProjectClosureService closure;
  private final OrganisationService organisation;
  private final PaperTrail paperTrail;
  private final kz.jobalyq.system.decision.DecisionLog decisionLog;

  public FinalReportPapers(ProjectClosureService closure, OrganisationService organisation, PaperTrail paperTrail,
      kz.jobalyq.system.decision.DecisionLog decisionLog) {
    this.closure = closure;
    this.organisation = organisation;
    this.paperTrail = paperTrail;
    this.decisionLog = decisionLog;
  }

  /** The closure's final report (planned §119 or forced §122) under the project's number, when it closes. */
  public void fileClosure(Long projectId) {
    ClosureType occasion = closure.finalReportsOf(projectId).stream()
        .filter(report -> report.getClosureType() == ClosureType.PLANNED || report.getClosureType() == ClosureType.FORCED)
        .max(Comparator.comparing(FinalReport::getSubmittedAt)).map(FinalReport::getClosureType).orElse(null);
    if (occasion != null) {
      file(projectId, occasion, organisation.findProjectById(projectId).orElseThrow().number(),
          decisionLog.historyOf(ProjectLifecycleProcess.RECORD_TYPE, projectId));
    }
  }

  /**
   * Files the latest final report of {@code occasion} under {@code recordNumber} (the change request, or the
   * project for a closure), with the decisions taken on it, in the language of the project lead who wrote it.
   */
  public void file(Long projectId, ClosureType occasion, String recordNumber, List<DecisionRecord> decisions) {
    FinalReport report = closure.finalReportsOf(projectId).stream()
        .filter(candidate -> candidate.getClosureType() == occasion)
        .max(Comparator.comparingInt(FinalReport::getClosureRound)
            .thenComparing(FinalReport::getSubmittedAt))
        .orElseThrow(() -> new IllegalStateException("no " + occasion + " final report for project " + projectId));
    ProjectSummary project = organisation.findProjectById(projectId).orElseThrow();
    Words words = paperTrail.wordsFor(report.getSubmittedBy());
    PaperDocument document = PaperDocument.titled(words.of("Жобаның аяқталуы туралы қорытынды есеп",
            "Итоговый отчёт о завершении проекта"))
        .subtitle(project.number() + " «" + project.name() + "» · " + recordNumber)
        .field(words.of("Себебі", "Основание"), occasion(words, occasion))
        .field(words.of("Нұсқасы", "Редакция"), report.getClosureRound())
        .field(words.of("Дайындаған", "Подготовил"), report.getSubmittedBy() + ", "
            + PaperTrail.when(report.getSubmittedAt()))
        .section(words.of("Есептің мазмұны (§120)", "Содержание отчёта (§120)"))
        .field(words.of("Мақсат және қол жеткізілген нәтижелер", "Цель и достигнутые результаты"),
            report.getGoalAndResults())
        .field(words.of("Мазмұны (ауқымы)", "Содержание (объём)"), report.getScopeDelivered())
        .field(words.of("Тәуекелдер", "Риски"), report.getRisksSummary())
        .field(words.of("Бюджет", "Бюджет"), report.getBudgetSummary())
        .field(words.of("Жұмсалған қаражат, теңге", "Израсходовано, тенге"), report.getBudgetSpent())
        .field(words.of("Басқаруға еңбек шығындары", "Трудозатраты на управление"),
            report.getManagementLabourCosts())
        .field(words.of("Іске асыруды бағалау", "Оценка реализации"), report.getImplementationEvaluation())
        .field(words.of("Алынған сабақтар мен ұсынымдар", "Извлечённые уроки и рекомендации"),
            report.getLessonsLearned())
        .field(words.of("Түсіндірме жазба", "Пояснительная записка"), report.getExplanatoryNote())
        .field(words.of("Нәтижелерді беру", "Передача результатов"), report.getResultsHandover());
    paperTrail.withDecisions(document, words, decisions);
    paperTrail.file(project.number(), recordNumber, null, DocumentType.FINAL_REPORT, words, document,
        report.getSubmittedBy());
  }

  private static String occasion(Words words, ClosureType type) {
    return switch (type) {
      case PLANNED -> words.of("жоспарлы аяқтау (§116, §119)", "плановое завершение (§116, §119)");
      case FORCED -> words.of("мәжбүрлеп аяқтау (§121–§122)", "принудительное завершение (§121–§122)");
      case SUSPENSION -> words.of("тоқтата тұру (§111, §113)", "приостановление (§111, §113)");
      case TERMINATION -> words.of("тоқтату (§111, §113)", "прекращение (§111, §113)");
    };
  }
}
