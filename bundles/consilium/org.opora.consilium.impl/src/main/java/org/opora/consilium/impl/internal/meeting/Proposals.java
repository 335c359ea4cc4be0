package org.opora.consilium.impl.internal.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.opora.consilium.api.ConsiliumPermissions;
import org.opora.consilium.api.ConsiliumSettings;
import org.opora.consilium.api.link.AgendaProposal;
import org.opora.consilium.api.link.AgendaReason;
import org.opora.consilium.api.link.AgendaSource;
import org.opora.consilium.api.meeting.MeetingStatus;
import org.opora.consilium.api.referral.ReferralStatus;
import org.opora.consilium.impl.internal.config.ConsiliumList;
import org.opora.consilium.impl.internal.model.AgendaItemEntity;
import org.opora.consilium.impl.internal.model.MeetingEntity;
import org.opora.consilium.impl.internal.model.ReferralEntity;
import org.opora.consilium.impl.internal.rules.AgendaPrefill;
import org.opora.consilium.impl.internal.support.Checks;
import org.opora.core.api.ListItem;
import org.opora.core.support.Caller;
import org.opora.core.support.FieldChecks;
import org.opora.platform.api.i18n.Translator;
import org.opora.platform.api.security.AccessDeniedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pupils proposed for a meeting's agenda ({@link AgendaPrefill}): confirmed referrals, overdue reviews and the
 * proposals of every registered {@link AgendaSource}; a failing source is logged and skipped.
 */
final class Proposals {

    private static final Logger LOG = LoggerFactory.getLogger(Proposals.class);

    private final MeetingContext ctx;
    private final Supplier<List<AgendaSource>> sources;
    private final Supplier<Translator> translator;

    Proposals(MeetingContext ctx, Supplier<List<AgendaSource>> sources, Supplier<Translator> translator) {
        this.ctx = ctx;
        this.sources = sources;
        this.translator = translator;
    }

    List<AgendaProposal> proposals(LocalDate day) {
        Caller who = ctx.caller();
        FieldChecks.schoolYears("date", day, ctx.db.today());
        if (!MeetingServiceImpl.canCreate(who, day, ctx.db.today())) {
            throw new AccessDeniedException(ConsiliumPermissions.MEETING_MANAGE);
        }
        Locale locale = who.locale();
        List<AgendaProposal> all = new ArrayList<>();
        List<AgendaPrefill.Scheduled> scheduled = ctx.db.read(em -> {
            all.addAll(AgendaPrefill.fromReferrals(referrals(em, locale)));
            all.addAll(overdue(em, day, locale));
            return scheduled(em);
        });
        for (AgendaSource source : sources.get()) {
            try {
                all.addAll(source.proposals(day));
            } catch (RuntimeException e) {
                LOG.warn("Agenda source {} failed; its proposals are left out", source.getClass().getName(), e);
            }
        }
        return AgendaPrefill.merge(all, scheduled);
    }

    private List<AgendaPrefill.Referred> referrals(EntityManager em, Locale locale) {
        List<ListItem> signs = ctx.lists.items(ConsiliumList.SIGNS, locale);
        return em.createQuery("select r from ReferralEntity r where r.status = :s order by r.examinedOn, r.id",
                ReferralEntity.class).setParameter("s", ReferralStatus.CONFIRMED).getResultList().stream()
                .map(r -> new AgendaPrefill.Referred(r.getId(), r.getPupilId(), r.getStatus(),
                        text(locale, "consilium.proposal.referral", FieldChecks.day(r.getFiledOn()),
                                r.getSigns().stream().map(c -> ConsiliumSettings.label(signs, c))
                                        .collect(Collectors.joining(", "))),
                        null))
                .toList();
    }

    private List<AgendaProposal> overdue(EntityManager em, LocalDate day, Locale locale) {
        Map<Long, MeetingEntity> meetings = new HashMap<>();
        List<AgendaPrefill.Decided> decided = new ArrayList<>();
        for (Object[] row : em.createQuery("select i, m from AgendaItemEntity i, MeetingEntity m"
                + " where i.meetingId = m.id and m.status = :f", Object[].class)
                .setParameter("f", MeetingStatus.FINALISED).getResultList()) {
            AgendaItemEntity i = (AgendaItemEntity) row[0];
            MeetingEntity m = (MeetingEntity) row[1];
            meetings.put(i.getId(), m);
            decided.add(new AgendaPrefill.Decided(i.getId(), i.getPupilId(), m.getDate(), i.getDecisions(),
                    i.getReviewBy(), i.getSourceRef()));
        }
        return AgendaPrefill.overdue(decided, day).stream().map(d -> {
            MeetingEntity m = meetings.get(d.itemId());
            return new AgendaProposal(d.pupilId(), AgendaReason.OVERDUE, null, d.sourceRef(),
                    text(locale, "consilium.proposal.overdue", FieldChecks.day(d.reviewBy()), m.getNumber(),
                            FieldChecks.day(m.getDate())),
                    d.reviewBy());
        }).toList();
    }

    private static List<AgendaPrefill.Scheduled> scheduled(EntityManager em) {
        return em.createQuery("select i from AgendaItemEntity i, MeetingEntity m where i.meetingId = m.id"
                + " and m.status = :p", AgendaItemEntity.class).setParameter("p", MeetingStatus.PREPARATION)
                .getResultList().stream().map(i -> new AgendaPrefill.Scheduled(i.getPupilId(), i.getReason(),
                        i.getReferralId(), i.getSourceRef()))
                .toList();
    }

    private String text(Locale locale, String key, Object... params) {
        Translator t = translator.get();
        return t == null ? "" : t.translate(key, locale, params);
    }
}
