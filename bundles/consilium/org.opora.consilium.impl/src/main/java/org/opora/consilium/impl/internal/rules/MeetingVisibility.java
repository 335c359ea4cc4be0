package org.opora.consilium.impl.internal.rules;

import java.time.LocalDate;
import java.util.List;

import org.opora.consilium.api.meeting.MeetingAccess;
import org.opora.core.api.staff.Bodies;
import org.opora.core.api.staff.BodyMember;
import org.opora.core.api.staff.BodyRoles;

/**
 * Who may see and keep a meeting (regulation 002 and the confidentiality of consilium records: visible only to the
 * people who take part and to those the regulation names). Keep: {@code consilium.meeting.manage}, the meeting's
 * chair or secretary, or the consilium's chair, deputy chair or secretary (by the roles' configured meanings) on
 * the meeting's day or today. Read:
 * {@code consilium.meeting.read-all} (the director, the head of service), any member of the consilium on the
 * meeting's day or today, a staff participant, or a specialist asked for a presentation. Nobody else.
 */
public final class MeetingVisibility {

    /**
     * The facts about the current user and one meeting.
     *
     * @param system      no signed-in user: the platform itself
     * @param manage      holds {@code consilium.meeting.manage}
     * @param readAll     holds {@code consilium.meeting.read-all}
     * @param staffId     the user's staff record, or {@code null}
     * @param memberships the user's memberships of the consilium, any period
     * @param participant the user is a staff participant of the meeting
     * @param presenter   the user was asked for a presentation in the meeting
     * @param roles       what the roles of the memberships mean (a school's chair may be called otherwise)
     */
    public record Facts(boolean system, boolean manage, boolean readAll, Long staffId, List<BodyMember> memberships,
            LocalDate meetingDay, LocalDate today, Long chairId, Long secretaryId, boolean participant,
            boolean presenter, BodyRoles roles) {

        public Facts {
            memberships = List.copyOf(memberships);
            roles = roles == null ? Bodies.builtIn() : roles;
        }
    }

    private MeetingVisibility() {
    }

    public static MeetingAccess access(Facts f) {
        if (f.system() || f.manage()) {
            return MeetingAccess.KEEP;
        }
        if (f.staffId() != null && (f.staffId().equals(f.chairId()) || f.staffId().equals(f.secretaryId()))) {
            return MeetingAccess.KEEP;
        }
        if (f.roles().keeperOn(f.memberships(), f.meetingDay()) || f.roles().keeperOn(f.memberships(), f.today())) {
            return MeetingAccess.KEEP;
        }
        if (f.readAll() || Bodies.memberOn(f.memberships(), f.meetingDay())
                || Bodies.memberOn(f.memberships(), f.today()) || f.participant() || f.presenter()) {
            return MeetingAccess.READ;
        }
        return MeetingAccess.NONE;
    }
}
