package kz.jobalyq.initiative;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The initiative passport (бастаманың паспорты) with every field of §50 stage 6. */
@Entity
@Table(name = "initiative_passport")
public class InitiativePassport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "initiative_id", nullable = false)
  private Long initiativeId;

  @Column(nullable = false)
  private int version;

  @Column(nullable = false, length = 500)
  private String name;

  @Column(name = "initiator_surname", nullable = false, length = 100)
  private String initiatorSurname;

  @Column(name = "initiator_first_name", nullable = false, length = 100)
  private String initiatorFirstName;

  @Column(name = "initiator_patronymic", length = 100)
  private String initiatorPatronymic;

  @Column(name = "initiator_iin", nullable = false, length = 12)
  private String initiatorIin;

  @Column(name = "initiator_position", length = 300)
  private String initiatorPosition;

  @Column(name = "curator_name", nullable = false, length = 300)
  private String curatorName;

  @Column(nullable = false, length = 500)
  private String direction;

  @Column(name = "key_indicators", nullable = false, length = 4000)
  private String keyIndicators;

  @Column(name = "economic_effect", nullable = false, length = 4000)
  private String economicEffect;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "passport_action", joinColumns = @JoinColumn(name = "passport_id"))
  @OrderColumn(name = "row_no")
  private List<Action> actions = new ArrayList<>();

  @Column(name = "submitted_by", length = 100)
  private String submittedBy;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  protected InitiativePassport() {
  }

  InitiativePassport(Long initiativeId, int version, PassportInput input, String submittedBy, Instant submittedAt) {
    this.initiativeId = initiativeId;
    this.version = version;
    this.name = input.name();
    this.initiatorSurname = input.initiatorSurname();
    this.initiatorFirstName = input.initiatorFirstName();
    this.initiatorPatronymic = input.initiatorPatronymic();
    this.initiatorIin = input.initiatorIin();
    this.initiatorPosition = input.initiatorPosition();
    this.curatorName = input.curatorName();
    this.direction = input.direction();
    this.keyIndicators = input.keyIndicators();
    this.economicEffect = input.economicEffect();
    this.actions = new ArrayList<>(input.actions());
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt;
  }

  public int getVersion() {
    return version;
  }

  public String getName() {
    return name;
  }

  public String getInitiatorSurname() {
    return initiatorSurname;
  }

  public String getInitiatorFirstName() {
    return initiatorFirstName;
  }

  public String getInitiatorPatronymic() {
    return initiatorPatronymic;
  }

  public String getInitiatorIin() {
    return initiatorIin;
  }

  public String getInitiatorPosition() {
    return initiatorPosition;
  }

  public String getCuratorName() {
    return curatorName;
  }

  public String getDirection() {
    return direction;
  }

  public String getKeyIndicators() {
    return keyIndicators;
  }

  public String getEconomicEffect() {
    return economicEffect;
  }

  public List<Action> getActions() {
    return actions;
  }

  /** A planned action with its expected completion date. */
  @Embeddable
  public record Action(
      @Column(name = "action_name", nullable = false, length = 1000) String name,
      @Column(name = "deadline", nullable = false) LocalDate deadline) {
  }
}
