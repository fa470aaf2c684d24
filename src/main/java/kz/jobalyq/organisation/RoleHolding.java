package kz.jobalyq.organisation;

/** One appointment to a role, with the unit it is held on (one of the four ids is set). */
public record RoleHolding(String userId, Long projectId, Long projectGroupId, Long baseDirectionId, Long programmeId) {
}
