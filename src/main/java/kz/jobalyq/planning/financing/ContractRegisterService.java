package kz.jobalyq.planning.financing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.jobalyq.planning.financing.FinancingAgreementProcess.Vars;
import kz.jobalyq.planning.financing.FinancingInputs.ContractInput;
import kz.jobalyq.planning.financing.FinancingInputs.PaymentInput;
import kz.jobalyq.system.i18n.Messages;
import kz.jobalyq.system.web.ConflictException;
import kz.jobalyq.system.web.NotFoundException;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contract register of the agreement and the Commission's payments (GC 6, GC 19.2, TAP §13): which
 * contracts may still be signed ({@code dmn/contract-signing-cutoff.dmn}), and the 3-year payment rule.
 */
@Service
@Transactional
public class ContractRegisterService {

  private final FinancingAgreementService agreements;
  private final FinancedContractRepository contracts;
  private final ContractPaymentRepository payments;
  private final DecisionService decisions;
  private final Clock clock;

  public ContractRegisterService(FinancingAgreementService agreements, FinancedContractRepository contracts,
      ContractPaymentRepository payments, DecisionService decisions, Clock clock) {
    this.agreements = agreements;
    this.contracts = contracts;
    this.payments = payments;
    this.decisions = decisions;
    this.clock = clock;
  }

  /** What the signing cut-off table answered for a contract. */
  public record CutoffAnswer(boolean allowed, String reason) {
  }

  /**
   * Registers a signed contract. Bad input is refused with every wrong field (400); a contract the cut-off
   * table refuses, a duplicate, or one over the EU contribution is refused with the reason (409). Nothing is
   * stored then. A stored contract starts its 3-year payment watch in the agreement's process.
   */
  public FinancedContract register(String agreementNumber, ContractInput input, String by) {
    InputErrors errors = new InputErrors();
    String reference = errors.required("reference", input.reference(), 100);
    ContractType type = errors.oneOf("type", input.type(), ContractType.class);
    String title = errors.required("title", input.title(), 500);
    String contractor = errors.required("contractor", input.contractor(), 500);
    BigDecimal amount = errors.amount("amount", input.amount(), type == ContractType.ADDENDUM);
    LocalDate signedOn = errors.date("signedOn", input.signedOn());
    String parentReference = errors.optional("parentReference", input.parentReference(), 100);
    LocalDate today = agreements.today();
    if (signedOn != null) {
      errors.check(!signedOn.isAfter(today), "signedOn", "financing.date.future");
    }
    if (type == ContractType.ADDENDUM) {
      errors.check(parentReference != null, "parentReference", "financing.contract.parentRequired");
    } else if (type != null) {
      errors.check(parentReference == null, "parentReference", "financing.contract.parentOnlyForAddendum");
    }
    errors.throwIfAny();

    FinancingAgreement agreement = agreements.lock(agreementNumber);
    checkTakesContracts(agreement);
    errors.check(!signedOn.isBefore(agreement.getEntryIntoForceOn()), "signedOn",
        "financing.contract.beforeEntryIntoForce", agreement.getEntryIntoForceOn());
    FinancedContract parent = null;
    if (parentReference != null) {
      parent = contracts.findByAgreementIdAndReference(agreement.getId(), parentReference).orElse(null);
      errors.check(parent != null, "parentReference", "financing.contract.unknown", parentReference);
      if (parent != null) {
        errors.check(parent.getType() != ContractType.ADDENDUM, "parentReference",
            "financing.contract.parentIsAddendum");
      }
    }
    errors.throwIfAny();
    if (parent != null && parent.getStatus() == ContractStatus.AUTO_TERMINATED) {
      throw new ConflictException(Messages.text("financing.contract.parentTerminated", parentReference,
          parent.getTerminatedOn()));
    }
    if (contracts.findByAgreementIdAndReference(agreement.getId(), reference).isPresent()) {
      throw new ConflictException(Messages.text("financing.contract.duplicate", reference));
    }
    CutoffAnswer cutoff = cutoffAnswer(type, signedOn.isAfter(agreement.getCutoffOn()));
    if (!cutoff.allowed()) {
      // The refusing row of the table says GC 6.1; its words (Kazakh only) stay on the contracts it allows.
      throw new ConflictException(Messages.text("financing.contract.afterCutoff", type.name(), signedOn,
          agreement.getCutoffOn()));
    }
    BigDecimal committed = committed(agreement);
    if (committed.add(amount).compareTo(agreement.getEuContribution()) > 0) {
      throw new ConflictException(Messages.text("financing.contract.overContribution",
          committed.add(amount).toPlainString(), agreement.getEuContribution().toPlainString()));
    }
    FinancedContract contract = contracts.saveAndFlush(new FinancedContract(agreement.getId(), reference, type, title,
        contractor, amount, signedOn, parent == null ? null : parent.getId(), cutoff.reason(), by, clock.instant()));
    Map<String, Object> locals = new HashMap<>();
    locals.put(Vars.CONTRACT_ID, contract.getId());
    locals.put(Vars.CONTRACT_REFERENCE, contract.getReference());
    locals.put(Vars.PAYMENTS_EXPECTED, type.receivesPayments());
    locals.put(Vars.PAYMENT_DEADLINE,
        contract.getPaymentDeadlineOn() == null ? null : agreements.endOf(contract.getPaymentDeadlineOn()));
    locals.put(Vars.CONTRACT_PAID, false);
    agreements.correlate(FinancingAgreementProcess.MESSAGE_CONTRACT_REGISTERED, agreement, locals);
    return contract;
  }

  /** {@code dmn/contract-signing-cutoff.dmn}: may a contract of this type be signed on that side of M36? */
  public CutoffAnswer cutoffAnswer(ContractType type, boolean signedAfterCutoff) {
    Map<String, Object> result = decisions.evaluateDecisionTableByKey(FinancingAgreementProcess.DECISION_CUTOFF,
        Variables.createVariables().putValue("contractType", type.name())
            .putValue("signedAfterCutoff", signedAfterCutoff))
        .getSingleResult().getEntryMap();
    return new CutoffAnswer(Boolean.TRUE.equals(result.get("allowed")), String.valueOf(result.get("reason")));
  }

  private static void checkTakesContracts(FinancingAgreement agreement) {
    AgreementStatus status = agreement.getStatus();
    if (status == AgreementStatus.SUSPENDED) {
      throw new ConflictException(Messages.text("financing.agreement.suspendedNoContracts", agreement.getNumber()));
    }
    if (status.isEnded() || status == AgreementStatus.EXPIRED) {
      throw new ConflictException(Messages.text("financing.agreement.ended", status.displayName(),
          agreement.getNumber()));
    }
  }

  /** What the contracts bind of the EU contribution. */
  private BigDecimal committed(FinancingAgreement agreement) {
    BigDecimal total = BigDecimal.ZERO;
    for (FinancedContract contract : contracts.findByAgreementIdOrderBySignedOnAscIdAsc(agreement.getId())) {
      total = total.add(contract.binds(paid(contract)));
    }
    return total;
  }

  // --- the 3-year payment rule (GC 6.5) ---

  public FinancedContract requireContract(Long contractId) {
    return contracts.findById(contractId)
        .orElseThrow(() -> new NotFoundException(Messages.text("financing.contract.notFound",
            String.valueOf(contractId))));
  }

  /** Was anything paid on the contract within 3 years of its signature? */
  public boolean paidInTime(Long contractId) {
    FinancedContract contract = requireContract(contractId);
    return payments.existsByContractIdAndPaidOnLessThanEqual(contractId, contract.getPaymentDeadlineOn());
  }

  /** No payment within 3 years of signature: the contract terminates and its funding is cancelled. */
  public void terminateUnpaid(Long contractId) {
    FinancedContract contract = requireContract(contractId);
    contract.terminate(contract.getPaymentDeadlineOn());
  }

  // --- payments ---

  /**
   * Records a payment the Commission made on a contract. Bad input: 400 naming the fields; a terminated
   * contract or agreement, or a payment above the contract's amount with its addenda: 409.
   */
  public ContractPayment recordPayment(String agreementNumber, PaymentInput input, String by) {
    InputErrors errors = new InputErrors();
    String contractReference = errors.required("contractReference", input.contractReference(), 100);
    String paymentReference = errors.required("paymentReference", input.paymentReference(), 100);
    BigDecimal amount = errors.amount("amount", input.amount(), false);
    LocalDate paidOn = errors.date("paidOn", input.paidOn());
    if (paidOn != null) {
      errors.check(!paidOn.isAfter(agreements.today()), "paidOn", "financing.date.future");
    }
    errors.throwIfAny();
    FinancingAgreement agreement = agreements.lock(agreementNumber);
    if (agreement.getStatus().isEnded()) {
      throw new ConflictException(Messages.text("financing.agreement.ended", agreement.getStatus().displayName(),
          agreementNumber));
    }
    FinancedContract contract = contracts.findByAgreementIdAndReference(agreement.getId(), contractReference)
        .orElse(null);
    errors.check(contract != null, "contractReference", "financing.contract.unknown", contractReference);
    if (contract != null) {
      errors.check(contract.getType().receivesPayments(), "contractReference", "financing.payment.onAddendum");
      errors.check(!paidOn.isBefore(contract.getSignedOn()), "paidOn", "financing.payment.beforeSigned",
          contract.getSignedOn());
    }
    errors.throwIfAny();
    if (contract.getStatus() == ContractStatus.AUTO_TERMINATED
        || (contract.getStatus() == ContractStatus.SIGNED && paidOn.isAfter(contract.getPaymentDeadlineOn()))) {
      throw new ConflictException(Messages.text("financing.payment.unpaidContract", contractReference,
          contract.getPaymentDeadlineOn()));
    }
    BigDecimal ceiling = contractValue(contract);
    BigDecimal afterPayment = paid(contract).add(amount);
    if (afterPayment.compareTo(ceiling) > 0) {
      throw new ConflictException(Messages.text("financing.payment.overContract", contractReference,
          afterPayment.toPlainString(), ceiling.toPlainString()));
    }
    ContractPayment payment = payments.saveAndFlush(new ContractPayment(agreement.getId(), contract.getId(),
        paymentReference, amount, paidOn, by, clock.instant()));
    agreements.correlate(FinancingAgreementProcess.MESSAGE_PAYMENT_RECORDED, agreement,
        Map.of(Vars.PAYMENT_ID, payment.getId()));
    return payment;
  }

  /** The payment reached the process: the contract is in payment. */
  public void applyPayment(Long paymentId) {
    ContractPayment payment = payments.findById(paymentId)
        .orElseThrow(() -> new NotFoundException(Messages.text("financing.payment.notFound",
            String.valueOf(paymentId))));
    requireContract(payment.getContractId()).markInPayment();
  }

  /** The contract's amount with its addenda. */
  public BigDecimal contractValue(FinancedContract contract) {
    return contract.valueWith(contracts.findByParentContractId(contract.getId()));
  }

  public BigDecimal paid(FinancedContract contract) {
    return ContractPayment.total(payments.findByContractIdOrderByPaidOnAscIdAsc(contract.getId()));
  }

  // --- reading ---

  public List<FinancedContract> contractsOf(FinancingAgreement agreement) {
    return contracts.findByAgreementIdOrderBySignedOnAscIdAsc(agreement.getId());
  }

  public List<ContractPayment> paymentsOf(FinancingAgreement agreement) {
    return payments.findByAgreementIdOrderByPaidOnAscIdAsc(agreement.getId());
  }
}
