package kz.jobalyq.hiring;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.jobalyq.calendar.CalendarService;
import kz.jobalyq.hiring.HiringProcess.Vars;
import kz.jobalyq.system.forms.Display;
import kz.jobalyq.system.i18n.Messages;
import kz.jobalyq.system.i18n.ModelTranslations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The call and the interview conclusion as markdown, in the language of whoever reads them (a task's form,
 * the archived PDF), composed from our tables each time they are read.
 */
@Component
@Transactional(readOnly = true)
public class HiringSummaries {

  private final HiringService hiring;
  private final InterviewScoreRepository scores;
  private final CalendarService calendar;
  private final ModelTranslations translations;

  HiringSummaries(HiringService hiring, InterviewScoreRepository scores, CalendarService calendar,
      ModelTranslations translations) {
    this.hiring = hiring;
    this.scores = scores;
    this.calendar = calendar;
    this.translations = translations;
  }

  /** The call as the approving head reads it. */
  public String summaryOf(Long callId, Locale language) {
    HiringCall call = hiring.require(callId);
    StringBuilder text = new StringBuilder()
        .append("**").append(option(language, Vars.SCOPE, call.getScope())).append(":** ")
        .append(call.getProjectName()).append("  \n")
        .append(label(language, "hiring.summary.role"))
        .append(option(language, Vars.ROLE_SOUGHT, call.getRoleSought())).append("  \n");
    if (call.getProjectNumber() != null) {
      text.append(label(language, "hiring.summary.projectNumber")).append(call.getProjectNumber()).append("  \n");
    }
    text.append(label(language, "hiring.summary.customer")).append(call.getCustomer()).append("  \n")
        .append(label(language, "hiring.summary.goals")).append(call.getGoals()).append("  \n")
        .append(label(language, "hiring.summary.plannedDeadlines")).append(call.getPlannedDeadlines()).append("  \n")
        .append(label(language, "hiring.summary.requirements"))
        .append(String.join("; ", call.getScope().requirements(language)));
    return text.toString();
  }

  /** The conclusion as the signers and the steering committee read it, and as it is archived. */
  public String conclusionOf(Long callId, Locale language) {
    HiringCall call = hiring.require(callId);
    Map<Long, CandidateApplication> byId = hiring.currentApplications(call).stream()
        .collect(Collectors.toMap(CandidateApplication::getId, Function.identity()));
    StringBuilder text = new StringBuilder("**").append(Messages.text(language, "hiring.conclusion.title"))
        .append("** (").append(call.getInterviewHeldAt() == null ? ""
            : Display.date(calendar.dateOf(call.getInterviewHeldAt())))
        .append(", ").append(Messages.text(language, "hiring.conclusion.recording")).append(": ")
        .append(call.getRecordingReference()).append(")  \n");
    Map<Long, int[]> totals = new LinkedHashMap<>();
    for (InterviewScore score : scores.findByCallIdOrderByIdAsc(call.getId())) {
      if (!byId.containsKey(score.getApplicationId())) {
        continue;
      }
      int[] total = totals.computeIfAbsent(score.getApplicationId(), id -> new int[2]);
      total[0] += score.getExperienceScore() + score.getProfessionalScore() + score.getFeeScore();
      total[1] += score.isSupports() ? 1 : 0;
    }
    totals.forEach((id, total) -> text.append("- ").append(byId.get(id).getFullName()).append(" (")
        .append(byId.get(id).getReference()).append("): ")
        .append(Messages.text(language, "hiring.conclusion.supported")).append(' ').append(total[1]).append(", ")
        .append(Messages.text(language, "hiring.conclusion.scoreTotal")).append(' ').append(total[0]).append(", ")
        .append(Messages.text(language, "hiring.conclusion.requestedFee")).append(' ')
        .append(Display.money(byId.get(id).getRequestedFee())).append('\n'));
    hiring.selectedCandidate(call).ifPresent(selected -> text.append('\n')
        .append(label(language, "hiring.conclusion.selected")).append(selected.getFullName())
        .append(call.isTieBrokenByHead() ? " (" + Messages.text(language, "hiring.conclusion.tieBroken") + ")" : ""));
    if (call.getInterviewNotes() != null) {
      text.append("  \n").append(call.getInterviewNotes());
    }
    return text.toString();
  }

  /** A bold field name: "**Тапсырыс беруші:** ". */
  private static String label(Locale language, String key) {
    return "**" + Messages.text(language, key) + ":** ";
  }

  /** A code as the call's form offered it (Жоба, Проект…). */
  private String option(Locale language, String field, Enum<?> value) {
    return translations.optionLabel(language, HiringProcess.FORM_CALL, field, value.name());
  }
}
