package org.opora.patronage.impl.internal.work;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.opora.core.api.ValidationException;
import org.opora.core.api.agency.AgencyService;
import org.opora.core.api.agency.Interaction;
import org.opora.core.support.Caller;
import org.opora.core.support.FieldChecks;
import org.opora.core.support.Objections;
import org.opora.core.support.RecordWriter;
import org.opora.patronage.api.PatronagePermissions;
import org.opora.patronage.api.work.Contact;
import org.opora.patronage.api.work.ContactDraft;
import org.opora.patronage.api.work.ContactDue;
import org.opora.patronage.api.work.ContactService;
import org.opora.patronage.impl.internal.cases.CaseGate;
import org.opora.patronage.impl.internal.config.PatronageRules;
import org.opora.patronage.impl.internal.model.CaseEntity;
import org.opora.patronage.impl.internal.model.ContactEntity;
import org.opora.patronage.impl.internal.rules.ContactIntervalRule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The contact log of a case (003 section 3.3), the contacts due by the school's interval or by an agreed next step,
 * and the pupil's interactions with outside agencies as the core records them.
 */
@Component(service = ContactService.class)
public class ContactServiceImpl implements ContactService {

    static final String RECORD = "patronage.contact";
    static final int PERSON = 320;
    static final int CONTENT = 4000;
    static final int STEP = 2000;

    private final CaseGate gate;
    private final PatronageRules rules;
    private final AgencyService agencies;
    private final RecordWriter<ContactEntity> contacts;

    @Activate
    public ContactServiceImpl(@Reference CaseGate gate, @Reference PatronageRules rules,
            @Reference AgencyService agencies) {
        this.gate = gate;
        this.rules = rules;
        this.agencies = agencies;
        this.contacts = new RecordWriter<>(gate.db(), gate.audit(), ContactEntity.class, RECORD);
    }

    @Override
    public List<Contact> contacts(long caseId) {
        Caller who = gate.caller();
        List<Contact> log = gate.db().read(em -> {
            gate.requireRead(em, who, caseId);
            return em.createQuery("select t from ContactEntity t where t.caseId = :c order by t.date desc, t.id desc",
                    ContactEntity.class).setParameter("c", caseId).getResultList().stream()
                    .map(ContactEntity::toRecord).toList();
        });
        gate.read(caseId);
        return log;
    }

    @Override
    public Contact log(long caseId, ContactDraft draft) {
        Caller who = gate.caller(PatronagePermissions.WORK);
        ContactDraft checked = check(draft);
        return contacts.create(em -> {
            CaseEntity pc = gate.requireContacts(em, who, caseId);
            within(pc, checked.date());
            ContactEntity t = new ContactEntity(caseId, who.name(), who.login(), gate.db().now());
            t.apply(checked);
            return t;
        }, ContactEntity::toRecord);
    }

    @Override
    public Contact update(long contactId, long version, ContactDraft draft) {
        Caller who = gate.caller(PatronagePermissions.WORK);
        ContactDraft checked = check(draft);
        return contacts.update(contactId, version, (em, t) -> {
            CaseEntity pc = gate.find(em, t.getCaseId());
            boolean author = who.login().equals(t.getCreatedBy());
            if (!author && !gate.access(em, who, pc).canKeep()) {
                throw gate.refused(pc.getId(), "contact", PatronagePermissions.COORDINATE);
            }
            within(pc, checked.date());
            t.apply(checked);
        }, ContactEntity::toRecord);
    }

    @Override
    public List<Interaction> agencyInteractions(long caseId) {
        Caller who = gate.caller();
        CaseEntity pc = gate.db().read(em -> gate.requireRead(em, who, caseId));
        List<Interaction> found;
        try {
            found = agencies.interactions(null, pc.getPupilId(), 0, Integer.MAX_VALUE);
        } catch (RuntimeException e) {
            return List.of();
        }
        return found.stream().filter(i -> !i.date().isBefore(pc.getOpenedOn())
                && (pc.getClosedOn() == null || !i.date().isAfter(pc.getClosedOn()))).toList();
    }

    @Override
    public List<ContactDue> dueFor(String username) {
        LocalDate today = gate.db().today();
        ContactIntervalRule interval = rules.contactInterval();
        return gate.people().staffIdOf(username).map(staffId -> gate.db().read(em -> {
            Set<Long> curated = WorkPlanServiceImpl.curated(em, staffId, today);
            List<ContactDue> due = new ArrayList<>();
            if (curated.isEmpty()) {
                return due;
            }
            for (CaseEntity pc : em.createQuery("select c from CaseEntity c where c.id in :ids and c.closedOn is null",
                    CaseEntity.class).setParameter("ids", curated).getResultList()) {
                List<ContactEntity> log = em.createQuery("select t from ContactEntity t where t.caseId = :c"
                        + " order by t.date desc, t.id desc", ContactEntity.class).setParameter("c", pc.getId())
                        .setMaxResults(1).getResultList();
                due(pc, log.isEmpty() ? null : log.get(0), interval, today).ifPresent(due::add);
            }
            due.sort(Comparator.comparing(ContactDue::due));
            return due;
        })).orElse(List.of());
    }

    /**
     * The contact due on the case today, if one is: the next step agreed at the last contact once its day has come,
     * else a contact by the school's interval since the last contact (or the opening).
     *
     * @param last the case's last contact, or {@code null} when there was none
     */
    public static Optional<ContactDue> due(CaseEntity pc, ContactEntity last, ContactIntervalRule interval,
            LocalDate today) {
        LocalDate lastDay = last == null ? null : last.getDate();
        if (last != null && last.getNextDue() != null && !today.isBefore(last.getNextDue())) {
            return Optional.of(new ContactDue(pc.getId(), pc.getPupilName(), lastDay, last.getNextDue(),
                    last.getNextStep()));
        }
        if (interval.dueOn(pc.getOpenedOn(), lastDay, today)) {
            return Optional.of(new ContactDue(pc.getId(), pc.getPupilName(), lastDay,
                    interval.nextDue(pc.getOpenedOn(), lastDay).orElseThrow(), ""));
        }
        return Optional.empty();
    }

    /** A contact checked, every objection at once, in the order of the contact's dialog. */
    private ContactDraft check(ContactDraft d) {
        FieldChecks.present("date", d);
        LocalDate today = gate.db().today();
        Objections o = new Objections();
        LocalDate day = o.value(() -> FieldChecks.notFuture("date", d.date(), today));
        o.check(() -> FieldChecks.present("party", d.party()));
        String person = o.value(() -> FieldChecks.maxLength("person", d.person(), PERSON));
        o.check(() -> FieldChecks.present("form", d.form()));
        String content = o.value(() -> FieldChecks.required("content", d.content(), CONTENT));
        String step = o.value(() -> FieldChecks.maxLength("nextStep", d.nextStep(), STEP));
        LocalDate due = d.nextStep() == null || d.nextStep().isBlank() ? null : o.value(() -> nextDue(d, day, today));
        o.refuseAny();
        return new ContactDraft(day, d.party(), person, d.form(), content, step, due);
    }

    /** A next step's due day: given, within the plausible days, not before the contact. */
    private static LocalDate nextDue(ContactDraft d, LocalDate day, LocalDate today) {
        LocalDate due = FieldChecks.plausible("nextDue", d.nextDue(), today);
        if (day != null && due.isBefore(day)) {
            throw new ValidationException("nextDue", "patronage.rule.nextDueBeforeContact", FieldChecks.day(day));
        }
        return due;
    }

    private static void within(CaseEntity pc, LocalDate day) {
        pc.requireOpen();
        if (day.isBefore(pc.getOpenedOn())) {
            throw new ValidationException("date", "patronage.rule.beforeOpening", FieldChecks.day(pc.getOpenedOn()));
        }
    }
}
