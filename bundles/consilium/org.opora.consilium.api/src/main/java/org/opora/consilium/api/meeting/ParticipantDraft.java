package org.opora.consilium.api.meeting;

/**
 * A participant to add: a staff member by id (name and position are taken from the core), or an external
 * specialist by name, position and organisation (all required).
 */
public record ParticipantDraft(Long staffId, String name, String position, String organisation) {

    public static ParticipantDraft staff(long staffId) {
        return new ParticipantDraft(staffId, null, null, null);
    }

    public static ParticipantDraft external(String name, String position, String organisation) {
        return new ParticipantDraft(null, name, position, organisation);
    }
}
