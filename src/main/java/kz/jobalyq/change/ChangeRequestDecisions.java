package kz.jobalyq.change;

import java.util.List;
import java.util.Optional;
import kz.jobalyq.change.ChangeRequestDecision.Step;
import kz.jobalyq.system.persistence.TransactionMemo;
import org.springframework.stereotype.Component;

/**
 * A request's decisions, read once per transaction: the last approval's engine command concludes the approval,
 * applies the change (naming who approved it) and files the change sheet (listing every decision), and each of
 * them would otherwise read the same rows again. Every decision is saved here, so a list kept for the transaction
 * is never missing one.
 */
@Component
class ChangeRequestDecisions {

  private final ChangeRequestDecisionRepository repository;
  private final TransactionMemo<List<ChangeRequestDecision>> found = new TransactionMemo<>();

  ChangeRequestDecisions(ChangeRequestDecisionRepository repository) {
    this.repository = repository;
  }

  /** Approvals before stop-report agreements, latest round first, each in the order given. */
  List<ChangeRequestDecision> of(Long changeRequestId) {
    return found.get(changeRequestId,
        () -> Optional.of(repository.findByChangeRequestIdOrderByStepAscRoundDescIdAsc(changeRequestId)),
        decisions -> List.of(changeRequestId)).orElseThrow();
  }

  /** The answers of one step's round, in the order given. */
  List<ChangeRequestDecision> of(Long changeRequestId, Step step, int round) {
    return of(changeRequestId).stream()
        .filter(decision -> decision.getStep() == step && decision.getRound() == round).toList();
  }

  void save(ChangeRequestDecision decision) {
    repository.save(decision);
    found.forget(decision.getChangeRequestId());
  }
}
