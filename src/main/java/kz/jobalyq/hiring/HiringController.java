package kz.jobalyq.hiring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.jobalyq.organisation.RecordAccess;
import kz.jobalyq.system.decision.DecisionLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A call with its applications, for the people who run the hiring (personal data: not public). */
@RestController
@RequestMapping("/api/hiring/calls")
@PreAuthorize("hasAnyAuthority('base-direction-head', 'bd-group-lead', 'bd-chief-manager', 'bd-admin', "
    + "'steering-committee', 'camunda-admin')")
public class HiringController {

  private final HiringService hiring;
  private final RecordAccess access;
  private final DecisionLog decisionLog;

  public HiringController(HiringService hiring, RecordAccess access, DecisionLog decisionLog) {
    this.hiring = hiring;
    this.access = access;
    this.decisionLog = decisionLog;
  }

  public record ApplicationView(String reference, String fullName, String email, String phone, Education education,
      String educationField, boolean educationInField, BigDecimal fieldExperienceYears,
      BigDecimal projectManagementYears, String certificate, BigDecimal requestedFee, ApplicationStatus status,
      Boolean tableEligible, String tableReason, Boolean admitted, String overrideReason, Instant submittedAt) {
  }

  public record CallView(String number, HiringCallStatus status, CallScope scope, RoleSought roleSought,
      String projectNumber, String projectName, int publicationRound, LocalDate publishedOn,
      LocalDate applicationsUntil, LocalDate reviewDueOn, Instant interviewAt, LocalDate conclusionDueOn,
      LocalDate conclusionPublishedOn, String contractNumber, BigDecimal contractFee, String projectLeadUserId,
      List<ApplicationView> applications, List<DecisionView> decisions) {
  }

  /** The call's decision log: who decided what at which step, as every record shows it. */
  public record DecisionView(String step, String outcome, String comment, String decidedBy, Instant decidedAt) {
  }

  @GetMapping("/{number}")
  public CallView call(@PathVariable String number) {
    HiringCall call = hiring.requireByNumber(number);
    // The call's own base direction's people (and the committee, the administrators): not another direction's.
    access.requireBaseDirectionReader(call.getBaseDirectionCode());
    List<ApplicationView> applications = hiring.applicationsOf(call).stream()
        .map(a -> new ApplicationView(a.getReference(), a.getFullName(), a.getEmail(), a.getPhone(),
            a.getEducation(), a.getEducationField(), a.isEducationInField(), a.getFieldExperienceYears(),
            a.getProjectManagementYears(), a.getCertificate(), a.getRequestedFee(), a.getStatus(),
            a.getTableEligible(), a.getTableReason(), a.getAdmitted(), a.getOverrideReason(), a.getSubmittedAt()))
        .toList();
    return new CallView(call.getNumber(), call.getStatus(), call.getScope(), call.getRoleSought(),
        call.getProjectNumber(), call.getProjectName(), call.getPublicationRound(), call.getPublishedOn(),
        call.getApplicationsUntil(), call.getReviewDueOn(), call.getInterviewAt(), call.getConclusionDueOn(),
        call.getConclusionPublishedOn(), call.getContractNumber(), call.getContractFee(),
        call.getProjectLeadUserId(), applications, decisionLog.historyOf(HiringService.RECORD_TYPE, call.getId())
        .stream().map(d -> new DecisionView(d.getStep(), d.getOutcome(), d.getComment(), d.getDecidedBy(),
            d.getDecidedAt())).toList());
  }
}
