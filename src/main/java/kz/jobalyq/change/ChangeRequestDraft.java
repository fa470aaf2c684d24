package kz.jobalyq.change;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A change sheet as filed, before it has a number. */
public record ChangeRequestDraft(String projectNumber, ChangeRequestType type, ChangeSubject subject,
    String description, String justification, LocalDate proposedEndDate, BigDecimal proposedBudget,
    String proposedScope, String proposedQuality, LocalDate answerNeededBy) {

  ChangeRequestDraft withSubject(ChangeSubject subject) {
    return new ChangeRequestDraft(projectNumber, type, subject, description, justification, proposedEndDate,
        proposedBudget, proposedScope, proposedQuality, answerNeededBy);
  }
}
