package org.opora.patronage.impl.internal.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.opora.core.api.ValidationException;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.support.Caller;
import org.opora.core.support.FieldChecks;
import org.opora.core.support.RecordWriter;
import org.opora.patronage.api.PatronagePermissions;
import org.opora.patronage.api.meeting.AdminMeeting;
import org.opora.patronage.api.meeting.AdminMeetingService;
import org.opora.patronage.api.meeting.MeetingDraft;
import org.opora.patronage.api.meeting.MeetingItem;
import org.opora.patronage.api.meeting.MeetingSummary;
import org.opora.patronage.impl.internal.cases.CaseGate;
import org.opora.patronage.impl.internal.model.CaseEntity;
import org.opora.patronage.impl.internal.model.CuratorEntity;
import org.opora.patronage.impl.internal.model.MeetingEntity;
import org.opora.patronage.impl.internal.model.MeetingItemEntity;
import org.opora.patronage.impl.internal.model.ReportEntity;
import org.opora.patronage.impl.internal.report.ReportQueries;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditEvent;
import org.opora.platform.api.security.AccessDeniedException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The director's administrative meetings (003 section 3.1): kept by the holders of {@code patronage.meeting}, read
 * by them, the holders of {@code patronage.read-all} and the coordinator. The minutes speak of the cases' content,
 * so every read of a meeting is journaled, and so is a refused one; a case is put on a meeting only by someone who
 * may read it. Once finalised, the meeting and the reports it discussed are read-only.
 */
@Component(service = AdminMeetingService.class)
public class AdminMeetingServiceImpl implements AdminMeetingService {

    /** The record types of a meeting and of a case discussed, in the journal. */
    public static final String MEETING = "patronage.meeting";
    static final String ITEM = "patronage.meeting-item";
    static final int NUMBER = 32;
    static final int NAME = 320;
    static final int TEXT = 4000;
    static final int CURATORS = 700;

    private final CaseGate gate;
    private final PupilService pupils;
    private final RecordWriter<MeetingEntity> meetings;
    private final RecordWriter<MeetingItemEntity> items;

    @Activate
    public AdminMeetingServiceImpl(@Reference CaseGate gate, @Reference PupilService pupils) {
        this.gate = gate;
        this.pupils = pupils;
        this.meetings = new RecordWriter<>(gate.db(), gate.audit(), MeetingEntity.class, MEETING);
        this.items = new RecordWriter<>(gate.db(), gate.audit(), MeetingItemEntity.class, ITEM);
    }

    @Override
    public List<MeetingSummary> find() {
        Caller who = gate.caller();
        if (!reads(who)) {
            throw new AccessDeniedException(PatronagePermissions.MEETING);
        }
        return gate.db().read(em -> {
            Map<Long, Integer> counts = new HashMap<>();
            for (Object[] row : em.createQuery("select i.meetingId, count(i) from MeetingItemEntity i"
                    + " group by i.meetingId", Object[].class).getResultList()) {
                counts.put((Long) row[0], ((Number) row[1]).intValue());
            }
            return em.createQuery("select m from MeetingEntity m order by m.date desc, m.id desc",
                    MeetingEntity.class).getResultList().stream()
                    .map(m -> m.toSummary(counts.getOrDefault(m.getId(), 0))).toList();
        });
    }

    @Override
    public AdminMeeting get(long meetingId) {
        Caller who = gate.caller();
        if (!reads(who)) {
            gate.audit().record(AuditEvent.refused(MEETING, meetingId, "read"));
            throw new AccessDeniedException(PatronagePermissions.MEETING);
        }
        AdminMeeting m = gate.db().read(em -> record(em, meetings.find(em, meetingId)));
        gate.audit().record(AuditEvent.read(MEETING, meetingId));
        return m;
    }

    @Override
    public AdminMeeting create(MeetingDraft draft) {
        Caller who = gate.caller(PatronagePermissions.MEETING);
        MeetingDraft checked = check(draft);
        return meetings.create(em -> {
            unique(em, checked, null);
            MeetingEntity m = new MeetingEntity(who.login(), gate.db().now());
            m.apply(checked);
            return m;
        }, m -> m.toRecord(List.of()), AdminMeeting::number);
    }

    @Override
    public AdminMeeting update(long meetingId, long version, MeetingDraft draft) {
        gate.caller(PatronagePermissions.MEETING);
        MeetingDraft checked = check(draft);
        meetings.update(meetingId, version, (em, m) -> {
            drafted(m);
            unique(em, checked, meetingId);
            m.apply(checked);
        }, MeetingEntity::getNumber, number -> number);
        return gate.db().read(em -> record(em, meetings.find(em, meetingId)));
    }

    @Override
    public MeetingItem addItem(long meetingId, long caseId, Long reportId) {
        Caller who = gate.caller(PatronagePermissions.MEETING);
        long id = items.create(em -> {
            MeetingEntity m = meetings.find(em, meetingId);
            drafted(m);
            CaseEntity pc = gate.requireRead(em, who, caseId);
            pc.requireOpen("caseId");
            List<MeetingItemEntity> agenda = agenda(em, meetingId);
            if (agenda.stream().anyMatch(i -> i.getCaseId() == caseId)) {
                throw new ValidationException("caseId", "patronage.error.caseOnMeeting");
            }
            if (reportId != null) {
                ReportEntity r = em.find(ReportEntity.class, reportId);
                if (r == null || r.getCaseId() != caseId) {
                    throw new ValidationException("reportId", "patronage.error.reportUnknown");
                }
                MeetingEntity other = ReportQueries.meetingsOf(em, List.of(reportId)).get(reportId);
                if (other != null) {
                    throw new ValidationException("reportId", "patronage.error.reportOnMeeting", other.getNumber(),
                            FieldChecks.day(other.getDate()));
                }
            }
            return new MeetingItemEntity(meetingId, agenda.size() + 1, caseId, pc.getPupilName(),
                    className(pc.getPupilId()), curators(em, caseId), reportId, who.login(), gate.db().now());
        }, MeetingItemEntity::getId, itemId -> "meeting " + meetingId);
        return gate.db().read(em -> item(em, items.find(em, id)));
    }

    @Override
    public MeetingItem recordDecision(long itemId, long version, String decision) {
        gate.caller(PatronagePermissions.MEETING);
        String text = FieldChecks.required("decision", decision, TEXT);
        items.update(itemId, version, (em, i) -> {
            drafted(meetings.find(em, i.getMeetingId()));
            i.decide(text);
        }, MeetingItemEntity::getId, id -> "decision");
        return gate.db().read(em -> item(em, items.find(em, itemId)));
    }

    @Override
    public void removeItem(long itemId, long version) {
        gate.caller(PatronagePermissions.MEETING);
        long meetingId = gate.db().write(em -> {
            MeetingItemEntity i = items.current(em, itemId, version);
            drafted(meetings.find(em, i.getMeetingId()));
            em.remove(i);
            int position = 1;
            for (MeetingItemEntity other : agenda(em, i.getMeetingId())) {
                if (other.getId() != itemId) {
                    other.setPosition(position++);
                }
            }
            return i.getMeetingId();
        }, gate.audit(), done -> new AuditEvent(AuditAction.DELETE, ITEM, String.valueOf(itemId),
                "meeting " + done));
    }

    @Override
    public AdminMeeting finalise(long meetingId, long version) {
        gate.caller(PatronagePermissions.MEETING);
        LocalDate today = gate.db().today();
        meetings.update(meetingId, version, (em, m) -> {
            drafted(m);
            if (m.getDate().isAfter(today)) {
                throw new ValidationException("date", "patronage.rule.meetingNotHeld", FieldChecks.day(m.getDate()));
            }
            List<MeetingItemEntity> agenda = agenda(em, meetingId);
            if (agenda.isEmpty()) {
                throw new ValidationException("", "patronage.rule.meetingEmpty");
            }
            Optional<MeetingItemEntity> undecided = agenda.stream().filter(i -> i.getDecision().isBlank())
                    .findFirst();
            if (undecided.isPresent()) {
                throw new ValidationException("", "patronage.rule.decisionMissing",
                        undecided.get().getPosition());
            }
            m.finalise(today);
        }, MeetingEntity::getId, id -> "finalised");
        return gate.db().read(em -> record(em, meetings.find(em, meetingId)));
    }

    /** Who reads the meetings: their keepers, the readers of every case and the coordinator. */
    private boolean reads(Caller who) {
        return who.allows(PatronagePermissions.MEETING) || who.allows(PatronagePermissions.READ_ALL)
                || gate.keeps(who);
    }

    private MeetingDraft check(MeetingDraft d) {
        LocalDate date = FieldChecks.schoolYears("date", d.date(), gate.db().today());
        String number = FieldChecks.required("number", d.number(), NUMBER);
        String chair = FieldChecks.required("chairedBy", d.chairedBy(), NAME);
        String attendees = FieldChecks.maxLength("attendees", d.attendees(), TEXT);
        return new MeetingDraft(date, number, chair, attendees);
    }

    /** Refuses a number another meeting of the same calendar year has. */
    private static void unique(EntityManager em, MeetingDraft d, Long self) {
        LocalDate first = d.date().withDayOfYear(1);
        boolean taken = em.createQuery("select m from MeetingEntity m where m.date between :a and :b",
                MeetingEntity.class).setParameter("a", first).setParameter("b", first.plusYears(1).minusDays(1))
                .getResultList().stream().anyMatch(m -> !m.getId().equals(self)
                        && m.getNumber().toLowerCase(Locale.ROOT).equals(d.number().toLowerCase(Locale.ROOT)));
        if (taken) {
            throw new ValidationException("number", "patronage.error.meetingNumberTaken", d.date().getYear());
        }
    }

    private static void drafted(MeetingEntity m) {
        if (m.isFinalised()) {
            throw new ValidationException("", "patronage.error.meetingFinalised", FieldChecks.day(m.getFinalisedOn()));
        }
    }

    private static List<MeetingItemEntity> agenda(EntityManager em, long meetingId) {
        return em.createQuery("select i from MeetingItemEntity i where i.meetingId = :m order by i.position, i.id",
                MeetingItemEntity.class).setParameter("m", meetingId).getResultList();
    }

    /** The curators of the case today, internal first, as the minutes name them. */
    private String curators(EntityManager em, long caseId) {
        LocalDate today = gate.db().today();
        List<String> names = new ArrayList<>();
        for (CuratorEntity k : em.createQuery("select k from CuratorEntity k where k.caseId = :c"
                + " order by k.kind desc, k.from", CuratorEntity.class).setParameter("c", caseId).getResultList()) {
            if (k.activeOn(today)) {
                names.add(k.getName());
            }
        }
        String joined = String.join(", ", names);
        return joined.length() > CURATORS ? joined.substring(0, CURATORS) : joined;
    }

    /** The pupil's class now, or empty when the pupil cannot be read. */
    private String className(long pupilId) {
        try {
            String name = pupils.get(pupilId).className();
            return name == null ? "" : name;
        } catch (RuntimeException e) {
            return "";
        }
    }

    private AdminMeeting record(EntityManager em, MeetingEntity m) {
        List<MeetingItemEntity> agenda = agenda(em, m.getId());
        Map<Long, ReportEntity> reports = new HashMap<>();
        List<Long> reportIds = agenda.stream().map(MeetingItemEntity::getReportId).filter(r -> r != null).toList();
        if (!reportIds.isEmpty()) {
            em.createQuery("select r from ReportEntity r where r.id in :ids", ReportEntity.class)
                    .setParameter("ids", reportIds).getResultList().forEach(r -> reports.put(r.getId(), r));
        }
        return m.toRecord(agenda.stream().map(i -> {
            ReportEntity r = i.getReportId() == null ? null : reports.get(i.getReportId());
            return i.toRecord(r == null ? null : r.toRecord(m));
        }).toList());
    }

    private MeetingItem item(EntityManager em, MeetingItemEntity i) {
        MeetingEntity m = meetings.find(em, i.getMeetingId());
        ReportEntity r = i.getReportId() == null ? null : em.find(ReportEntity.class, i.getReportId());
        return i.toRecord(r == null ? null : r.toRecord(m));
    }
}
