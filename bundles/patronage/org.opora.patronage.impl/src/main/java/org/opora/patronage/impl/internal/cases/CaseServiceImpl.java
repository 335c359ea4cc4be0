package org.opora.patronage.impl.internal.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.opora.core.api.ValidationException;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.PupilQuery;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.support.Caller;
import org.opora.core.support.FieldChecks;
import org.opora.core.support.Objections;
import org.opora.core.support.RecordWriter;
import org.opora.patronage.api.PatronagePermissions;
import org.opora.patronage.api.cases.CaseDraft;
import org.opora.patronage.api.cases.CaseQuery;
import org.opora.patronage.api.cases.CaseService;
import org.opora.patronage.api.cases.CaseSummary;
import org.opora.patronage.api.cases.PatronageCase;
import org.opora.patronage.api.cases.PupilAtRisk;
import org.opora.patronage.impl.internal.config.PatronageRules;
import org.opora.patronage.impl.internal.model.CaseEntity;
import org.opora.patronage.impl.internal.model.CuratorEntity;
import org.opora.patronage.impl.internal.model.TeamMemberEntity;
import org.opora.patronage.impl.internal.rules.MandatoryCategoryRule;
import org.opora.platform.api.security.AccessDeniedException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The patronage cases (regulation 003); see {@link CaseService} and {@link CaseAccess} for who may do what. */
@Component(service = CaseService.class)
public class CaseServiceImpl implements CaseService {

    static final int GROUNDS = 4000;
    static final int REASON = 2000;

    private final CaseGate gate;
    private final PatronageRules rules;
    private final PupilService pupils;
    private final RecordWriter<CaseEntity> cases;

    @Activate
    public CaseServiceImpl(@Reference CaseGate gate, @Reference PatronageRules rules,
            @Reference PupilService pupils) {
        this.gate = gate;
        this.rules = rules;
        this.pupils = pupils;
        this.cases = new RecordWriter<>(gate.db(), gate.audit(), CaseEntity.class, CaseGate.CASE);
    }

    @Override
    public List<CaseSummary> find(CaseQuery query, int offset, int limit) {
        List<CaseSummary> all = visible(gate.caller(), query);
        return all.stream().skip(Math.max(0, offset)).limit(Math.max(0, limit)).toList();
    }

    @Override
    public int count(CaseQuery query) {
        return visible(gate.caller(), query).size();
    }

    private List<CaseSummary> visible(Caller who, CaseQuery query) {
        LocalDate today = gate.db().today();
        return gate.db().read(em -> {
            List<CaseEntity> found = em.createQuery("select c from CaseEntity c where lower(c.pupilName) like :text"
                    + " and (:category = '' or c.category = :category)"
                    + " and (:openOnly = false or c.closedOn is null)"
                    + " order by c.openedOn desc, c.id desc", CaseEntity.class)
                    .setParameter("text", "%" + query.text().toLowerCase(Locale.ROOT) + "%")
                    .setParameter("category", query.category())
                    .setParameter("openOnly", query.openOnly())
                    .getResultList();
            Map<Long, CaseAccess> access = gate.access(em, who, found.stream().map(CaseEntity::getId).toList());
            Map<Long, List<String>> curators = curatorNames(em, found, today);
            List<CaseSummary> result = new ArrayList<>();
            for (CaseEntity c : found) {
                CaseAccess a = access.get(c.getId());
                List<String> names = curators.getOrDefault(c.getId(), List.of());
                if (!a.canRead() || query.mine() && !a.worksOn()
                        || query.withoutCurator() && (!c.isOpen() || !names.isEmpty())) {
                    continue;
                }
                result.add(summary(c, names, true));
            }
            return result;
        });
    }

    @Override
    public List<CaseSummary> ofPupil(long pupilId) {
        Caller who = gate.people().who();
        boolean existence = who.allows(PatronagePermissions.EXISTENCE);
        if (!existence && !who.allows(PatronagePermissions.ACCESS)) {
            throw new AccessDeniedException(PatronagePermissions.EXISTENCE);
        }
        LocalDate today = gate.db().today();
        return gate.db().read(em -> {
            List<CaseEntity> found = em.createQuery("select c from CaseEntity c where c.pupilId = :p"
                    + " order by c.openedOn desc, c.id desc", CaseEntity.class).setParameter("p", pupilId)
                    .getResultList();
            Map<Long, CaseAccess> access = gate.access(em, who, found.stream().map(CaseEntity::getId).toList());
            Map<Long, List<String>> curators = curatorNames(em, found, today);
            return found.stream().filter(c -> existence || access.get(c.getId()).canRead())
                    .map(c -> summary(c, curators.getOrDefault(c.getId(), List.of()),
                            access.get(c.getId()).canRead()))
                    .toList();
        });
    }

    @Override
    public PatronageCase get(long caseId) {
        Caller who = gate.caller();
        PatronageCase c = gate.db().read(em -> record(em, who, gate.requireRead(em, who, caseId)));
        gate.read(caseId);
        return c;
    }

    @Override
    public boolean canRead(long caseId) {
        Caller who = gate.people().who();
        if (!who.allows(PatronagePermissions.ACCESS)) {
            return false;
        }
        return gate.db().read(em -> {
            CaseEntity c = em.find(CaseEntity.class, caseId);
            return c != null && gate.access(em, who, c).canRead();
        });
    }

    @Override
    public boolean mayOpen() {
        return gate.keeps(gate.caller());
    }

    @Override
    public PatronageCase open(CaseDraft draft) {
        Caller who = gate.caller(PatronagePermissions.COORDINATE);
        if (!gate.keeps(who)) {
            throw new AccessDeniedException(PatronagePermissions.COORDINATE);
        }
        FieldChecks.present("pupilId", draft);
        // every objection of the form at once: the pupil with the case's fields
        Objections o = new Objections();
        Pupil pupil = o.value(() -> gate.people().pupil("pupilId", draft.pupilId()));
        Checked checked = o.value(() -> check(draft, null));
        o.refuseAny();
        long id = cases.create(em -> {
            boolean hasOpen = !em.createQuery("select c.id from CaseEntity c where c.pupilId = :p"
                    + " and c.closedOn is null", Long.class).setParameter("p", pupil.id()).getResultList().isEmpty();
            if (hasOpen) {
                throw new ValidationException("pupilId", "patronage.error.openCase");
            }
            CaseEntity c = new CaseEntity(pupil.id(), pupil.name().full(), who.name(), who.login(), gate.db().now());
            c.describe(pupil.name().full(), checked.category(), checked.grounds(), checked.openedOn());
            return c;
        }, CaseEntity::getId);
        return reread(who, id);
    }

    @Override
    public PatronageCase update(long caseId, long version, CaseDraft draft) {
        Caller who = gate.caller(PatronagePermissions.COORDINATE);
        CaseEntity current = gate.db().read(em -> gate.requireKeep(em, who, caseId));
        current.requireOpen();
        Checked checked = check(draft, current);
        LocalDate firstWork = gate.db().read(em -> firstDay(em, caseId));
        if (firstWork != null && firstWork.isBefore(checked.openedOn())) {
            throw new ValidationException("openedOn", "patronage.rule.openedAfterWork", FieldChecks.day(firstWork));
        }
        cases.update(caseId, version, (em, c) -> c.describe(c.getPupilName(), checked.category(), checked.grounds(),
                checked.openedOn()), CaseEntity::getId);
        return reread(who, caseId);
    }

    @Override
    public PatronageCase close(long caseId, long version, LocalDate on, String reason) {
        Caller who = gate.caller(PatronagePermissions.COORDINATE);
        CaseEntity current = gate.db().read(em -> gate.requireKeep(em, who, caseId));
        current.requireOpen();
        FieldChecks.notFuture("closedOn", on, gate.db().today());
        if (on.isBefore(current.getOpenedOn())) {
            throw new ValidationException("closedOn", "patronage.rule.closedBeforeOpening",
                    FieldChecks.day(current.getOpenedOn()));
        }
        String why = FieldChecks.required("closingReason", reason, REASON);
        cases.update(caseId, version, (em, c) -> {
            c.close(on, why);
            for (CuratorEntity k : em.createQuery("select k from CuratorEntity k where k.caseId = :c",
                    CuratorEntity.class).setParameter("c", caseId).getResultList()) {
                if (k.getTo() == null || k.getTo().isAfter(on)) {
                    k.end(on, null, "", null, CuratorEntity.CASE_CLOSED);
                }
            }
            for (TeamMemberEntity m : em.createQuery("select m from TeamMemberEntity m where m.caseId = :c",
                    TeamMemberEntity.class).setParameter("c", caseId).getResultList()) {
                if (m.getTo() == null || m.getTo().isAfter(on)) {
                    m.end(on);
                }
            }
        }, CaseEntity::getId, id -> "closed");
        return reread(who, caseId);
    }

    @Override
    public List<PupilAtRisk> mandatoryWithoutCase() {
        Caller who = gate.people().who();
        if (!who.allows(PatronagePermissions.ACCESS)
                || !gate.keeps(who) && !who.allows(PatronagePermissions.READ_ALL)) {
            return List.of();
        }
        MandatoryCategoryRule rule = rules.mandatory();
        Map<Long, Pupil> found = new LinkedHashMap<>();
        Map<Long, Set<String>> flags = new LinkedHashMap<>();
        for (String category : rule.mandatory()) {
            for (Pupil p : pupils.find(new PupilQuery("", null, category, false), 0, Integer.MAX_VALUE)) {
                found.putIfAbsent(p.id(), p);
                flags.computeIfAbsent(p.id(), k -> new HashSet<>()).add(category);
            }
        }
        Set<Long> withCase = new HashSet<>(gate.db().read(em -> em.createQuery(
                "select c.pupilId from CaseEntity c where c.closedOn is null", Long.class).getResultList()));
        List<PupilAtRisk> result = new ArrayList<>();
        for (Pupil p : found.values()) {
            rule.missingCase(flags.get(p.id()), withCase.contains(p.id())).ifPresent(category -> result.add(
                    new PupilAtRisk(p.id(), p.name().full(), p.className() == null ? "" : p.className(), category)));
        }
        result.sort(Comparator.comparing(PupilAtRisk::className).thenComparing(PupilAtRisk::pupil));
        return result;
    }

    private record Checked(String category, String grounds, LocalDate openedOn) {
    }

    /** The case's fields checked, every objection at once, each on its field. */
    private Checked check(CaseDraft draft, CaseEntity current) {
        FieldChecks.present("category", draft);
        Objections o = new Objections();
        if (current != null && current.getPupilId() != draft.pupilId()) {
            o.check(() -> {
                throw new ValidationException("pupilId", "patronage.error.pupilFixed");
            });
        }
        String category = o.value(() -> rules.mandatory().requireKnown("category", draft.category()));
        String grounds = o.value(() -> FieldChecks.required("grounds", draft.grounds(), GROUNDS));
        LocalDate opened = o.value(() -> FieldChecks.notFuture("openedOn", draft.openedOn(), gate.db().today()));
        o.refuseAny();
        return new Checked(category, grounds, opened);
    }

    /** The first day of anything recorded on the case (a curator's term, a plan row, a contact), or null. */
    private static LocalDate firstDay(EntityManager em, long caseId) {
        List<LocalDate> days = new ArrayList<>();
        days.add(em.createQuery("select min(k.from) from CuratorEntity k where k.caseId = :c", LocalDate.class)
                .setParameter("c", caseId).getSingleResult());
        days.add(em.createQuery("select min(w.from) from WorkItemEntity w where w.caseId = :c", LocalDate.class)
                .setParameter("c", caseId).getSingleResult());
        days.add(em.createQuery("select min(t.date) from ContactEntity t where t.caseId = :c", LocalDate.class)
                .setParameter("c", caseId).getSingleResult());
        return days.stream().filter(d -> d != null).min(Comparator.naturalOrder()).orElse(null);
    }

    private PatronageCase reread(Caller who, long caseId) {
        return gate.db().read(em -> record(em, who, gate.find(em, caseId)));
    }

    private PatronageCase record(EntityManager em, Caller who, CaseEntity c) {
        CaseAccess a = gate.access(em, who, c);
        List<String> curators = curatorNames(em, List.of(c), gate.db().today()).getOrDefault(c.getId(), List.of());
        Optional<Pupil> pupil = pupil(c.getPupilId());
        return new PatronageCase(c.getId(), c.getPupilId(), c.getPupilName(),
                pupil.map(Pupil::className).orElse(""), pupil.map(Pupil::classTeacher).orElse(""), c.getCategory(),
                c.getGrounds(), c.getOpenedOn(), c.getOpenedBy(), c.getClosedOn(), c.getClosingReason(), curators,
                a.canKeep() && c.isOpen(), a.canLogContacts() && c.isOpen(), c.getVersion());
    }

    private CaseSummary summary(CaseEntity c, List<String> curators, boolean readable) {
        String className = pupil(c.getPupilId()).map(Pupil::className).orElse("");
        return new CaseSummary(c.getId(), c.getPupilId(), c.getPupilName(), className, c.getCategory(),
                c.getOpenedOn(), c.getClosedOn(), curators, readable);
    }

    /** The pupil as the core has them now; empty when the caller may not read pupils or the pupil is gone. */
    private Optional<Pupil> pupil(long pupilId) {
        try {
            return Optional.of(pupils.get(pupilId));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The names of each case's curators serving on the day (a closed case: on its last day), internal first. */
    private static Map<Long, List<String>> curatorNames(EntityManager em, List<CaseEntity> cases, LocalDate day) {
        Map<Long, List<String>> names = new LinkedHashMap<>();
        if (cases.isEmpty()) {
            return names;
        }
        Map<Long, LocalDate> dayOf = new java.util.HashMap<>();
        cases.forEach(c -> dayOf.put(c.getId(), c.isOpen() ? day : c.getClosedOn()));
        for (CuratorEntity k : em.createQuery("select k from CuratorEntity k where k.caseId in :ids"
                + " order by k.kind desc, k.from", CuratorEntity.class).setParameter("ids", dayOf.keySet())
                .getResultList()) {
            if (k.activeOn(dayOf.get(k.getCaseId()))) {
                names.computeIfAbsent(k.getCaseId(), x -> new ArrayList<>()).add(k.getName());
            }
        }
        return names;
    }
}
