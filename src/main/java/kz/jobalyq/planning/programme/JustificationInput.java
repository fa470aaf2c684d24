package kz.jobalyq.planning.programme;

import java.math.BigDecimal;

/**
 * The start form: the document's identity and, for a state programme, the justification of the need to develop
 * it (A2 §80.1: name; goal, tasks and ways; co-executors and deadlines; link to higher documents; duplication
 * analysis; expected socio-economic effect; funding sources and volumes).
 */
public record JustificationInput(PlanningDocumentType documentType, String name, String developerBody,
    boolean regionalPart, Integer periodStartYear, Integer periodEndYear, String goal, String tasksAndWays,
    String coExecutors, String higherDocumentsLink, String duplicationAnalysis, String expectedEffect,
    String fundingSources, BigDecimal fundingVolume) {
}
