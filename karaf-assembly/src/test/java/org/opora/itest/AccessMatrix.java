package org.opora.itest;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The expected access matrix of the confidential records, written down from the regulations (regulations 000–004
 * and the cross-cutting rule of the domain digest: a confidential record is seen only by the people who take part in
 * it and by those the regulation names — the director, the head of the service, the consilium's chair), not from
 * what the code does; and the table the access-matrix tests print.
 *
 * <p>Who may read or write a record is a set of {@link Tie}s: a tie a person has by their post (the director, the
 * head of the service, a member of the consilium …) or to the record itself (its curator, a participant …). A
 * person with one of the rule's ties is allowed; with none of them refused. Where the regulations do not say, the
 * rule lists the tie as {@linkplain Rule#unclear unclear}: either outcome passes and the cell is marked {@code ~}.
 */
public final class AccessMatrix {

    private AccessMatrix() {
    }

    /** The confidential record types. */
    public enum Kind {
        PROGRAMME("programme", "ИПС"),
        PLAN("individual plan", "ИУП"),
        FINDINGS("referral findings", "обсл."),
        MEETING("consilium meeting+protocol", "ППк"),
        CASE("patronage case", "патр."),
        SUPPORT("teacher support", "пед.");

        private final String title;
        private final String shortTitle;

        Kind(String title, String shortTitle) {
            this.title = title;
            this.shortTitle = shortTitle;
        }

        public String title() {
            return title;
        }

        public String shortTitle() {
            return shortTitle;
        }
    }

    /** PRINT: the record's PDF (a read: the read rule applies), tried by the browser test only. */
    public enum Op {
        READ, WRITE, PRINT
    }

    /** Why a person may see or keep a record. {@code personal}: a tie to the record itself, not to a post. */
    public enum Tie {
        DIRECTOR(false, "the director"),
        HEAD_OF_SERVICE(false, "the head of the support service (000)"),
        ADMINISTRATION(false, "the administration: the director or the deputy director for academic work (004 §5.1)"),
        CONSILIUM_CHAIR(false, "the consilium's chair (002: signs the programme, appoints its curator)"),
        CONSILIUM_KEEPER(false, "the consilium's chair, deputy chair or secretary (002: they keep the protocol)"),
        CONSILIUM_MEMBER(false, "a member of the consilium (on the meeting's day or today)"),
        PLAN_COORDINATOR(false, "the coordinator of individual plans appointed by order (001 §4.8, section 8)"),
        PATRONAGE_COORDINATOR(false, "the social pedagogue, coordinator of the curators (003 §2.2, §3.2)"),
        CURATOR(true, "the programme's curator (002)"),
        PLAN_ROW_RESPONSIBLE(true, "responsible for a row of the programme's plan (002 form)"),
        DRAFTER(true, "drafted the programme or plan"),
        COORDINATOR_OF_PLAN(true, "the plan's coordinator (001 §4.8)"),
        EXAMINER(true, "the psychologist the pupil was referred to (002, unplanned meeting)"),
        MEETING_OFFICER(true, "the meeting's chair or secretary"),
        PARTICIPANT(true, "a participant of the meeting"),
        PRESENTER(true, "asked for a presentation at the meeting (002, step 1)"),
        CASE_CURATOR(true, "a curator of the case (003 §3.1, §3.3)"),
        MICRO_TEAM(true, "a member of the case's micro-team (003 §2.2)"),
        SPECIALIST_INVOLVED(true, "a specialist involved in the case (003 §3.2)"),
        LEAD(true, "leads the teacher's support (004 §5.1)"),
        SUPPORT_PARTICIPANT(true, "takes part in the teacher's support (004 §5.1)"),
        CLASS_TEACHER_OF_PUPIL(true, "the class teacher of the pupil the record is about (gives no right by itself)"),
        REFERRAL_AUTHOR(true, "filed the referral (follows its status, never the findings)");

        private final boolean personal;
        private final String meaning;

        Tie(boolean personal, String meaning) {
            this.personal = personal;
            this.meaning = meaning;
        }

        public boolean personal() {
            return personal;
        }

        public String meaning() {
            return meaning;
        }
    }

    /**
     * One rule: who may do what with a record type, what the write attempted is and where the regulation says so.
     *
     * @param unclear ties for which the regulations do not decide; either outcome passes
     */
    public record Rule(Kind kind, Op op, Set<Tie> allowed, Set<Tie> unclear, String action, String source) {
    }

    /** The expected matrix as data. Everyone else — class teachers, teachers, the system administrator — is refused. */
    public static final List<Rule> RULES = List.of(
            new Rule(Kind.PROGRAMME, Op.READ, EnumSet.of(Tie.DIRECTOR, Tie.HEAD_OF_SERVICE, Tie.CONSILIUM_CHAIR,
                    Tie.CURATOR, Tie.PLAN_ROW_RESPONSIBLE, Tie.DRAFTER), Set.of(),
                    "ProgrammeService.get",
                    "002: «Для служебного пользования»; the participants, the curator, the chair, the director"),
            new Rule(Kind.PROGRAMME, Op.WRITE, EnumSet.of(Tie.CURATOR), Set.of(),
                    "SupportPlanService.observe (the curator's observation)",
                    "002: the curator tracks the pupil's state and the programme's effectiveness"),
            new Rule(Kind.PLAN, Op.READ, EnumSet.of(Tie.DIRECTOR, Tie.HEAD_OF_SERVICE, Tie.PLAN_COORDINATOR,
                    Tie.COORDINATOR_OF_PLAN, Tie.DRAFTER), Set.of(),
                    "IndividualPlanService.get",
                    "001 §4, section 8: drafted with the parents, agreed and controlled by the coordinator, approved by the director"),
            new Rule(Kind.PLAN, Op.WRITE, EnumSet.of(Tie.COORDINATOR_OF_PLAN, Tie.DRAFTER), Set.of(),
                    "IndividualPlanService.update (the same content)",
                    "001 §4.8, §4.11: the plan is kept by who drafts it and its coordinator"),
            new Rule(Kind.FINDINGS, Op.READ, EnumSet.of(Tie.DIRECTOR, Tie.HEAD_OF_SERVICE, Tie.CONSILIUM_MEMBER,
                    Tie.EXAMINER), Set.of(),
                    "ReferralService.get, findings shown",
                    "000 6.1 (examination materials are confidential), 002: the psychologist examines, the consilium decides"),
            new Rule(Kind.FINDINGS, Op.WRITE, EnumSet.of(Tie.EXAMINER), Set.of(),
                    "ReferralService.recordExamination",
                    "002: the pupil is referred to the psychologist for an additional examination"),
            new Rule(Kind.MEETING, Op.READ, EnumSet.of(Tie.DIRECTOR, Tie.HEAD_OF_SERVICE, Tie.CONSILIUM_MEMBER,
                    Tie.MEETING_OFFICER, Tie.PARTICIPANT, Tie.PRESENTER), Set.of(),
                    "MeetingService.get, AgendaService.agenda",
                    "002: chair, secretary, participants, specialists presenting; the director, the head of service"),
            new Rule(Kind.MEETING, Op.WRITE, EnumSet.of(Tie.MEETING_OFFICER, Tie.CONSILIUM_KEEPER), Set.of(),
                    "ProtocolService.recordConclusion (the same text)",
                    "002: the protocol is kept by the chair and the secretary"),
            new Rule(Kind.CASE, Op.READ, EnumSet.of(Tie.DIRECTOR, Tie.HEAD_OF_SERVICE, Tie.PATRONAGE_COORDINATOR,
                    Tie.CASE_CURATOR, Tie.MICRO_TEAM, Tie.SPECIALIST_INVOLVED), Set.of(),
                    "CaseService.get",
                    "003 §2.2, §3.1–3.3: the director controls, the social pedagogue coordinates, curators and the micro-team work"),
            new Rule(Kind.CASE, Op.WRITE, EnumSet.of(Tie.CASE_CURATOR, Tie.MICRO_TEAM),
                    EnumSet.of(Tie.PATRONAGE_COORDINATOR, Tie.DIRECTOR, Tie.HEAD_OF_SERVICE),
                    "ContactService.log (a contact)",
                    "003 §3.3: the curator keeps constant contact with the pupil, parents, teachers; silent on others"),
            new Rule(Kind.SUPPORT, Op.READ, EnumSet.of(Tie.ADMINISTRATION, Tie.LEAD, Tie.SUPPORT_PARTICIPANT),
                    EnumSet.of(Tie.HEAD_OF_SERVICE),
                    "SupportService.get",
                    "004 §5.1: the administration decides, the lead and the participants work; 004 does not name "
                            + "the head of the (pupils') support service, whom 000 §4 gives the coordination of "
                            + "the service's help to teachers too"),
            new Rule(Kind.SUPPORT, Op.WRITE, EnumSet.of(Tie.ADMINISTRATION, Tie.LEAD), Set.of(),
                    "SupportService.update (the same content)",
                    "004 §5.1: the opening record is the administration's and the lead's"));

    public static Rule rule(Kind kind, Op op) {
        return RULES.stream().filter(r -> r.kind() == kind && r.op() == op).findFirst().orElseThrow();
    }

    /** What the regulations expect. */
    public enum Expected {
        ALLOWED, REFUSED, UNCLEAR
    }

    public static Expected expected(Kind kind, Op op, Set<Tie> ties) {
        Rule r = rule(kind, op == Op.PRINT ? Op.READ : op);
        if (ties.stream().anyMatch(r.allowed()::contains)) {
            return Expected.ALLOWED;
        }
        return ties.stream().anyMatch(r.unclear()::contains) ? Expected.UNCLEAR : Expected.REFUSED;
    }

    /** What happened. */
    public enum Actual {
        ALLOWED, REFUSED, ERROR
    }

    /**
     * One attempt of one person on one record.
     *
     * @param subject the person as the table names them, e.g. {@code psychologist (specialist)}
     * @param note    the exception of an ERROR, the tie list otherwise
     */
    public record Attempt(String subject, Kind kind, Op op, String record, Set<Tie> ties, Expected expected,
            Actual actual, String note) {

        public boolean personal() {
            return ties.stream().anyMatch(Tie::personal);
        }

        /** ok, refused, LEAK, OVER, ERROR; {@code ~} marks an unclear cell. */
        public String verdict() {
            if (actual == Actual.ERROR) {
                return "ERROR";
            }
            return switch (expected) {
                case ALLOWED -> actual == Actual.ALLOWED ? "ok" : "OVER";
                case REFUSED -> actual == Actual.REFUSED ? "refused" : "LEAK";
                case UNCLEAR -> actual == Actual.ALLOWED ? "ok~" : "refused~";
            };
        }

        public boolean leak() {
            return "LEAK".equals(verdict());
        }

        /** A failure of the test: a leak, an over-restriction the regulations decide, or an unexpected error. */
        public boolean fails() {
            String v = verdict();
            return v.equals("LEAK") || v.equals("OVER") || v.equals("ERROR");
        }

        @Override
        public String toString() {
            return verdict() + ": " + subject + " " + op.name().toLowerCase() + " " + kind.title() + " " + record
                    + " ties=" + ties + (note.isEmpty() ? "" : " — " + note);
        }
    }

    /**
     * The table: a row per person and side — the records they take part in ({@code +}) and the others ({@code −}) —
     * a column per record type and read/write; a cell lists the verdicts with the number of records.
     */
    public static String table(String title, List<Attempt> attempts) {
        Map<String, Map<String, Map<String, Integer>>> rows = new LinkedHashMap<>();
        for (Attempt a : attempts) {
            String row = a.subject() + (a.personal() ? " +" : " −");
            rows.computeIfAbsent(row, k -> new LinkedHashMap<>())
                    .computeIfAbsent(a.kind().name() + "/" + a.op().name(), k -> new TreeMap<>())
                    .merge(a.verdict(), 1, Integer::sum);
        }
        List<Op> ops = java.util.Arrays.stream(Op.values())
                .filter(op -> attempts.stream().anyMatch(a -> a.op() == op)).toList();
        List<String> columns = new ArrayList<>();
        for (Kind k : Kind.values()) {
            for (Op op : ops) {
                columns.add(k.name() + "/" + op.name());
            }
        }
        int first = Math.max(24, rows.keySet().stream().mapToInt(String::length).max().orElse(0) + 1);
        int width = 13;
        StringBuilder out = new StringBuilder("\n=== ").append(title).append(" ===\n");
        out.append(pad("", first));
        for (Kind k : Kind.values()) {
            out.append(pad(k.title(), ops.size() * width));
        }
        out.append('\n').append(pad("user (role)  +/− takes part", first));
        for (String c : columns) {
            out.append(pad(c.substring(c.indexOf('/') + 1).toLowerCase(), width));
        }
        out.append('\n');
        List<String> sorted = new ArrayList<>(rows.keySet());
        for (String row : sorted) {
            out.append(pad(row, first));
            for (String c : columns) {
                Map<String, Integer> cell = rows.get(row).get(c);
                out.append(pad(cell == null ? "-" : cell.entrySet().stream()
                        .map(e -> e.getKey() + (e.getValue() > 1 || cell.size() > 1 ? " " + e.getValue() : ""))
                        .collect(Collectors.joining("/")), width));
            }
            out.append('\n');
        }
        long leaks = attempts.stream().filter(Attempt::leak).count();
        long over = attempts.stream().filter(a -> a.verdict().equals("OVER")).count();
        long errors = attempts.stream().filter(a -> a.verdict().equals("ERROR")).count();
        out.append(String.format("%d attempts, %d LEAK, %d OVER, %d ERROR%n", attempts.size(), leaks, over, errors));
        out.append(LEGEND);
        attempts.stream().filter(Attempt::fails).forEach(a -> out.append("  ").append(a).append('\n'));
        return out.toString();
    }

    static final String LEGEND = """
            Legend: a row is a demo user with their roles; "+" the records of the type the user takes part in
            (curator, drafter, participant …), "−" the others. A cell counts the records by verdict:
              ok       allowed, as the regulations expect      refused  refused, as the regulations expect
              LEAK     allowed though the regulations refuse   OVER     refused though the regulations allow
              ok~ / refused~  the regulations do not decide (the case's contact log for the coordinator, the
                       director and the head of service; the head of service reading a teacher's support,
                       which 004 does not name her for): either passes
              ERROR    neither a result nor a refusal          -        no such record in the demo
            By address (browser): read = the record's page shows its content; print = its PDF, by the user's own
            link, or by the director's link tried in the user's session (never printed: it is her session's).
            A LEAK, an OVER and an ERROR fail the test: the regulations decide every other cell, so a refusal of
            someone they name is a fault too. A write that passes the access check and is then refused by a rule
            of the regulation (e.g. a closed case) counts as allowed: access was granted.
            """;

    private static String pad(String s, int width) {
        return s.length() >= width ? s.substring(0, width - 1) + " " : s + " ".repeat(width - s.length());
    }
}
