package kz.jobalyq.planning.financing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.jobalyq.planning.financing.FinancingInputs.AmendmentInput;
import kz.jobalyq.planning.financing.FinancingInputs.ContingencyInput;
import kz.jobalyq.planning.financing.FinancingInputs.ContractInput;
import kz.jobalyq.planning.financing.FinancingInputs.ExtensionInput;
import kz.jobalyq.planning.financing.FinancingInputs.PaymentInput;
import kz.jobalyq.planning.financing.FinancingInputs.SuspensionInput;
import kz.jobalyq.system.decision.DecisionRecord;
import kz.jobalyq.system.i18n.UserLanguage;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The financing agreement over HTTP: read it with its register, requests and history (any signed-in user);
 * register contracts and payments, and file requests and suspensions (the groups of the party concerned).
 */
@RestController
@RequestMapping("/api/financing/agreements")
public class FinancingAgreementController {

  private static final String ADMIN = "'camunda-admin'";

  private final FinancingAgreementService agreements;
  private final AgreementSuspensions suspensions;
  private final ContractRegisterService register;
  private final FinancingRequestService requests;

  public FinancingAgreementController(FinancingAgreementService agreements, AgreementSuspensions suspensions,
      ContractRegisterService register, FinancingRequestService requests) {
    this.agreements = agreements;
    this.suspensions = suspensions;
    this.register = register;
    this.requests = requests;
  }

  public record Milestones(LocalDate entryIntoForce, LocalDate contractSigningCutoff, LocalDate operationalPhaseEnds,
      LocalDate closurePhaseEnds, LocalDate balanceCancelled) {
  }

  public record PaymentView(String reference, BigDecimal amount, LocalDate paidOn, String recordedBy) {
  }

  public record ContractView(String reference, ContractType type, String title, String contractor, BigDecimal amount,
      BigDecimal valueWithAddenda, LocalDate signedOn, String parentReference, LocalDate paymentDeadline,
      ContractStatus status, String statusName, LocalDate terminatedOn, String cutoffRule, BigDecimal paid,
      List<PaymentView> payments) {
  }

  public record RequestView(String number, RequestKind kind, RequestStatus status, String statusName,
      Party requestingParty, String requestedBy, LocalDate requestedOn, String subject, String justification,
      AgreementPhase phase, LocalDate phaseEndsOn, Integer extensionMonths, LocalDate effectiveOn,
      String waiverJustification, BigDecimal amount, LocalDate latestRequestOn, Boolean leadTimeMet,
      Boolean beneficiaryApproved, Boolean commissionApproved, String statementReference, String consentReference,
      String outcomeReason) {
  }

  public record SuspensionView(SuspensionGround ground, String reason, String contractConsequences,
      String forceMajeureDetails, SuspensionStatus status, LocalDate suspendedOn, LocalDate unresolvedFrom,
      LocalDate resolvedOn, String resolution, LocalDate noticeGivenOn, Party noticeParty,
      LocalDate terminationEffectiveOn) {
  }

  public record PeriodView(int number, LocalDate startsOn, LocalDate endsOn, String reportReference,
      Instant reportSubmittedAt, boolean reportOverdue, LocalDate meetingHeldOn, String meetingMinutesReference,
      boolean meetingOverdue) {
  }

  public record DecisionView(String number, String step, String outcome, String comment, String decidedBy,
      Instant decidedAt) {
  }

  public record AgreementView(String number, String title, String legalBasis, AgreementStatus status,
      String statusName, BigDecimal euContribution, BigDecimal committed, BigDecimal paid,
      BigDecimal contingencyReserve, BigDecimal contingencyUsed, BigDecimal cancelledAtCutoff,
      LocalDate beneficiarySignedOn, LocalDate commissionSignedOn, Milestones milestones,
      LocalDate closureStartedOn, LocalDate expiredOn, LocalDate endedOn, String endReason,
      List<ContractView> contracts, List<RequestView> requests, List<SuspensionView> suspensions,
      List<PeriodView> periods, List<DecisionView> decisions) {
  }

  @GetMapping("/{number}")
  public AgreementView agreement(@PathVariable String number) {
    return view(agreements.requireByNumber(number));
  }

  @PostMapping("/{number}/contracts")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasAnyAuthority('eu-delegation', 'european-commission', 'national-coordinator', " + ADMIN + ")")
  public ContractView registerContract(@PathVariable String number, @RequestBody ContractInput input,
      Authentication user) {
    FinancedContract contract = register.register(number, input, user.getName());
    return contractView(contract, agreements.requireByNumber(number));
  }

  @PostMapping("/{number}/payments")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasAnyAuthority('european-commission', 'eu-delegation', " + ADMIN + ")")
  public PaymentView recordPayment(@PathVariable String number, @RequestBody PaymentInput input, Authentication user) {
    ContractPayment payment = register.recordPayment(number, input, user.getName());
    return paymentView(payment);
  }

  @PostMapping("/{number}/extension-requests")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasAnyAuthority('national-coordinator', 'government', " + ADMIN + ")")
  public RequestView requestExtension(@PathVariable String number, @RequestBody ExtensionInput input,
      Authentication user) {
    return requestView(requests.require(requests.requestExtension(number, input, user.getName()).getId()));
  }

  @PostMapping("/{number}/amendment-requests")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasAnyAuthority('national-coordinator', 'government', 'european-commission', 'eu-delegation', "
      + ADMIN + ")")
  public RequestView requestAmendment(@PathVariable String number, @RequestBody AmendmentInput input,
      Authentication user) {
    return requestView(requests.require(
        requests.requestAmendment(number, input, groups(user), user.getName()).getId()));
  }

  @PostMapping("/{number}/contingency-requests")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasAnyAuthority('national-coordinator', 'eu-delegation', " + ADMIN + ")")
  public RequestView requestContingency(@PathVariable String number, @RequestBody ContingencyInput input,
      Authentication user) {
    return requestView(requests.require(
        requests.requestContingency(number, input, groups(user), user.getName()).getId()));
  }

  @PostMapping("/{number}/suspensions")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasAnyAuthority('european-commission', " + ADMIN + ")")
  public SuspensionView suspend(@PathVariable String number, @RequestBody SuspensionInput input, Authentication user) {
    return suspensionView(suspensions.suspend(number, input, user.getName()));
  }

  private static List<String> groups(Authentication user) {
    return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
  }

  private AgreementView view(FinancingAgreement agreement) {
    Register register = registerOf(agreement);
    List<ContractView> contracts = register.contracts().stream().map(register::view).toList();
    BigDecimal committed = register.contracts().stream().map(contract -> contract.binds(register.paid(contract)))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal paid = contracts.stream().map(ContractView::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
    Milestones milestones = new Milestones(agreement.getEntryIntoForceOn(), agreement.getCutoffOn(),
        agreement.getOperationalEndsOn(), agreement.getClosureEndsOn(), agreement.getBalanceCancelledOn());
    return new AgreementView(agreement.getNumber(), agreement.getTitle(), agreement.getLegalBasis(),
        agreement.getStatus(), agreement.getStatus().displayName(), agreement.getEuContribution(), committed, paid,
        agreement.getContingencyReserve(), agreement.getContingencyUsed(), agreement.getCancelledAtCutoff(),
        agreement.getBeneficiarySignedOn(), agreement.getCommissionSignedOn(), milestones,
        agreement.getClosureStartedOn(), agreement.getExpiredOn(), agreement.getEndedOn(),
        agreements.endReasonOf(agreement, UserLanguage.current()),
        contracts, requests.requestsOf(agreement).stream().map(FinancingAgreementController::requestView).toList(),
        suspensions.suspensionsOf(agreement).stream().map(FinancingAgreementController::suspensionView).toList(),
        agreements.periodsOf(agreement).stream().map(FinancingAgreementController::periodView).toList(),
        agreements.historyOf(agreement).stream().map(FinancingAgreementController::decisionView).toList());
  }

  private ContractView contractView(FinancedContract contract, FinancingAgreement agreement) {
    return registerOf(agreement).view(contract);
  }

  /** The agreement's contracts and payments, read once for a whole view. */
  private Register registerOf(FinancingAgreement agreement) {
    List<FinancedContract> contracts = register.contractsOf(agreement);
    Map<Long, List<ContractPayment>> payments = register.paymentsOf(agreement).stream()
        .collect(Collectors.groupingBy(ContractPayment::getContractId));
    return new Register(contracts, payments);
  }

  private record Register(List<FinancedContract> contracts, Map<Long, List<ContractPayment>> payments) {

    BigDecimal paid(FinancedContract contract) {
      return ContractPayment.total(payments.getOrDefault(contract.getId(), List.of()));
    }

    ContractView view(FinancedContract contract) {
      List<FinancedContract> addenda = contracts.stream()
          .filter(other -> contract.getId().equals(other.getParentContractId())).toList();
      String parentReference = contracts.stream().filter(other -> other.getId().equals(contract.getParentContractId()))
          .map(FinancedContract::getReference).findFirst().orElse(null);
      return new ContractView(contract.getReference(), contract.getType(), contract.getTitle(),
          contract.getContractor(), contract.getAmount(), contract.valueWith(addenda), contract.getSignedOn(),
          parentReference, contract.getPaymentDeadlineOn(), contract.getStatus(), contract.getStatus().kazakhName(),
          contract.getTerminatedOn(), contract.getCutoffRule(), paid(contract),
          payments.getOrDefault(contract.getId(), List.of()).stream()
              .map(FinancingAgreementController::paymentView).toList());
    }
  }

  private static PaymentView paymentView(ContractPayment payment) {
    return new PaymentView(payment.getReference(), payment.getAmount(), payment.getPaidOn(), payment.getRecordedBy());
  }

  private static RequestView requestView(FinancingRequest request) {
    return new RequestView(request.getNumber(), request.getKind(), request.getStatus(),
        request.getStatus().kazakhName(), request.getRequestingParty(), request.getRequestedBy(),
        request.getRequestedOn(), request.getSubject(), request.getJustification(), request.getPhase(),
        request.getPhaseEndsOn(), request.getExtensionMonths(), request.getEffectiveOn(),
        request.getWaiverJustification(), request.getAmount(), request.getLatestRequestOn(), request.getLeadTimeMet(),
        request.getBeneficiaryApproved(), request.getCommissionApproved(), request.getStatementReference(),
        request.getConsentReference(), request.getOutcomeReason());
  }

  private static SuspensionView suspensionView(AgreementSuspension suspension) {
    return new SuspensionView(suspension.getGround(), suspension.getReason(), suspension.getContractConsequences(),
        suspension.getForceMajeureDetails(), suspension.getStatus(), suspension.getSuspendedOn(),
        suspension.getUnresolvedFrom(), suspension.getResolvedOn(), suspension.getResolution(),
        suspension.getNoticeGivenOn(), suspension.getNoticeParty(), suspension.getTerminationEffectiveOn());
  }

  private static PeriodView periodView(ReportingPeriod period) {
    return new PeriodView(period.getNumber(), period.getStartsOn(), period.getEndsOn(), period.getReportReference(),
        period.getReportSubmittedAt(), period.isReportOverdue(), period.getMeetingHeldOn(),
        period.getMeetingMinutesReference(), period.isMeetingOverdue());
  }

  private static DecisionView decisionView(DecisionRecord record) {
    return new DecisionView(record.getRecordNumber(), record.getStep(), record.getOutcome(), record.getComment(),
        record.getDecidedBy(), record.getDecidedAt());
  }
}
