package kz.jobalyq.planning.financing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import kz.jobalyq.system.i18n.Phrase;
import kz.jobalyq.system.i18n.UserLanguage;

/**
 * A party's request on the agreement: a phase extension (GC 4.4–4.5), an amendment (GC 17) or the use of the
 * contingency reserve (TAP §13), with its lead-time check and each party's answer.
 */
@Entity
@Table(name = "financing_request")
public class FinancingRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "agreement_id", nullable = false)
  private Long agreementId;

  @Column(name = "request_number", nullable = false, unique = true, length = 60)
  private String number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private RequestKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private RequestStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "requesting_party", nullable = false, length = 20)
  private Party requestingParty;

  @Column(name = "requested_by", length = 100)
  private String requestedBy;

  @Column(name = "requested_on", nullable = false)
  private LocalDate requestedOn;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(nullable = false, length = 4000)
  private String subject;

  @Column(length = 4000)
  private String justification;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private AgreementPhase phase;

  @Column(name = "phase_ends_on")
  private LocalDate phaseEndsOn;

  @Column(name = "extension_months")
  private Integer extensionMonths;

  @Column(name = "effective_on")
  private LocalDate effectiveOn;

  @Column(name = "waiver_justification", length = 4000)
  private String waiverJustification;

  @Column(precision = 19, scale = 2)
  private BigDecimal amount;

  @Column(name = "latest_request_on")
  private LocalDate latestRequestOn;

  @Column(name = "lead_time_met")
  private Boolean leadTimeMet;

  @Column(name = "beneficiary_approved")
  private Boolean beneficiaryApproved;

  @Column(name = "commission_approved")
  private Boolean commissionApproved;

  @Column(name = "statement_reference", length = 200)
  private String statementReference;

  @Column(name = "consent_reference", length = 200)
  private String consentReference;

  /** Why the request ended so: the decider's words, or the platform's conclusion in Kazakh (its phrase beside it). */
  @Column(name = "outcome_reason", length = 4500)
  private String outcomeReason;

  @Column(name = "outcome_reason_phrase", length = 10000)
  private String outcomeReasonPhrase;

  @Column(name = "decided_at")
  private Instant decidedAt;

  protected FinancingRequest() {
  }

  private FinancingRequest(Long agreementId, String number, RequestKind kind, Party party, String requestedBy,
      LocalDate requestedOn, Instant requestedAt, String subject, String justification) {
    this.agreementId = agreementId;
    this.number = number;
    this.kind = kind;
    this.status = RequestStatus.SUBMITTED;
    this.requestingParty = party;
    this.requestedBy = requestedBy;
    this.requestedOn = requestedOn;
    this.requestedAt = requestedAt;
    this.subject = subject;
    this.justification = justification;
  }

  static FinancingRequest extension(Long agreementId, String number, String requestedBy, LocalDate requestedOn,
      Instant requestedAt, AgreementPhase phase, LocalDate phaseEndsOn, int months, String justification) {
    FinancingRequest request = new FinancingRequest(agreementId, number, RequestKind.EXTENSION, Party.BENEFICIARY,
        requestedBy, requestedOn, requestedAt,
        phase.kazakhName() + " " + months + " айға ұзарту", justification);
    request.phase = phase;
    request.phaseEndsOn = phaseEndsOn;
    request.extensionMonths = months;
    request.latestRequestOn = AgreementMonths.latestRequestDate(phaseEndsOn);
    request.leadTimeMet = AgreementMonths.leadTimeMet(requestedOn, phaseEndsOn);
    return request;
  }

  static FinancingRequest amendment(Long agreementId, String number, Party party, String requestedBy,
      LocalDate requestedOn, Instant requestedAt, String subject, String justification, LocalDate effectiveOn,
      String waiverJustification) {
    FinancingRequest request = new FinancingRequest(agreementId, number, RequestKind.AMENDMENT, party, requestedBy,
        requestedOn, requestedAt, subject, justification);
    request.effectiveOn = effectiveOn;
    request.waiverJustification = waiverJustification;
    request.latestRequestOn = AgreementMonths.latestRequestDate(effectiveOn);
    request.leadTimeMet = AgreementMonths.leadTimeMet(requestedOn, effectiveOn);
    return request;
  }

  static FinancingRequest contingency(Long agreementId, String number, Party party, String requestedBy,
      LocalDate requestedOn, Instant requestedAt, String purpose, BigDecimal amount) {
    FinancingRequest request = new FinancingRequest(agreementId, number, RequestKind.CONTINGENCY, party, requestedBy,
        requestedOn, requestedAt, purpose, null);
    request.amount = amount;
    return request;
  }

  /** A late request without a waiver goes on only if a justification for the shorter notice is given (GC 17). */
  public boolean waiverRequested() {
    return waiverJustification != null && !waiverJustification.isBlank();
  }

  void conclude(RequestStatus outcome, String reason, Instant at) {
    this.status = outcome;
    this.outcomeReason = reason;
    this.outcomeReasonPhrase = null;
    this.decidedAt = at;
  }

  /** Concluded for a reason the platform states: read in the reader's language. */
  void conclude(RequestStatus outcome, Phrase reason, Instant at) {
    conclude(outcome, reason.in(UserLanguage.KK), at);
    this.outcomeReasonPhrase = reason.toJson();
  }

  void recordApproval(Party party, boolean approved) {
    if (party == Party.BENEFICIARY) {
      beneficiaryApproved = approved;
    } else {
      commissionApproved = approved;
    }
  }

  void recordStatement(String reference) {
    this.statementReference = reference;
  }

  void recordConsent(String reference) {
    this.consentReference = reference;
  }

  public Long getId() {
    return id;
  }

  public Long getAgreementId() {
    return agreementId;
  }

  public String getNumber() {
    return number;
  }

  public RequestKind getKind() {
    return kind;
  }

  public RequestStatus getStatus() {
    return status;
  }

  public Party getRequestingParty() {
    return requestingParty;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public LocalDate getRequestedOn() {
    return requestedOn;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public String getSubject() {
    return subject;
  }

  public String getJustification() {
    return justification;
  }

  public AgreementPhase getPhase() {
    return phase;
  }

  public LocalDate getPhaseEndsOn() {
    return phaseEndsOn;
  }

  public Integer getExtensionMonths() {
    return extensionMonths;
  }

  public LocalDate getEffectiveOn() {
    return effectiveOn;
  }

  public String getWaiverJustification() {
    return waiverJustification;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public LocalDate getLatestRequestOn() {
    return latestRequestOn;
  }

  public Boolean getLeadTimeMet() {
    return leadTimeMet;
  }

  public Boolean getBeneficiaryApproved() {
    return beneficiaryApproved;
  }

  public Boolean getCommissionApproved() {
    return commissionApproved;
  }

  public String getStatementReference() {
    return statementReference;
  }

  public String getConsentReference() {
    return consentReference;
  }

  /** Why the request ended so, in the language of the request being served. */
  public String getOutcomeReason() {
    return outcomeReasonPhrase == null ? outcomeReason : Phrase.fromJson(outcomeReasonPhrase).in(UserLanguage.current());
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
