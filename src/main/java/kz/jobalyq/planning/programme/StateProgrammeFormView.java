package kz.jobalyq.planning.programme;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import kz.jobalyq.planning.programme.StateProgrammeProcess.Vars;
import kz.jobalyq.system.forms.Display;
import kz.jobalyq.system.forms.FormView;
import kz.jobalyq.system.forms.TaskForm;
import kz.jobalyq.system.i18n.Messages;
import kz.jobalyq.system.i18n.ModelTranslations;
import kz.jobalyq.system.i18n.UserLanguage;
import kz.jobalyq.system.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The planning document as its reviewers read it at every step (its type, developer, period, status, goal,
 * funding), in the reader's language, composed from our tables as the form opens; and the justification of
 * A2 §80.1 in full ({@code view.justification}: the regional review, the SPA's §90 checks and the endorsement
 * decide on it).
 */
@Component
class StateProgrammeFormView implements FormView {

  /** Long enough for the goal and the expected effect, short enough to read above the form's fields. */
  private static final int SUMMARY_LIMIT = 3500;

  private final StateProgrammeService programmes;
  private final ModelTranslations translations;

  StateProgrammeFormView(StateProgrammeService programmes, ModelTranslations translations) {
    this.programmes = programmes;
    this.translations = translations;
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, Object> of(TaskForm task) {
    Long programmeId = task.id(Vars.PROGRAMME_ID);
    if (!task.is(StateProgrammeProcess.KEY) || programmeId == null) {
      return Map.of();
    }
    StateProgramme programme = programmes.require(programmeId);
    Map<String, Object> justification = new LinkedHashMap<>();
    justification.put("tasksAndWays", programme.getTasksAndWays());
    justification.put("coExecutors", programme.getCoExecutors());
    justification.put("higherDocumentsLink", programme.getHigherDocumentsLink());
    justification.put("duplicationAnalysis", programme.getDuplicationAnalysis());
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("justification", justification);
    // The body this agreement task asks (a multi-instance's group), by its role's name, not its group id.
    Object agreementGroup = task.variable(Vars.AGREEMENT_GROUP);
    if (agreementGroup != null) {
      view.put("agreementBody", Role.displayName(agreementGroup.toString()));
    }
    return Map.of(Vars.PROGRAMME_SUMMARY, summaryOf(programmeId, UserLanguage.current()), "view", view);
  }

  /** The document as markdown, kept short. */
  String summaryOf(Long programmeId, Locale language) {
    StateProgramme programme = programmes.require(programmeId);
    StringBuilder text = new StringBuilder()
        .append(label(language, "documentType")).append(translations.optionLabel(language,
            StateProgrammeProcess.FORM_JUSTIFICATION, Vars.DOCUMENT_TYPE, programme.getDocumentType().name()))
        .append("  \n")
        .append(label(language, "developer")).append(programme.getDeveloperBody()).append("  \n")
        .append(label(language, "period")).append(programme.period()).append("  \n")
        .append(label(language, "status"))
        .append(Messages.text(language, "programme.status." + programme.getStatus().name())).append("  \n");
    if (programme.getApprovalAct() != null) {
      text.append(label(language, "approved")).append(programme.getApprovalAct()).append(", ")
          .append(Display.date(programme.getApprovedOn())).append("  \n");
    }
    if (programme.getGoal() != null) {
      text.append(label(language, "goal")).append(programme.getGoal()).append("  \n");
    }
    if (programme.getExpectedEffect() != null) {
      text.append(label(language, "expectedEffect")).append(programme.getExpectedEffect()).append("  \n");
    }
    if (programme.getFundingVolume() != null) {
      text.append(label(language, "funding")).append(programme.getFundingSources()).append(", ")
          .append(programme.getFundingVolume().toPlainString()).append(' ')
          .append(Messages.text(language, "programme.summary.thousandTenge"));
    }
    return text.length() <= SUMMARY_LIMIT ? text.toString() : text.substring(0, SUMMARY_LIMIT) + "…";
  }

  private static String label(Locale language, String field) {
    return "**" + Messages.text(language, "programme.summary." + field) + ":** ";
  }
}
