package org.opora.core.demo.internal;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.seed.SeedClass;
import org.opora.core.api.seed.SeedHead;
import org.opora.core.api.seed.SeedMember;
import org.opora.core.api.seed.SeedStaff;
import org.opora.core.api.staff.Bodies;
import org.opora.core.api.staff.OrderDraft;

/**
 * The director's orders of the current year (dated from late August, never after today), the head of the support
 * service appointed by one of them (000 section 1.4) and the members of the functional bodies (000 section 4).
 */
final class StructureGenerator {

    private static final String PRIMARY_CLASS_TEACHER = "@primary-class-teacher";
    private static final String SECONDARY_CLASS_TEACHER = "@secondary-class-teacher";

    /** The orders by date, the head's appointment and the members of the bodies. */
    record Result(List<OrderDraft> orders, SeedHead head, List<SeedMember> members) {
    }

    private final DemoWords words;
    private final Random rnd;
    private final LocalDate today;
    private final AcademicYear year;
    private final Map<String, SeedStaff> staff = new HashMap<>();

    StructureGenerator(DemoWords words, Random rnd, LocalDate today) {
        this.words = words;
        this.rnd = rnd;
        this.today = today;
        this.year = AcademicYear.containing(today);
    }

    Result generate(List<SeedStaff> people, List<SeedClass> classes) {
        people.forEach(p -> staff.put(p.key(), p));
        List<String[]> rows = memberRows(classes);
        String mentor = people.stream().filter(p -> p.draft().specialistTypes().contains(StaffGenerator.MENTOR))
                .map(SeedStaff::key).findFirst().orElse(StaffGenerator.DEPUTY);
        String label = year.label();
        Map<String, OrderDraft> orders = new HashMap<>();
        List<OrderDraft> byDate = new ArrayList<>();
        int number = 96 + rnd.nextInt(40);
        String[][] specs = {
            {"plan", "8", "28", label, label, ""},
            {"head", "8", "29", "", full(StaffGenerator.HEAD), position(StaffGenerator.HEAD)},
            {"consilium", "8", "30", label, initials(keyOf(rows, Bodies.CONSILIUM, Bodies.CHAIR)),
                initials(keyOf(rows, Bodies.CONSILIUM, Bodies.SECRETARY))},
            {"prevention", "8", "30", "", initials(keyOf(rows, "prevention-council", Bodies.CHAIR)), ""},
            {"services", "8", "31", "", "", ""},
            {"coordinator", "9", "2", "", full(StaffGenerator.DEPUTY), ""},
            {"mentor", "9", "5", label, full(mentor), ""},
            {"curators", "9", "16", "", "", ""},
        };
        for (String[] spec : specs) {
            LocalDate nominal = LocalDate.of(year.startYear(), Month.of(Integer.parseInt(spec[1])),
                    Integer.parseInt(spec[2]));
            LocalDate date = Days.workday(Days.min(nominal, today), LocalDate.MIN, today);
            OrderDraft order = new OrderDraft(number + words.text("order.suffix"), date,
                    words.text("order." + spec[0] + ".title", spec[3]),
                    words.text("order." + spec[0] + ".subject", spec[4], spec[5]));
            number += 1 + rnd.nextInt(4);
            orders.put(spec[0], order);
            byDate.add(order);
        }
        OrderDraft headOrder = orders.get("head");
        SeedHead head = new SeedHead(StaffGenerator.HEAD, headOrder.number(), from(headOrder));
        List<SeedMember> members = new ArrayList<>();
        for (String[] row : rows) {
            OrderDraft order = orders.get(row[3]);
            members.add(new SeedMember(row[0], row[2], row[1], from(order), order.number()));
        }
        return new Result(List.copyOf(byDate), head, members);
    }

    /** The rows of members.txt with the class teachers drawn, each person once in a body. */
    private List<String[]> memberRows(List<SeedClass> classes) {
        List<String> primary = classes.stream().filter(c -> c.grade() <= StaffGenerator.HIGHEST_PRIMARY_GRADE)
                .map(SeedClass::classTeacherKey).toList();
        List<String> secondary = classes.stream().filter(c -> c.grade() > StaffGenerator.HIGHEST_PRIMARY_GRADE)
                .map(SeedClass::classTeacherKey).toList();
        Set<String> taken = new HashSet<>();
        List<String[]> rows = new ArrayList<>();
        for (String[] row : words.table("members.txt", 4)) {
            String key = switch (row[2]) {
                case PRIMARY_CLASS_TEACHER -> draw(primary, row[0], taken);
                case SECONDARY_CLASS_TEACHER -> draw(secondary, row[0], taken);
                default -> row[2];
            };
            if (!staff.containsKey(key)) {
                throw new IllegalStateException("members.txt names an unknown staff key: " + key);
            }
            taken.add(row[0] + "|" + key);
            rows.add(new String[] {row[0], row[1], key, row[3]});
        }
        return rows;
    }

    private String draw(List<String> candidates, String body, Set<String> taken) {
        List<String> free = candidates.stream().filter(k -> !taken.contains(body + "|" + k)).toList();
        return free.get(rnd.nextInt(free.size()));
    }

    private static String keyOf(List<String[]> rows, String body, String role) {
        return rows.stream().filter(r -> r[0].equals(body) && r[1].equals(role)).map(r -> r[2]).findFirst()
                .orElseThrow(() -> new IllegalStateException("members.txt has no " + role + " of " + body));
    }

    private LocalDate from(OrderDraft order) {
        return Days.max(order.date(), year.firstDay());
    }

    private String full(String key) {
        return staff.get(key).draft().name().full();
    }

    private String initials(String key) {
        return staff.get(key).draft().name().initials();
    }

    private String position(String key) {
        return DemoWords.lowerFirst(staff.get(key).draft().position());
    }
}
