package kz.jobalyq.change;

import kz.jobalyq.archive.DocumentType;
import kz.jobalyq.organisation.OrganisationService;
import kz.jobalyq.organisation.ProjectSummary;
import kz.jobalyq.paper.PaperTrail;
import kz.jobalyq.paper.PaperTrail.Words;
import kz.jobalyq.project.ClosureType;
import kz.jobalyq.project.FinalReportPapers;
import kz.jobalyq.system.decision.DecisionLog;
import kz.jobalyq.system.pdf.PaperDocument;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The change request's paper trail in the project archive: the change sheet with its decisions once the
 * request is decided (§105–§106), and the agreed final report of a suspension or termination (§113–§114).
 */
@Service
@Transactional
public class ChangeRequestPapers {

  private final ChangeRequestService changeRequests;
  private final OrganisationService organisation;
  private final FinalReportPapers finalReports;
  private final DecisionLog decisionLog;
  private final PaperTrail paperTrail;

  public ChangeRequestPapers(ChangeRequestService changeRequests, OrganisationService organisation,
      FinalReportPapers finalReports, DecisionLog decisionLog, PaperTrail paperTrail) {
    this.changeRequests = changeRequests;
    this.organisation = organisation;
    this.finalReports = finalReports;
    this.decisionLog = decisionLog;
    this.paperTrail = paperTrail;
  }

  /** "Change request. Change sheet" as filed, evaluated and decided, in the filer's language. */
  public void fileChangeSheet(Long id) {
    ChangeRequest request = changeRequests.get(id);
    ProjectSummary project = organisation.findProjectById(request.getProjectId()).orElseThrow();
    Words words = paperTrail.wordsFor(request.getFiledBy());
    PaperDocument sheet = PaperDocument.titled(words.of("Өзгеріске сұрау салу. Өзгерту парағы",
            "Запрос на изменение. Лист изменений") + " " + request.getNumber())
        .subtitle(project.number() + " «" + project.name() + "»")
        .section(words.of("Сұрау салу", "Запрос"))
        .field(words.of("Түрі", "Вид"), words.value(request.getType()))
        .field(words.of("Не өзгереді", "Что изменяется"), words.value(request.getSubject()))
        .field(words.of("Сипаттама", "Описание"), request.getDescription())
        .field(words.of("Негіздеме", "Обоснование"), request.getJustification())
        .field(words.of("Ұсынылған аяқталу күні", "Предлагаемая дата окончания"), request.getProposedEndDate())
        .field(words.of("Ұсынылған бюджет, теңге", "Предлагаемый бюджет, тенге"), request.getProposedBudget())
        .field(words.of("Ұсынылған мазмұн", "Предлагаемое содержание"), request.getProposedScope())
        .field(words.of("Ұсынылған сапа көрсеткіштері", "Предлагаемые показатели качества"),
            request.getProposedQuality())
        .field(words.of("Жауап қажет күн", "Ответ нужен до"), request.getAnswerNeededBy())
        .field(words.of("Берген", "Подал"), request.getFiledBy() + ", " + PaperTrail.when(request.getFiledAt()))
        .section(words.of("Қарау және бағалау (§106.2–§106.4)", "Рассмотрение и оценка (§106.2–§106.4)"))
        .field(words.of("Қарау мерзімі", "Срок рассмотрения"), PaperTrail.when(request.getReviewDueAt()))
        .field(words.of("Бас тарту негіздемесі", "Основание отказа"), request.getRefusalGrounds())
        .field(words.of("Мерзімнің ығысуы, күн", "Сдвиг срока, дней"), request.getScheduleShiftDays())
        .field(words.of("Құнның өзгеруі, теңге", "Изменение стоимости, тенге"), request.getCostChange())
        .field(words.of("Базалық жоспар өзгереді", "Меняется базовый план"),
            words.yesNo(request.getBaselineAffected()))
        .field(words.of("Қолданылатын аяқталу күні", "Применяемая дата окончания"), request.getTargetEndDate())
        .field(words.of("Қолданылатын бюджет, теңге", "Применяемый бюджет, тенге"), request.getTargetBudget())
        .field(words.of("Бюджет өзгерісі, %", "Изменение бюджета, %"), request.getBudgetChangePercent())
        .field(words.of("Шешім қабылдайтын топтар", "Принимающие решение группы"),
            words.value(request.getApproverGroups()))
        .section(words.of("Шешім", "Решение"))
        .field(words.of("Мәртебесі", "Статус"), words.value(request.getStatus()));
    for (ChangeRequestDecision decision : changeRequests.decisionsOf(id)) {
      sheet.field(words.value(decision.getApproverGroup()) + " (" + words.value(decision.getStep()) + ")",
          words.yesNo(decision.isApproved())
          + " — " + decision.getComment() + (decision.getOfficeAgreement() == null ? ""
          : "; " + words.of("Офистің келісімі", "Согласие Офиса") + ": " + decision.getOfficeAgreement())
          + " (" + decision.getDecidedBy() + ")");
    }
    paperTrail.withDecisions(sheet, words, decisionLog.historyOf(ChangeRequestProcess.RECORD_TYPE, id));
    paperTrail.file(project.number(), request.getNumber(), request.getProcessInstanceId(), DocumentType.CHANGE_SHEET,
        words, sheet, request.getFiledBy());
  }

  /** The final report of a suspension or termination once both leaders agreed it (§113–§114). */
  public void fileStopReport(Long id) {
    ChangeRequest request = changeRequests.get(id);
    ClosureType occasion = request.getType() == ChangeRequestType.TERMINATE ? ClosureType.TERMINATION
        : ClosureType.SUSPENSION;
    finalReports.file(request.getProjectId(), occasion, request.getNumber(),
        decisionLog.historyOf(ChangeRequestProcess.RECORD_TYPE, id));
  }
}
