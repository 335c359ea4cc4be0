package org.opora.bench.district.internal;

import static org.opora.bench.district.internal.TableWriter.values;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Writes a district's worth of data beside what the installation holds (the demo school): schools as groups of
 * classes of the current year (grades 1–11, letters suffixed with the school's number, so that they never clash with
 * the school's own), a class teacher per class and four specialists per school, pupils with representatives and
 * flags in realistic proportions, programmes of pupils with flags, their tasks and plan rows. Straight JDBC in
 * batches, one transaction per table, so that 50 000 pupils take minutes, not hours; the same random seed gives the
 * same data set.
 *
 * <pre>{@code
 * District d = new DistrictGenerator(words, new Random(17)).generate(connection, new Size(50_000, 80, 5_000, 100_000),
 *         myStaffId);
 * }</pre>
 */
final class DistrictGenerator {

    /** The sizes asked for. */
    record Size(int pupils, int schools, int programmes, int planRows) {
    }

    /** What was written. */
    record District(int staff, int classes, int pupils, int representatives, int flags, int programmes, int planRows) {
        String report() {
            return String.format(Locale.ROOT, "staff %d, classes %d, pupils %d, representatives %d, flags %d, "
                    + "programmes %d, plan rows %d", staff, classes, pupils, representatives, flags, programmes,
                    planRows);
        }
    }

    /** Flag codes of the core's default list with the share of pupils that carry each. */
    private static final String[] FLAGS = { "ovz", "disabled", "gifted", "special-needs", "at-risk", "deviant",
        "failing" };
    private static final double[] FLAG_SHARES = { 0.07, 0.02, 0.04, 0.02, 0.06, 0.015, 0.04 };
    private static final String[] RELATIONS = { "mother", "father", "guardian", "grandmother" };
    /** The programmes' directions of help (their list's defaults), and the core's directions of work. */
    private static final String[] HELP = { "psychological", "psychological", "pedagogical", "social", "medical" };
    private static final String[] TARGETS = { "pupil", "pupil", "pupil", "parents", "staff" };
    private static final int PUPILS_PER_CLASS = 25;
    private static final int BATCH = 1000;
    private static final String BY = "district";

    private final WordLists words;
    private final Random random;
    private final LocalDate today = LocalDate.now();
    private final LocalDateTime now = LocalDateTime.now();

    private record Person(long id, String full) {
    }

    private record Klass(long id, String name, Person teacher, int school) {
    }

    private record PupilRow(long id, String full, int classIndex) {
    }

    DistrictGenerator(WordLists words, Random random) {
        this.words = words;
        this.random = random;
    }

    /**
     * @param mine the staff id of a person (a demo specialist) who curates and is responsible for some of the
     *             programmes, so that their duties ("my duties") and lists hold district-sized work; {@code null} for none
     */
    District generate(Connection c, Size size, Long mine) throws SQLException {
        c.setAutoCommit(false);
        int year = currentYear(c);
        // classes per school: the school's pupils in classes of about 25 per grade
        int perSchool = Math.max(1, size.pupils() / size.schools());
        int perGrade = Math.max(1, (int) Math.ceil(perSchool / 11.0 / PUPILS_PER_CLASS));
        List<String> letters = words.list("letters");
        List<Person> teachers = new ArrayList<>();
        List<List<Person>> specialists = new ArrayList<>();
        try (TableWriter staff = TableWriter.open(c, "OPORACORE", "STAFF", BATCH)) {
            List<String> names = new ArrayList<>();
            for (int s = 0; s < size.schools(); s++) {
                for (int k = 0; k < 11 * perGrade; k++) {
                    names.add(staffRow(staff, words.list("teacher.position").get(0), ""));
                }
                for (String sp : words.list("specialists")) {
                    String[] titleType = sp.split(":");
                    names.add(staffRow(staff, titleType[0], titleType[1]));
                }
            }
            List<Long> ids = staff.finish();
            int i = 0;
            for (int s = 0; s < size.schools(); s++) {
                for (int k = 0; k < 11 * perGrade; k++, i++) {
                    teachers.add(new Person(ids.get(i), names.get(i)));
                }
                List<Person> mineHere = new ArrayList<>();
                for (int k = 0; k < words.list("specialists").size(); k++, i++) {
                    mineHere.add(new Person(ids.get(i), names.get(i)));
                }
                specialists.add(mineHere);
            }
        }
        c.commit();
        List<Klass> classes = new ArrayList<>();
        try (TableWriter table = TableWriter.open(c, "OPORACORE", "SCHOOL_CLASS", BATCH)) {
            List<String> names = new ArrayList<>();
            int t = 0;
            for (int s = 0; s < size.schools(); s++) {
                for (int g = 1; g <= 11; g++) {
                    for (int l = 0; l < perGrade; l++) {
                        String letter = letters.get(l % letters.size()) + (s + 1);
                        table.row(values("ACADEMIC_YEAR", year, "GRADE", g, "LETTER", letter,
                                "CLASS_TEACHER_ID", teachers.get(t++).id(), "VERSION", 1L));
                        names.add(g + letter);
                    }
                }
            }
            List<Long> ids = table.finish();
            for (int k = 0; k < ids.size(); k++) {
                classes.add(new Klass(ids.get(k), names.get(k), teachers.get(k), k / (11 * perGrade)));
            }
        }
        c.commit();
        List<PupilRow> pupils = pupils(c, size, classes, year, perGrade);
        int representatives = representatives(c, pupils);
        List<List<Integer>> flagged = new ArrayList<>();
        int flags = flags(c, pupils, flagged);
        int[] programmes = programmes(c, size, pupils, classes, specialists, flagged, mine);
        return new District(teachers.size() + specialists.size() * words.list("specialists").size(), classes.size(),
                pupils.size(), representatives, flags, programmes[0], programmes[1]);
    }

    private String staffRow(TableWriter staff, String position, String specialistType) throws SQLException {
        boolean male = random.nextInt(5) == 0;
        String surname = words.pick(male ? "male.surnames" : "female.surnames", random);
        String given = words.pick(male ? "male.given" : "female.given", random);
        String patronymic = words.pick(male ? "male.patronymics" : "female.patronymics", random);
        String full = surname + " " + given + " " + patronymic;
        staff.row(values("SURNAME", surname, "GIVEN_NAME", given, "PATRONYMIC", patronymic,
                "SEARCH_NAME", searchKey(full), "POSITION_TITLE", position, "SPECIALIST_TYPES", specialistType,
                "PHONE", phone(), "EMAIL", "", "ACTIVE", true, "VERSION", 1L));
        return full;
    }

    private List<PupilRow> pupils(Connection c, Size size, List<Klass> classes, int year, int perGrade)
            throws SQLException {
        List<String> names = new ArrayList<>(size.pupils());
        List<Integer> classOf = new ArrayList<>(size.pupils());
        try (TableWriter table = TableWriter.open(c, "OPORACORE", "PUPIL", BATCH)) {
            for (int n = 0; n < size.pupils(); n++) {
                // pupils fill the classes in turn: every class gets its share
                int k = n % classes.size();
                int grade = k % (11 * perGrade) / perGrade + 1;
                boolean male = random.nextBoolean();
                String surname = words.pick(male ? "male.surnames" : "female.surnames", random);
                String given = words.pick(male ? "male.given" : "female.given", random);
                String patronymic = words.pick(male ? "male.patronymics" : "female.patronymics", random);
                String full = surname + " " + given + " " + patronymic;
                LocalDate born = LocalDate.of(year - 6 - grade, 9, 1).plusDays(random.nextInt(365));
                table.row(values("SURNAME", surname, "GIVEN_NAME", given, "PATRONYMIC", patronymic,
                        "SEARCH_NAME", searchKey(full), "BIRTH_DATE", born, "SEX", male ? "MALE" : "FEMALE",
                        "ARCHIVED", false, "LEFT_REASON", "", "VERSION", 1L));
                names.add(full);
                classOf.add(k);
            }
            List<Long> ids = table.finish();
            c.commit();
            List<PupilRow> pupils = new ArrayList<>(ids.size());
            try (TableWriter placements = TableWriter.open(c, "OPORACORE", "PLACEMENT", BATCH)) {
                for (int n = 0; n < ids.size(); n++) {
                    pupils.add(new PupilRow(ids.get(n), names.get(n), classOf.get(n)));
                    placements.row(values("PUPIL_ID", ids.get(n), "CLASS_ID", classes.get(classOf.get(n)).id(),
                            "ACADEMIC_YEAR", year, "PUPIL_ARCHIVED", false));
                }
                placements.finish();
            }
            c.commit();
            return pupils;
        }
    }

    private int representatives(Connection c, List<PupilRow> pupils) throws SQLException {
        try (TableWriter table = TableWriter.open(c, "OPORACORE", "REPRESENTATIVE", BATCH)) {
            for (PupilRow p : pupils) {
                int n = random.nextInt(10) < 7 ? 2 : 1;
                String surname = p.full().substring(0, p.full().indexOf(' '));
                for (int r = 0; r < n; r++) {
                    boolean female = r == 0;
                    String name = (female ? feminine(surname) : surname) + " "
                            + words.pick(female ? "female.given" : "male.given", random) + " "
                            + words.pick(female ? "female.patronymics" : "male.patronymics", random);
                    table.row(values("PUPIL_ID", p.id(), "FULL_NAME", name,
                            "RELATION", female ? RELATIONS[0] : RELATIONS[1 + random.nextInt(3) / 2],
                            "PHONE", phone(), "EMAIL", "", "VERSION", 1L));
                }
            }
            int n = table.finish().size();
            c.commit();
            return n;
        }
    }

    /** A mother's surname from the pupil's: the generated surnames are all of the -ov/-ova, -in/-ina kind. */
    private String feminine(String surname) {
        List<String> male = words.list("male.surnames");
        int i = male.indexOf(surname);
        return i < 0 ? surname : words.list("female.surnames").get(i);
    }

    private int flags(Connection c, List<PupilRow> pupils, List<List<Integer>> flagged) throws SQLException {
        for (int f = 0; f < FLAGS.length; f++) {
            flagged.add(new ArrayList<>());
        }
        try (TableWriter table = TableWriter.open(c, "OPORACORE", "PUPIL_FLAG", BATCH)) {
            for (int n = 0; n < pupils.size(); n++) {
                for (int f = 0; f < FLAGS.length; f++) {
                    if (random.nextDouble() < FLAG_SHARES[f]) {
                        LocalDate set = today.minusDays(30 + random.nextInt(1500));
                        // one flag in ten is history: set and cleared since
                        boolean cleared = random.nextInt(10) == 0;
                        table.row(values("PUPIL_ID", pupils.get(n).id(), "FLAG", FLAGS[f], "SET_ON", set,
                                "CLEARED_ON", cleared ? set.plusDays(20 + random.nextInt(200)) : null, "NOTE", "",
                                "SET_BY", BY, "CLEARED_BY", cleared ? BY : ""));
                        if (!cleared) {
                            flagged.get(f).add(n);
                        }
                    }
                }
            }
            int n = table.finish().size();
            c.commit();
            return n;
        }
    }

    /** Programmes of flagged pupils (those with the flags ovz, at-risk, failing first), their tasks and plan rows. */
    private int[] programmes(Connection c, Size size, List<PupilRow> pupils, List<Klass> classes,
            List<List<Person>> specialists, List<List<Integer>> flagged, Long mine) throws SQLException {
        Set<Integer> chosen = new LinkedHashSet<>();
        for (int f : new int[] { 0, 4, 6, 1, 3, 5 }) {
            for (int n : flagged.get(f)) {
                if (chosen.size() < size.programmes()) {
                    chosen.add(n);
                }
            }
        }
        for (int n = 0; chosen.size() < size.programmes() && n < pupils.size(); n += 7) {
            chosen.add(n);
        }
        List<Integer> candidates = List.copyOf(chosen);
        String mineName = mine == null ? "" : staffName(c, mine);
        List<Person> curators = new ArrayList<>();
        List<String> states = new ArrayList<>();
        List<LocalDate> starts = new ArrayList<>();
        try (TableWriter table = TableWriter.open(c, "OPORAPROG", "PROGRAMME", BATCH)) {
            for (int i = 0; i < candidates.size(); i++) {
                PupilRow p = pupils.get(candidates.get(i));
                Klass k = classes.get(p.classIndex());
                List<Person> team = specialists.get(k.school());
                // the given person curates one programme in a hundred (50 of 5 000)
                Person curator = mine != null && i % 100 == 0 ? new Person(mine, mineName)
                        : team.get(random.nextInt(team.size()));
                String state = state(random.nextInt(100));
                LocalDate start = "DRAFT".equals(state) ? null : today.minusDays(random.nextInt(300));
                LocalDate end = start == null ? null : start.plusDays(180 + random.nextInt(200));
                table.row(values("REVISION", 1, "PUPIL_ID", p.id(), "PUPIL_NAME", p.full(),
                        "CLASS_NAME", k.name(), "CLASS_TEACHER", k.teacher().full(), "START_DATE", start,
                        "END_DATE", end, "DIRECTIONS", "psychological,pedagogical", "RISK_CATEGORY", "standard", "CURATOR_ID", curator.id(),
                        "CURATOR_NAME", curator.full(), "STATE", state, "CREATED_BY", BY, "CREATED_AT", now,
                        "VERSION", 1L));
                curators.add(curator);
                states.add(state);
                starts.add(start == null ? today : start);
            }
            List<Long> ids = table.finish();
            c.commit();
            List<Long> tasks = tasks(c, ids);
            int rows = planRows(c, size, ids, tasks, curators, states, starts);
            return new int[] { ids.size(), rows };
        }
    }

    private static String state(int dice) {
        if (dice < 50) {
            return "IN_PROGRESS";
        }
        if (dice < 60) {
            return "DRAFT";
        }
        if (dice < 65) {
            return "CONSENT_GIVEN";
        }
        if (dice < 72) {
            return "APPROVED";
        }
        if (dice < 78) {
            return "REVIEW";
        }
        return "CLOSED";
    }

    private List<Long> tasks(Connection c, List<Long> programmes) throws SQLException {
        List<String> texts = words.list("tasks");
        try (TableWriter table = TableWriter.open(c, "OPORAPROG", "PROGRAMME_TASK", BATCH)) {
            for (long id : programmes) {
                for (int t = 1; t <= 2; t++) {
                    table.row(values("PROGRAMME_ID", id, "POSITION_NO", t,
                            "TASK_TEXT", texts.get(random.nextInt(texts.size()))));
                }
            }
            List<Long> ids = table.finish();
            c.commit();
            return ids;
        }
    }

    private int planRows(Connection c, Size size, List<Long> programmes, List<Long> tasks, List<Person> curators,
            List<String> states, List<LocalDate> starts) throws SQLException {
        int perProgramme = Math.max(1, size.planRows() / Math.max(1, programmes.size()));
        try (TableWriter table = TableWriter.open(c, "OPORAPROG", "PLAN_ROW", BATCH)) {
            for (int i = 0; i < programmes.size(); i++) {
                Person responsible = curators.get(i);
                for (int r = 1; r <= perProgramme; r++) {
                    LocalDate from = starts.get(i).plusDays(7L * r);
                    LocalDate to = from.plusDays(6);
                    boolean done = to.isBefore(today) && random.nextInt(10) < 8;
                    String target = TARGETS[random.nextInt(TARGETS.length)];
                    String help = HELP[random.nextInt(HELP.length)];
                    table.row(values("PROGRAMME_ID", programmes.get(i), "POSITION_NO", r,
                            "ACTIVITY", words.pick("activities", random), "FORM_TEXT", words.pick("forms", random),
                            "TASK_ID", tasks.get(2 * i + r % 2), "TARGET", target,
                            "PARTICIPANTS", "", "RESPONSIBLE_ID", responsible.id(),
                            "RESPONSIBLE_NAME", responsible.full(), "FROM_DATE", from, "TO_DATE", to,
                            "PLANNED_RESULT", words.pick("results", random),
                            "DIRECTION", help, "WORK_DIRECTION", workDirection(target, help), "ACTUAL_RESULT",
                            done ? words.pick("results", random) : "", "DONE", done, "DONE_ON", done ? to : null,
                            "DONE_BY", done ? responsible.full() : "", "RECOMMENDATIONS", "",
                            "MARKED_AT", done ? to.atStartOfDay() : null, "VERSION", 1L));
                }
            }
            int n = table.finish().size();
            c.commit();
            return n;
        }
    }

    /** As the programmes module derives a row's direction of work (WorkDirectionRule). */
    private static String workDirection(String target, String help) {
        if (!"pupil".equals(target)) {
            return "counselling";
        }
        return switch (help) {
            case "social" -> "social-protection";
            case "medical" -> "prevention";
            default -> "correction";
        };
    }

    private static int currentYear(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT CURRENT_YEAR FROM OPORACORE.SCHOOL");
                ResultSet rs = st.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("No school in the installation: start it with the demo (bin/opora-demo) or "
                        + "create the school first");
            }
            return rs.getInt(1);
        }
    }

    private static String staffName(Connection c, long staffId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "SELECT SURNAME, GIVEN_NAME, PATRONYMIC FROM OPORACORE.STAFF WHERE ID = ?")) {
            st.setLong(1, staffId);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("No staff member " + staffId);
                }
                return rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3);
            }
        }
    }

    /** As the core normalises names for its searches: upper case, single spaces, yo read as ye. */
    static String searchKey(String full) {
        return full.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT).replace('\u0401', '\u0415');
    }

    private String phone() {
        return String.format(Locale.ROOT, "+7 9%02d %03d-%02d-%02d", random.nextInt(100), random.nextInt(1000),
                random.nextInt(100), random.nextInt(100));
    }
}
