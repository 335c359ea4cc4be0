package org.opora.core.support.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.ListItem;
import org.opora.core.api.NotFoundException;
import org.opora.core.api.PersonName;
import org.opora.core.api.ReferenceLists;
import org.opora.core.api.School;
import org.opora.core.api.SchoolService;
import org.opora.core.api.Sex;
import org.opora.core.api.agency.Agency;
import org.opora.core.api.agency.AgencyService;
import org.opora.core.api.document.Attachment;
import org.opora.core.api.document.DocumentDraft;
import org.opora.core.api.document.DocumentRecord;
import org.opora.core.api.document.DocumentRegister;
import org.opora.core.api.agency.Interaction;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.PupilCard;
import org.opora.core.api.pupil.PupilQuery;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.pupil.Representative;
import org.opora.core.api.staff.BodyMember;
import org.opora.core.api.staff.MemberDraft;
import org.opora.core.api.staff.Order;
import org.opora.core.api.staff.OrderService;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.api.staff.StaffService;
import org.opora.core.api.staff.StructureService;
import org.opora.platform.testing.Fakes;

/**
 * The core as the modules' services use it in their tests, held in lists: staff members, pupils with their
 * representatives and status flags, the memberships of bodies, the register of orders and the interactions with
 * agencies. Only the lookups the modules make are answered (with {@link Fakes}); any other call of the core's API
 * fails the test with an {@link AssertionError}, so a service that starts writing to the core is noticed.
 */
public final class CoreFakes {

    private final List<StaffMember> staff = new ArrayList<>();
    private final List<Pupil> pupils = new ArrayList<>();
    private final List<BodyMember> members = new ArrayList<>();
    private final Map<Long, List<Representative>> representatives = new HashMap<>();
    private final Map<Long, Set<String>> flags = new HashMap<>();
    private final List<Order> orders = new ArrayList<>();
    private final List<Interaction> interactions = new ArrayList<>();
    private final List<DocumentRecord> documents = new ArrayList<>();
    private final Map<Long, byte[]> files = new HashMap<>();

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

    /** Sets a status flag on the pupil, active today. */
    public void setFlag(Pupil pupil, String flag) {
        flags.computeIfAbsent(pupil.id(), id -> new HashSet<>()).add(flag);
    }

    /** Pupils by id, their cards, and the search by name and by a flag active today. */
    public PupilService pupilService() {
        return Fakes.of(PupilService.class, Map.of(
                "get", args -> pupil((long) args[0]),
                "card", args -> new PupilCard(pupil((long) args[0]),
                        representatives.getOrDefault((long) args[0], List.of()), List.of(), List.of(), null, "",
                        false),
                "find", args -> find((PupilQuery) args[0]),
                "ofClass", args -> pupils.stream().filter(p -> !p.archived() && args[0].equals(p.classId()))
                        .toList(),
                "expectedGraduation", args -> java.util.Optional.empty()));
    }

    private List<Pupil> find(PupilQuery q) {
        return pupils.stream().filter(p -> p.archived() == q.archived())
                .filter(p -> q.flag().isEmpty() || flags.getOrDefault(p.id(), Set.of()).contains(q.flag()))
                .filter(p -> p.name().full().toLowerCase(Locale.ROOT).contains(q.text().toLowerCase(Locale.ROOT)))
                .toList();
    }

    /** An order in the register. */
    public Order addOrder(String number, LocalDate date) {
        Order o = new Order(300 + orders.size(), number, date, "On patronage", "", 1);
        orders.add(o);
        return o;
    }

    public OrderService orderService() {
        return Fakes.of(OrderService.class, Map.of(
                "get", args -> orders.stream().filter(o -> o.id() == (long) args[0]).findFirst()
                        .orElseThrow(() -> new NotFoundException("order", args[0]))));
    }

    /** An interaction with an agency about the pupil, as the core's log keeps it. */
    public Interaction addInteraction(Pupil pupil, String agency, LocalDate date, String subject) {
        Interaction i = new Interaction(600 + interactions.size(), date, 1, agency, pupil.id(), pupil.name().full(),
                subject, "", "", null, "system", 1);
        interactions.add(i);
        return i;
    }

    /** The interactions by agency and pupil, newest first; one agency of the kind {@code kdn}. */
    public AgencyService agencyService() {
        return Fakes.of(AgencyService.class, Map.of(
                "interactions", args -> interactions.stream()
                        .filter(i -> args[0] == null || args[0].equals(i.agencyId()))
                        .filter(i -> args[1] == null || args[1].equals(i.pupilId()))
                        .sorted(Comparator.comparing(Interaction::date).reversed()).toList(),
                "agencies", args -> "kdn".equals(args[0])
                        ? List.of(new Agency(1, "kdn", "District KDN", "", "", "", "", true, 1)) : List.of()));
    }

    /** The school: "School No. 41", its director Khudyakov. */
    public SchoolService schoolService() {
        return Fakes.of(SchoolService.class, Map.of(
                "school", args -> new School("School No. 41", "41", "", null, "Khudyakov O. B.",
                        AcademicYear.containing(LocalDate.now()), 1)));
    }

    /**
     * The document register: adding a document numbers it, its file may be replaced and read, and a document withdrawn
     * is gone with its file.
     */
    public DocumentRegister documentRegister() {
        return Fakes.of(DocumentRegister.class, Map.of(
                "add", args -> register((DocumentDraft) args[0], (Attachment) args[1]),
                "replaceFile", args -> replace((long) args[0], (Attachment) args[2]),
                "withdraw", args -> withdraw((long) args[0]),
                "get", args -> document((long) args[0]),
                "file", args -> new Attachment("file.pdf", "application/pdf", files.get((long) args[0]))));
    }

    /** The documents registered so far, in order. */
    public List<DocumentRecord> documents() {
        return List.copyOf(documents);
    }

    /** The file of a registered document. */
    public byte[] file(long documentId) {
        return files.get(documentId).clone();
    }

    private DocumentRecord register(DocumentDraft d, Attachment file) {
        DocumentRecord r = new DocumentRecord(800 + documents.size(), d.type(), d.title(), d.authorId(), "", d.year(),
                "", null, file.fileName(), file.contentType(), file.content().length, java.time.Instant.now(),
                "system", 1);
        documents.add(r);
        files.put(r.id(), file.content());
        return r;
    }

    private DocumentRecord replace(long documentId, Attachment file) {
        DocumentRecord old = document(documentId);
        DocumentRecord r = new DocumentRecord(old.id(), old.type(), old.title(), old.authorId(), old.author(),
                old.year(), "", null, file.fileName(), file.contentType(), file.content().length, old.addedAt(),
                old.addedBy(), old.version() + 1);
        documents.set(documents.indexOf(old), r);
        files.put(documentId, file.content());
        return r;
    }

    private Void withdraw(long documentId) {
        documents.remove(document(documentId));
        files.remove(documentId);
        return null;
    }

    private DocumentRecord document(long documentId) {
        return documents.stream().filter(d -> d.id() == documentId).findFirst()
                .orElseThrow(() -> new NotFoundException("document", documentId));
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

    /** Two specialist types for any list; a code's label is the code in capitals. */
    public ReferenceLists referenceLists() {
        return Fakes.of(ReferenceLists.class, Map.of(
                "items", args -> List.of(new ListItem("psychologist", "Psychologist"),
                        new ListItem("social-pedagogue", "Social pedagogue")),
                "label", args -> ((String) args[1]).toUpperCase(Locale.ROOT)));
    }
}
