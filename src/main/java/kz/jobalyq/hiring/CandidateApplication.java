package kz.jobalyq.hiring;

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

/** A candidate's application to a call. Personal data stay here: the public page shows only the name (§9.3). */
@Entity
@Table(name = "candidate_application")
public class CandidateApplication {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "call_id", nullable = false)
  private Long callId;

  @Column(nullable = false, unique = true, length = 40)
  private String reference;

  @Column(name = "publication_round", nullable = false)
  private int publicationRound;

  @Column(name = "full_name", nullable = false, length = 300)
  private String fullName;

  @Column(nullable = false, length = 200)
  private String email;

  @Column(length = 50)
  private String phone;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private Education education;

  @Column(name = "education_field", nullable = false, length = 500)
  private String educationField;

  @Column(name = "education_in_field", nullable = false)
  private boolean educationInField;

  @Column(name = "field_experience_years", nullable = false, precision = 5, scale = 1)
  private BigDecimal fieldExperienceYears;

  @Column(name = "pm_practice_years", nullable = false, precision = 5, scale = 1)
  private BigDecimal projectManagementYears;

  @Column(length = 500)
  private String certificate;

  @Column(name = "requested_fee", nullable = false, precision = 19, scale = 2)
  private BigDecimal requestedFee;

  @Column(name = "candidate_references", length = 4000)
  private String references;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ApplicationStatus status;

  @Column(name = "table_eligible")
  private Boolean tableEligible;

  @Column(name = "table_reason", length = 500)
  private String tableReason;

  @Column
  private Boolean admitted;

  @Column(name = "override_reason", length = 2000)
  private String overrideReason;

  protected CandidateApplication() {
  }

  CandidateApplication(Long callId, String reference, int publicationRound, ApplicationInput input, Instant at) {
    this.callId = callId;
    this.reference = reference;
    this.publicationRound = publicationRound;
    this.fullName = input.fullName().strip();
    this.email = input.email().strip();
    this.phone = blankToNull(input.phone());
    this.education = input.education();
    this.educationField = input.educationField().strip();
    this.educationInField = input.educationInField();
    this.fieldExperienceYears = input.fieldExperienceYears();
    this.projectManagementYears = input.projectManagementYears();
    this.certificate = blankToNull(input.certificate());
    this.requestedFee = input.requestedFee();
    this.references = blankToNull(input.references());
    this.submittedAt = at;
    this.status = ApplicationStatus.SUBMITTED;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  void recordPreCheck(boolean eligible, String reason) {
    tableEligible = eligible;
    tableReason = reason;
  }

  void recordReview(boolean admitted, String overrideReason) {
    this.admitted = admitted;
    this.overrideReason = overrideReason;
    this.status = admitted ? ApplicationStatus.ADMITTED : ApplicationStatus.NOT_ADMITTED;
  }

  void recordInterviewOutcome(boolean selected) {
    status = selected ? ApplicationStatus.SELECTED : ApplicationStatus.NOT_SELECTED;
  }

  /** The review's answer differs from the table's pre-check: the group must say why (§9.3). */
  public boolean overridesTable(boolean admit) {
    return tableEligible != null && tableEligible != admit;
  }

  public boolean hasCertificate() {
    return certificate != null;
  }

  public Long getId() {
    return id;
  }

  public Long getCallId() {
    return callId;
  }

  public String getReference() {
    return reference;
  }

  public int getPublicationRound() {
    return publicationRound;
  }

  public String getFullName() {
    return fullName;
  }

  public String getEmail() {
    return email;
  }

  public String getPhone() {
    return phone;
  }

  public Education getEducation() {
    return education;
  }

  public String getEducationField() {
    return educationField;
  }

  public boolean isEducationInField() {
    return educationInField;
  }

  public BigDecimal getFieldExperienceYears() {
    return fieldExperienceYears;
  }

  public BigDecimal getProjectManagementYears() {
    return projectManagementYears;
  }

  public String getCertificate() {
    return certificate;
  }

  public BigDecimal getRequestedFee() {
    return requestedFee;
  }

  public String getReferences() {
    return references;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public ApplicationStatus getStatus() {
    return status;
  }

  public Boolean getTableEligible() {
    return tableEligible;
  }

  public String getTableReason() {
    return tableReason;
  }

  public Boolean getAdmitted() {
    return admitted;
  }

  public String getOverrideReason() {
    return overrideReason;
  }
}
