package org.opora.programmes.impl.internal.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.opora.consilium.api.ConsiliumOfficers;
import org.opora.core.api.AcademicYear;
import org.opora.core.api.ListItem;
import org.opora.core.api.NotFoundException;
import org.opora.core.api.PersonName;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.ReferenceLists;
import org.opora.core.api.Sex;
import org.opora.core.api.pupil.ClassService;
import org.opora.core.api.pupil.FlagPeriod;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.PupilCard;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.pupil.Representative;
import org.opora.core.api.pupil.SchoolClass;
import org.opora.core.api.staff.Bodies;
import org.opora.core.api.staff.BodyMember;
import org.opora.core.api.staff.Order;
import org.opora.core.api.staff.OrderService;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.api.staff.StaffService;
import org.opora.platform.testing.Fakes;

/**
 * The core (and the consilium's officers) as the programmes' services use them, held in lists: staff members,
 * classes, pupils with their parents and status flags, orders of the register, and the memberships of the
 * consilium. Only the lookups the programmes make are answered; any other call of these APIs fails the test, so a
 * service that starts writing to the core is noticed.
 */
public final class CoreFakes {

    private final List<StaffMember> staff = new ArrayList<>();
    private final List<SchoolClass> classes = new ArrayList<>();
    private final List<Pupil> pupils = new ArrayList<>();
    private final Map<Long, LocalDate> graduations = new java.util.HashMap<>();
    private final Map<Long, List<Representative>> parents = new HashMap<>();
    private final Map<Long, List<FlagPeriod>> flags = new HashMap<>();
    private final List<Order> orders = new ArrayList<>();
    private final List<BodyMember> consilium = new ArrayList<>();

    /** An active staff member with the login. */
    public StaffMember addStaff(String surname, String username, String... specialistTypes) {
        StaffMember s = new StaffMember(100 + staff.size(), new PersonName(surname, "Anna", "Petrovna"),
                "specialist", List.of(specialistTypes), username, "", "", true, 1);
        staff.add(s);
        return s;
    }

    /** A staff member who has left: kept for the records, refused as a choice in a form. */
    public StaffMember addFormerStaff(String surname) {
        StaffMember s = new StaffMember(100 + staff.size(), new PersonName(surname, "Olga", "Ivanovna"), "teacher",
                List.of(), "", "", "", false, 1);
        staff.add(s);
        return s;
    }

    /** A class of this year led by the teacher. */
    public SchoolClass addClass(int grade, String letter, StaffMember teacher) {
        SchoolClass c = new SchoolClass(300 + classes.size(), AcademicYear.containing(LocalDate.now()), grade, letter,
                teacher.id(), teacher.name().full(), 0, 1);
        classes.add(c);
        return c;
    }

    /** A pupil of the class, fifteen years old, with a mother on the card. */
    public Pupil addPupil(String surname, SchoolClass c) {
        Pupil p = new Pupil(500 + pupils.size(), new PersonName(surname, "Ivan", "Petrovich"),
                LocalDate.now().minusYears(15), Sex.MALE, c.id(), c.name(), c.classTeacherId(), c.classTeacher(),
                false, 1);
        pupils.add(p);
        parents.computeIfAbsent(p.id(), id -> new ArrayList<>()).add(new Representative(700 + parents.size(),
                surname + "a Maria Ivanovna", "mother", "", "", 1));
        return p;
    }

    /** A pupil who has left the school. */
    public Pupil addArchivedPupil(String surname) {
        Pupil p = new Pupil(500 + pupils.size(), new PersonName(surname, "Petr", ""), LocalDate.now().minusYears(12),
                Sex.MALE, null, "", null, "", true, 1);
        pupils.add(p);
        return p;
    }

    /** A status flag set on the pupil a month ago and not cleared. */
    public void flag(Pupil p, String flag) {
        flags.computeIfAbsent(p.id(), id -> new ArrayList<>()).add(new FlagPeriod(800 + flags.size(), flag,
                LocalDate.now().minusMonths(1), null, "", "admin", ""));
    }

    /** An order of the core's register. */
    public Order addOrder(String number, LocalDate date) {
        Order o = new Order(600 + orders.size(), number, date, "Order " + number, "", 1);
        orders.add(o);
        return o;
    }

    /** A membership of the consilium from a year ago, without an end. */
    public BodyMember addMember(StaffMember s, String role) {
        BodyMember m = new BodyMember(900 + consilium.size(), Bodies.CONSILIUM, s.id(), s.name().full(), role,
                LocalDate.now().minusYears(1), null, null, "", null);
        consilium.add(m);
        return m;
    }

    public StaffService staffService() {
        return Fakes.of(StaffService.class, Map.of(
                "get", args -> find(staff, s -> s.id() == (long) args[0], "staff", args[0]),
                "byUsername", args -> staff.stream().filter(s -> s.username().equals(args[0])).findFirst()));
    }

    public PupilService pupilService() {
        return Fakes.of(PupilService.class, Map.of(
                "get", args -> pupil((long) args[0]),
                "card", args -> new PupilCard(pupil((long) args[0]), parents.getOrDefault((long) args[0], List.of()),
                        flags.getOrDefault((long) args[0], List.of()), List.of(), null, "", false),
                "ofClass", args -> pupils.stream().filter(p -> p.classId() != null && p.classId() == (long) args[0]
                        && !p.archived()).toList(),
                "expectedGraduation", args -> java.util.Optional.ofNullable(graduations.get((long) args[0])),
                "find", args -> find((org.opora.core.api.pupil.PupilQuery) args[0])));
    }

    /** The current or archived pupils with the flag active today, as the query asks (text and class ignored). */
    private List<Pupil> find(org.opora.core.api.pupil.PupilQuery q) {
        LocalDate today = LocalDate.now();
        return pupils.stream().filter(p -> p.archived() == q.archived())
                .filter(p -> q.flag().isEmpty() || flags.getOrDefault(p.id(), List.of()).stream()
                        .anyMatch(f -> f.flag().equals(q.flag()) && f.activeOn(today)))
                .toList();
    }

    /** The core expects the pupil to finish school on the day (their grade reaches the school's highest). */
    public void graduates(Pupil p, LocalDate on) {
        graduations.put(p.id(), on);
    }

    private Pupil pupil(long id) {
        return find(pupils, p -> p.id() == id, "pupil", id);
    }

    public ClassService classService() {
        return Fakes.of(ClassService.class, Map.of(
                "get", args -> find(classes, c -> c.id() == (long) args[0], "class", args[0])));
    }

    public OrderService orderService() {
        return Fakes.of(OrderService.class, Map.of(
                "get", args -> find(orders, o -> o.id() == (long) args[0], "order", args[0])));
    }

    /** The core's lists; the pupils' flags labelled in English. */
    public ReferenceLists referenceLists() {
        return Fakes.of(ReferenceLists.class, Map.of(
                "items", args -> args[0] == ReferenceList.PUPIL_FLAGS ? List.of(new ListItem("ovz", "OVZ"),
                        new ListItem("disabled", "Disabled child"), new ListItem("gifted", "Gifted"),
                        new ListItem("special-needs", "Special needs"), new ListItem("at-risk", "At risk"))
                        : args[0] == ReferenceList.DIRECTIONS ? List.of(new ListItem("diagnostics", "Diagnostics"),
                                new ListItem("correction", "Correction"), new ListItem("counselling", "Counselling"),
                                new ListItem("prevention", "Prevention"),
                                new ListItem("social-protection", "Social protection"))
                        : List.of()));
    }

    /** Who holds which role in the consilium, as the consilium module answers it. */
    public ConsiliumOfficers officers() {
        return Fakes.of(ConsiliumOfficers.class, Map.of(
                "body", args -> Bodies.CONSILIUM,
                "membershipsOf", args -> consilium.stream().filter(m -> m.staffId() == (long) args[0]).toList(),
                "chair", args -> Bodies.holder(consilium, Bodies.CHAIR, (LocalDate) args[0])));
    }

    private static <T> T find(List<T> records, Predicate<T> which, String type, Object id) {
        return records.stream().filter(which).findFirst().orElseThrow(() -> new NotFoundException(type, id));
    }
}
