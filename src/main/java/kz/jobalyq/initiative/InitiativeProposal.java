package kz.jobalyq.initiative;

/** A proposal as the project office or an initiator submits it (§48). */
public record InitiativeProposal(String title, String projectGroupCode, String initiatorName, String description,
    InitiativeLevel level) {
}
