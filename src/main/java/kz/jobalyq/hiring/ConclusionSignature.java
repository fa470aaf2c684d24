package kz.jobalyq.hiring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A signature of the interview's conclusion by the head or a participating member (§9.6). */
@Entity
@Table(name = "conclusion_signature")
public class ConclusionSignature {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "call_id", nullable = false)
  private Long callId;

  @Column(name = "publication_round", nullable = false)
  private int publicationRound;

  @Column(name = "signer_id", nullable = false, length = 64)
  private String signerId;

  @Column(length = 2000)
  private String remark;

  @Column(name = "signed_at", nullable = false)
  private Instant signedAt;

  protected ConclusionSignature() {
  }

  ConclusionSignature(Long callId, int publicationRound, String signerId, String remark, Instant signedAt) {
    this.callId = callId;
    this.publicationRound = publicationRound;
    this.signerId = signerId;
    this.remark = remark;
    this.signedAt = signedAt;
  }

  public String getSignerId() {
    return signerId;
  }

  public String getRemark() {
    return remark;
  }

  public Instant getSignedAt() {
    return signedAt;
  }
}
