package org.opora.consilium.impl.internal.referral;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.opora.consilium.api.ConsiliumPermissions;
import org.opora.consilium.api.referral.Examination;
import org.opora.consilium.api.referral.Referral;
import org.opora.consilium.api.referral.ReferralDraft;
import org.opora.consilium.api.referral.ReferralQuery;
import org.opora.consilium.api.referral.ReferralService;
import org.opora.consilium.api.referral.ReferralStatus;
import org.opora.consilium.impl.internal.config.ConsiliumList;
import org.opora.consilium.impl.internal.config.ConsiliumLists;
import org.opora.consilium.impl.internal.config.ConsiliumRules;
import org.opora.consilium.impl.internal.model.ReferralEntity;
import org.opora.consilium.impl.internal.rules.ReferralFlow;
import org.opora.consilium.impl.internal.rules.ReferralVisibility;
import org.opora.consilium.impl.internal.support.Checks;
import org.opora.consilium.impl.internal.support.ConsiliumDatabase;
import org.opora.consilium.impl.internal.support.People;
import org.opora.core.api.ValidationException;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.api.staff.StaffService;
import org.opora.core.support.Caller;
import org.opora.core.support.FieldChecks;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditEvent;
import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.security.AccessDeniedException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Referrals (regulation 002): a teacher files the signs they saw, the administration takes note and may name the
 * psychologist, the psychologist records the additional examination. Who sees what follows
 * {@link ReferralVisibility}; reads that carry the findings are audited.
 */
@Component
public class ReferralServiceImpl implements ReferralService {

    static final String RECORD = "consilium.referral";
    private static final int MIN_DESCRIPTION = 10;

    private final ConsiliumDatabase db;
    private final People people;
    private final ConsiliumRules rules;
    private final ConsiliumLists lists;
    private final StaffService staff;
    private final AuditService audit;

    @Activate
    public ReferralServiceImpl(@Reference ConsiliumDatabase db, @Reference People people,
            @Reference ConsiliumRules rules, @Reference ConsiliumLists lists, @Reference StaffService staff,
            @Reference AuditService audit) {
        this.db = db;
        this.people = people;
        this.rules = rules;
        this.lists = lists;
        this.staff = staff;
        this.audit = audit;
    }

    private ReferralVisibility viewer(Caller w) {
        return new ReferralVisibility(w.isSystem(), w.login(), w.allows(ConsiliumPermissions.REFERRAL_RECEIVE),
                w.allows(ConsiliumPermissions.REFERRAL_EXAMINE), w.allows(ConsiliumPermissions.MEETING_READ_ALL),
                w.memberOn(db.today()));
    }

    private Caller caller() {
        Caller who = people.who();
        if (!who.allows(ConsiliumPermissions.ACCESS)) {
            throw new AccessDeniedException(ConsiliumPermissions.ACCESS);
        }
        return who;
    }

    @Override
    public List<Referral> find(ReferralQuery query, int offset, int limit) {
        Caller who = caller();
        ReferralVisibility viewer = viewer(who);
        ReferralQuery q = query == null ? ReferralQuery.of(ReferralQuery.Scope.ALL) : query;
        if (q.scope() == ReferralQuery.Scope.TO_EXAMINE && !mayExamine(who)) {
            return List.of();
        }
        List<Referral> found = db.read(em -> ReferralQueries.filter(q, who, viewer)
                .query(em, "select r from ReferralEntity r", " order by r.filedOn desc, r.id desc",
                        ReferralEntity.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(r -> r.toRecord(viewer.findings())).toList());
        found.stream().filter(r -> r.findingsVisible() && !r.findings().isEmpty())
                .forEach(r -> audit.record(AuditEvent.read(RECORD, r.id())));
        return found;
    }

    @Override
    public int count(ReferralQuery query) {
        Caller who = caller();
        ReferralQuery q = query == null ? ReferralQuery.of(ReferralQuery.Scope.ALL) : query;
        if (q.scope() == ReferralQuery.Scope.TO_EXAMINE && !mayExamine(who)) {
            return 0;
        }
        return db.read(em -> ReferralQueries.filter(q, who, viewer(who))
                .query(em, "select count(r) from ReferralEntity r", "", Long.class).getSingleResult().intValue());
    }

    @Override
    public Referral get(long referralId) {
        Caller who = caller();
        ReferralVisibility viewer = viewer(who);
        Referral r = db.read(em -> {
            ReferralEntity e = ConsiliumDatabase.find(em, ReferralEntity.class, referralId, RECORD);
            if (!viewer.sees(e.getFiledBy())) {
                throw new AccessDeniedException(ConsiliumPermissions.REFERRAL_RECEIVE);
            }
            return e.toRecord(viewer.findings());
        });
        if (r.findingsVisible() && !r.findings().isEmpty()) {
            audit.record(AuditEvent.read(RECORD, referralId));
        }
        return r;
    }

    @Override
    public Referral file(ReferralDraft draft) {
        Caller who = caller();
        require(who, ConsiliumPermissions.REFERRAL_FILE);
        FieldChecks.present("pupilId", draft);
        Pupil[] found = new Pupil[1];
        String[] text = new String[1];
        // every objection of the form at once
        FieldChecks.all(() -> {
            found[0] = people.pupil("pupilId", draft.pupilId());
            FieldChecks.sinceBirth("observedOn", draft.observedOn(), found[0].birthDate(), db.today());
        }, () -> {
            if (draft.signs().isEmpty()) {
                throw new ValidationException("signs", "consilium.error.signsRequired");
            }
            for (String sign : draft.signs()) {
                if (!lists.contains(ConsiliumList.SIGNS, sign)) {
                    throw new ValidationException("signs", "consilium.error.notInList");
                }
            }
        }, () -> {
            text[0] = FieldChecks.required("description", draft.description(), 4000);
            if (text[0].length() < MIN_DESCRIPTION) {
                throw new ValidationException("description", "consilium.error.descriptionShort", MIN_DESCRIPTION);
            }
        });
        Pupil pupil = found[0];
        String description = text[0];
        Referral filed = db.write(em -> {
            ReferralEntity r = new ReferralEntity(pupil.id(), pupil.name().full(), pupil.className(), db.today(),
                    who.login(), who.name());
            r.describe(draft.observedOn(), draft.signs().stream().distinct().toList(), description);
            em.persist(r);
            em.flush();
            return r.toRecord(viewer(who).findings());
        }, audit, r -> new AuditEvent(AuditAction.CREATE, RECORD, String.valueOf(r.id()), ""));
        return filed;
    }

    @Override
    public Referral acknowledge(long referralId, long version) {
        Caller who = caller();
        require(who, ConsiliumPermissions.REFERRAL_RECEIVE);
        return change(who, referralId, version, "acknowledged", r -> {
            if (!ReferralFlow.acknowledgeable(r.getStatus(), r.getAcknowledgedOn() != null)) {
                throw new ValidationException("", "consilium.error.referral.acknowledged");
            }
            r.acknowledge(db.today(), who.name());
        });
    }

    @Override
    public Referral assignExaminer(long referralId, long version, Long staffId) {
        Caller who = caller();
        require(who, ConsiliumPermissions.REFERRAL_RECEIVE);
        StaffMember examiner = staffId == null ? null : examiners().stream().filter(s -> s.id() == staffId)
                .findFirst().orElseThrow(() -> new ValidationException("examinerId",
                        "consilium.error.referral.notExaminer"));
        return change(who, referralId, version, "examiner", r -> {
            if (r.getStatus() != ReferralStatus.FILED) {
                throw new ValidationException("", "consilium.error.referral.notAwaitingExamination");
            }
            if (r.getAcknowledgedOn() == null) {
                r.acknowledge(db.today(), who.name());
            }
            r.assignExaminer(staffId, examiner == null ? "" : examiner.name().full());
        });
    }

    @Override
    public Referral recordExamination(long referralId, long version, Examination examination) {
        Caller who = caller();
        require(who, ConsiliumPermissions.REFERRAL_EXAMINE);
        if (!isExaminer(who)) {
            throw new AccessDeniedException(ConsiliumPermissions.REFERRAL_EXAMINE);
        }
        FieldChecks.present("findings", examination);
        FieldChecks.all(() -> FieldChecks.notFuture("examinedOn", examination.examinedOn(), db.today()),
                () -> FieldChecks.required("findings", examination.findings(), Checks.LONG_TEXT));
        String findings = examination.findings().strip();
        ReferralStatus result = ReferralFlow.examined(examination.confirmed());
        return change(who, referralId, version, "examined", r -> {
            // who may write comes before the record's state: another examiner learns nothing of it
            if (!who.isSystem() && r.getExaminerId() != null && !r.getExaminerId().equals(who.staffId())) {
                throw new AccessDeniedException(ConsiliumPermissions.REFERRAL_EXAMINE);
            }
            ReferralFlow.require(r.getStatus(), result);
            if (examination.examinedOn().isBefore(r.getFiledOn())) {
                throw new ValidationException("examinedOn", "consilium.error.referral.examinedBeforeFiled",
                        FieldChecks.day(r.getFiledOn()));
            }
            if (r.getExaminerId() == null && who.staff() != null) {
                r.assignExaminer(who.staffId(), who.staff().name().full());
            }
            r.examine(examination.examinedOn(), who.login(), findings, result);
        });
    }

    @Override
    public Referral withdraw(long referralId, long version, String reason) {
        Caller who = caller();
        String why = FieldChecks.required("reason", reason, 1000);
        return change(who, referralId, version, "withdrawn", r -> {
            boolean own = who.login().equals(r.getFiledBy()) && who.allows(ConsiliumPermissions.REFERRAL_FILE);
            if (!own && !who.allows(ConsiliumPermissions.REFERRAL_RECEIVE)) {
                throw new AccessDeniedException(ConsiliumPermissions.REFERRAL_RECEIVE);
            }
            ReferralFlow.require(r.getStatus(), ReferralStatus.WITHDRAWN);
            r.withdraw(why);
        });
    }

    private Referral change(Caller who, long referralId, long version, String summary,
            Consumer<ReferralEntity> work) {
        boolean findings = viewer(who).findings();
        Referral changed = db.write(em -> {
            ReferralEntity r = ConsiliumDatabase.find(em, ReferralEntity.class, referralId, RECORD);
            ConsiliumDatabase.expectVersion(r.getVersion(), version);
            work.accept(r);
            em.flush();
            return r.toRecord(findings);
        }, audit, r -> new AuditEvent(AuditAction.UPDATE, RECORD, String.valueOf(referralId), summary));
        return changed;
    }

    @Override
    public List<StaffMember> examiners() {
        Map<Long, StaffMember> found = new LinkedHashMap<>();
        for (String type : rules.examinerTypes()) {
            staff.ofType(type).stream().filter(s -> !s.username().isBlank()).forEach(s -> found.putIfAbsent(s.id(), s));
        }
        return found.values().stream().sorted(Comparator.comparing(s -> s.name().full())).toList();
    }

    @Override
    public boolean canExamine(long referralId) {
        Caller who = people.who();
        if (!mayExamine(who)) {
            return false;
        }
        return db.read(em -> {
            ReferralEntity r = em.find(ReferralEntity.class, referralId);
            return r != null && r.getStatus() == ReferralStatus.FILED
                    && (who.isSystem() || r.getExaminerId() == null || r.getExaminerId().equals(who.staffId()));
        });
    }

    /** Holds the permission and is a staff member of one of the examiner types (the system always may). */
    private boolean mayExamine(Caller who) {
        return who.allows(ConsiliumPermissions.REFERRAL_EXAMINE) && isExaminer(who);
    }

    private boolean isExaminer(Caller who) {
        return who.isSystem() || who.staff() != null && rules.examinerTypes().stream().anyMatch(who.staff()::is);
    }

    private static void require(Caller who, String permission) {
        if (!who.allows(permission)) {
            throw new AccessDeniedException(permission);
        }
    }
}
