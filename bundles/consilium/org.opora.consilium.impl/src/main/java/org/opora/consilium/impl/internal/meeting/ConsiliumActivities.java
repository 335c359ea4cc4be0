package org.opora.consilium.impl.internal.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;

import org.opora.consilium.api.ConsiliumPermissions;
import org.opora.consilium.api.meeting.Meeting;
import org.opora.consilium.api.meeting.MeetingKind;
import org.opora.consilium.api.meeting.MeetingStatus;
import org.opora.consilium.impl.internal.config.ConsiliumLists;
import org.opora.consilium.impl.internal.config.ConsiliumRules;
import org.opora.consilium.impl.internal.model.MeetingEntity;
import org.opora.consilium.impl.internal.rules.ReferralVisibility;
import org.opora.consilium.impl.internal.support.ConsiliumDatabase;
import org.opora.consilium.impl.internal.support.People;
import org.opora.core.api.activity.Activity;
import org.opora.core.api.activity.ActivityQuery;
import org.opora.core.api.activity.ActivitySource;
import org.opora.core.support.Caller;
import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.i18n.Translator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The consilium's work by direction (000 §3): the meetings held (protocol finalised), dated by the meeting's day,
 * and the additional examinations of referred pupils, dated by the day of the examination. Both are diagnostics
 * ({@link #DIRECTION}): 000 §3 defines diagnostics as determining the pupil's individual features and the causes of
 * difficulties in learning, development and social adaptation, which is what the examination establishes and the
 * consilium's collegial conclusion states (002). Neither is typed by a user, so neither carries its own field.
 *
 * <p>A meeting is listed to whoever may read it ({@code MeetingVisibility}); an examination to whoever may read the
 * examinations' findings ({@code ReferralVisibility#findings}): that a pupil was examined is itself part of the
 * examination materials (000 §6.1).
 */
@Component
public class ConsiliumActivities implements ActivitySource {

    /** The code of the core's list of directions both kinds of work carry. */
    static final String DIRECTION = "diagnostics";

    private final MeetingContext ctx;
    private final Translator translator;

    @Activate
    public ConsiliumActivities(@Reference ConsiliumDatabase db, @Reference People people,
            @Reference ConsiliumRules rules, @Reference ConsiliumLists lists, @Reference AuditService audit,
            @Reference Translator translator) {
        this.ctx = new MeetingContext(db, people, rules, lists, audit);
        this.translator = translator;
    }

    @Override
    public List<Activity> activities(ActivityQuery query, Locale locale) {
        Caller who = ctx.people.who();
        if (!who.allows(ConsiliumPermissions.ACCESS) || !query.wants(DIRECTION)) {
            return List.of();
        }
        return ctx.db.read(em -> {
            List<Activity> found = new ArrayList<>(meetings(em, who, query, locale));
            if (examinationsVisible(who)) {
                found.addAll(examinations(em, query, locale));
            }
            return found;
        });
    }

    private List<Activity> meetings(EntityManager em, Caller who, ActivityQuery query, Locale locale) {
        List<MeetingEntity> held = em.createQuery("select m from MeetingEntity m where m.status = :held"
                + " and m.date >= :f and m.date <= :t order by m.date desc, m.id desc", MeetingEntity.class)
                .setParameter("held", MeetingStatus.FINALISED).setParameter("f", query.from())
                .setParameter("t", query.to()).getResultList();
        String kind = t("consilium.work.kind.meeting", locale);
        return ctx.readable(em, who, held).stream().map(e -> e.toRecord(0))
                .map(m -> meeting(m, kind, translator.translate(m.kind() == MeetingKind.PLANNED
                        ? "consilium.work.meeting.planned" : "consilium.work.meeting.unplanned", locale, m.number())))
                .toList();
    }

    private List<Activity> examinations(EntityManager em, ActivityQuery query, Locale locale) {
        String kind = t("consilium.work.kind.examination", locale);
        String title = t("consilium.work.examination.title", locale);
        return em.createQuery("select r.id, r.examinedOn, r.pupilName, r.className, r.examinerName"
                + " from ReferralEntity r where r.examinedOn is not null and r.examinedOn >= :f"
                + " and r.examinedOn <= :t order by r.examinedOn desc, r.id desc", Object[].class)
                .setParameter("f", query.from()).setParameter("t", query.to()).getResultList().stream()
                .map(r -> examination((Long) r[0], (LocalDate) r[1], (String) r[2], (String) r[3], (String) r[4],
                        kind, title))
                .toList();
    }

    private boolean examinationsVisible(Caller w) {
        return new ReferralVisibility(w.isSystem(), w.login(), w.allows(ConsiliumPermissions.REFERRAL_RECEIVE),
                w.allows(ConsiliumPermissions.REFERRAL_EXAMINE), w.allows(ConsiliumPermissions.MEETING_READ_ALL),
                w.memberOn(ctx.db.today())).findings();
    }

    /**
     * A meeting held as an activity: its number and kind, the chair as who carried it out.
     *
     * @param kindTitle "meeting of the consilium" in the reader's language
     * @param title     the meeting's kind and number in the reader's language ("planned meeting No. 5")
     */
    static Activity meeting(Meeting m, String kindTitle, String title) {
        return new Activity(m.date(), DIRECTION, kindTitle, title, "", m.chairName(), "consilium/meeting/" + m.id());
    }

    /** An additional examination of a referred pupil as an activity: the pupil with the class, the examiner. */
    static Activity examination(long referralId, LocalDate on, String pupil, String className, String examiner,
            String kindTitle, String title) {
        String person = className == null || className.isBlank() ? pupil : pupil + ", " + className;
        return new Activity(on, DIRECTION, kindTitle, title, person, examiner, "consilium/referral/" + referralId);
    }

    private String t(String key, Locale locale) {
        return translator.translate(key, locale);
    }
}
