package org.opora.consilium.impl.internal.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.opora.core.api.ListItem;
import org.opora.core.api.NotFoundException;
import org.opora.core.api.PersonName;
import org.opora.core.api.ReferenceLists;
import org.opora.core.api.Sex;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.PupilCard;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.pupil.Representative;
import org.opora.core.api.staff.BodyMember;
import org.opora.core.api.staff.MemberDraft;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.api.staff.StaffService;
import org.opora.core.api.staff.StructureService;
import org.opora.platform.testing.Fakes;

/**
 * The core as the consilium's services use it, held in lists: staff members, pupils with their representatives
 * and the memberships of the consilium. Only the lookups the consilium makes are answered; any other call of the
 * core's API fails the test with an {@link AssertionError}, so a service that starts writing to the core is noticed.
 */
public final class CoreFakes {

    private final List<StaffMember> staff = new ArrayList<>();
    private final List<Pupil> pupils = new ArrayList<>();
    private final List<BodyMember> members = new ArrayList<>();
    private final Map<Long, List<Representative>> representatives = new HashMap<>();

    public StaffMember addStaff(String surname, String username, String... specialistTypes) {
        StaffMember s = new StaffMember(100 + staff.size(), new PersonName(surname, "Anna", "Petrovna"), "teacher",
                List.of(specialistTypes), username, "", "", true, 1);
        staff.add(s);
        return s;
    }

    public Pupil addPupil(String surname, Long classTeacherId, boolean archived) {
        Pupil p = new Pupil(500 + pupils.size(), new PersonName(surname, "Ivan", ""),
                LocalDate.now().minusYears(10), Sex.MALE, 7L, "5A", classTeacherId, "", archived, 1);
        pupils.add(p);
        return p;
    }

    /** A membership of the body from a year ago, without an end. */
    public BodyMember addMember(String body, StaffMember s, String role) {
        BodyMember m = new BodyMember(900 + members.size(), body, s.id(), s.name().full(), role,
                LocalDate.now().minusYears(1), null, null, "", null);
        members.add(m);
        return m;
    }

    public StaffService staffService() {
        return Fakes.of(StaffService.class, Map.of(
                "get", args -> staff.stream().filter(s -> s.id() == (long) args[0]).findFirst()
                        .orElseThrow(() -> new NotFoundException("staff", args[0])),
                "byUsername", args -> staff.stream().filter(s -> s.username().equals(args[0])).findFirst(),
                "ofType", args -> staff.stream().filter(s -> s.is((String) args[0])).toList()));
    }

    /** A legal representative on the pupil's card. */
    public Representative addRepresentative(Pupil pupil, String fullName, String relation) {
        Representative r = new Representative(700 + representatives.size(), fullName, relation, "", "", 1);
        representatives.computeIfAbsent(pupil.id(), id -> new ArrayList<>()).add(r);
        return r;
    }

    public PupilService pupilService() {
        return Fakes.of(PupilService.class, Map.of(
                "get", args -> pupil((long) args[0]),
                "card", args -> new PupilCard(pupil((long) args[0]),
                        representatives.getOrDefault((long) args[0], List.of()), List.of(), List.of(), null, "",
                        false)));
    }

    private Pupil pupil(long id) {
        return pupils.stream().filter(p -> p.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("pupil", id));
    }

    /** Memberships as the core keeps them; appointing and ending one are answered without the core's own checks. */
    public StructureService structureService() {
        return Fakes.of(StructureService.class, Map.of(
                "members", args -> members.stream().filter(m -> m.body().equals(args[0])
                        && m.activeOn((LocalDate) args[1])).toList(),
                "memberHistory", args -> members.stream().filter(m -> m.body().equals(args[0])).toList(),
                "addMember", args -> appoint((MemberDraft) args[0]),
                "endMembership", args -> end((long) args[0], (LocalDate) args[1])));
    }

    private BodyMember appoint(MemberDraft d) {
        StaffMember s = staff.stream().filter(x -> x.id() == d.staffId()).findFirst()
                .orElseThrow(() -> new NotFoundException("staff", d.staffId()));
        BodyMember m = new BodyMember(900 + members.size(), d.body(), s.id(), s.name().full(), d.role(), d.from(),
                null, d.orderId(), d.orderId() == null ? "" : "No. " + d.orderId(), null);
        members.add(m);
        return m;
    }

    private BodyMember end(long membershipId, LocalDate to) {
        for (int i = 0; i < members.size(); i++) {
            BodyMember m = members.get(i);
            if (m.id() == membershipId) {
                BodyMember ended = new BodyMember(m.id(), m.body(), m.staffId(), m.staffName(), m.role(), m.from(), to,
                        m.orderId(), m.orderNumber(), m.orderDate());
                members.set(i, ended);
                return ended;
            }
        }
        throw new NotFoundException("body-member", membershipId);
    }

    public ReferenceLists referenceLists() {
        return Fakes.of(ReferenceLists.class, Map.of(
                "items", args -> List.of(new ListItem("psychologist", "Psychologist"),
                        new ListItem("social-pedagogue", "Social pedagogue"))));
    }
}
