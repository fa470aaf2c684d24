package kz.jobalyq.planning.programme;

import java.util.Arrays;
import java.util.List;

/**
 * One row of {@code dmn/planning-document-routing.dmn}: which launch steps a document type goes through and which
 * bodies agree and approve it (A1 §28–31, §38–40, §48–50; A2 §80, §87–88, §110).
 */
public record DocumentRouting(boolean justificationRequired, boolean regionalReview, boolean publicDiscussion,
    String agreementGroups, String approverGroup, String actionPlanGroup) {

  /** The agreeing groups, each of which gets its own agreement task. */
  public List<String> agreementGroupList() {
    return Arrays.stream(agreementGroups.split(",")).map(String::strip).filter(group -> !group.isEmpty()).toList();
  }
}
