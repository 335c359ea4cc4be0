package org.opora.consilium.impl.internal.duty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.opora.consilium.api.ConsiliumPermissions;
import org.opora.consilium.api.ConsiliumService;
import org.opora.consilium.api.meeting.ContributionService;
import org.opora.consilium.api.meeting.Meeting;
import org.opora.consilium.api.meeting.MeetingQuery;
import org.opora.consilium.api.meeting.MeetingService;
import org.opora.consilium.api.meeting.MeetingStatus;
import org.opora.consilium.api.meeting.PresentationRequest;
import org.opora.consilium.api.referral.Referral;
import org.opora.consilium.api.referral.ReferralQuery;
import org.opora.consilium.api.referral.ReferralService;
import org.opora.consilium.api.referral.ReferralStatus;
import org.opora.core.api.staff.BodyMember;
import org.opora.core.api.staff.BodyRoleMeaning;
import org.opora.core.api.staff.BodyRoles;
import org.opora.core.support.FieldChecks;
import org.opora.platform.api.duty.Duty;
import org.opora.platform.api.duty.DutyProvider;
import org.opora.platform.api.i18n.Translator;
import org.opora.platform.api.security.OporaUser;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "My duties" of the consilium: presentations asked of the user, protocols of past meetings the user keeps and has
 * not finalised, referrals awaiting the examination (examiners), new referrals to take note of (the administration)
 * and confirmed referrals awaiting an unplanned meeting (who may create meetings); a consilium without a chair or a
 * secretary today (who may appoint them: by default the director, who signs the order). Called as the user while the home
 * page is built; each kind is one or two service calls, and a kind that fails is logged and left out.
 */
@Component
public class ConsiliumDuties implements DutyProvider {

    /** At most this many items of one kind are listed. */
    static final int LIMIT = 50;

    private static final Logger LOG = LoggerFactory.getLogger(ConsiliumDuties.class);

    private final MeetingService meetings;
    private final ContributionService contributions;
    private final ReferralService referrals;
    private final ConsiliumService consilium;
    private final Translator translator;
    private final BodyRoles roles;

    @Activate
    public ConsiliumDuties(@Reference MeetingService meetings, @Reference ContributionService contributions,
            @Reference ReferralService referrals, @Reference ConsiliumService consilium,
            @Reference Translator translator, @Reference BodyRoles roles) {
        this.roles = roles;
        this.meetings = meetings;
        this.contributions = contributions;
        this.referrals = referrals;
        this.consilium = consilium;
        this.translator = translator;
    }

    @Override
    public List<Duty> dutiesOf(OporaUser user, Locale locale) {
        List<Duty> duties = new ArrayList<>();
        if (user.has(ConsiliumPermissions.ACCESS)) {
            Map<Long, Meeting> preparing = preparing();
            collect(duties, "presentations", () -> presentations(locale));
            collect(duties, "protocols", () -> unsignedProtocols(preparing.values(), locale));
            collect(duties, "confirmed referrals", () -> confirmed(locale));
            collect(duties, "officers missing", () -> officersMissing(locale));
        }
        if (user.has(ConsiliumPermissions.REFERRAL_EXAMINE)) {
            collect(duties, "examinations", () -> examinations(locale));
        }
        if (user.has(ConsiliumPermissions.REFERRAL_RECEIVE)) {
            collect(duties, "new referrals", () -> unacknowledged(locale));
        }
        return duties;
    }

    private static void collect(List<Duty> duties, String kind, Supplier<List<Duty>> source) {
        try {
            duties.addAll(source.get());
        } catch (RuntimeException e) {
            LOG.warn("Consilium duties of kind '{}' are left out: {}", kind, e.toString());
        }
    }

    /** The meetings in preparation the user may read, by id; none when the service fails. */
    private Map<Long, Meeting> preparing() {
        Map<Long, Meeting> result = new HashMap<>();
        try {
            meetings.find(new MeetingQuery(null, MeetingStatus.PREPARATION, null), 0, LIMIT)
                    .forEach(m -> result.put(m.id(), m));
        } catch (RuntimeException e) {
            LOG.warn("Consilium duties: the meetings in preparation could not be read: {}", e.toString());
        }
        return result;
    }

    private List<Duty> presentations(Locale locale) {
        List<Duty> result = new ArrayList<>();
        for (PresentationRequest p : contributions.myPendingPresentations()) {
            result.add(new Duty(text("presentation", locale, p.meetingNumber(), FieldChecks.day(p.meetingDate())),
                    pupil(p.pupilName(), p.className(), locale), p.due(), meetingRoute(p.meetingId())));
        }
        return result;
    }

    private List<Duty> unsignedProtocols(Iterable<Meeting> preparing, Locale locale) {
        LocalDate today = LocalDate.now();
        List<Duty> result = new ArrayList<>();
        for (Meeting m : preparing) {
            if (m.status() == MeetingStatus.PREPARATION && m.date().isBefore(today)
                    && meetings.access(m.id()).canKeep()) {
                result.add(new Duty(text("protocol", locale, m.number()),
                        text("protocol.detail", locale, FieldChecks.day(m.date())), m.date(), meetingRoute(m.id())));
            }
        }
        return result;
    }

    private List<Duty> examinations(Locale locale) {
        int examinationDays = consilium.settings(locale).examinationDays();
        return referrals.find(new ReferralQuery(ReferralQuery.Scope.TO_EXAMINE, ReferralStatus.FILED, null), 0,
                LIMIT).stream().map(r -> new Duty(text("examination", locale, pupil(r, locale)),
                        text("referral.detail", locale, r.filedByName(), FieldChecks.day(r.filedOn())),
                        r.filedOn().plusDays(examinationDays), referralRoute(r))).toList();
    }

    private List<Duty> unacknowledged(Locale locale) {
        return referrals.find(new ReferralQuery(ReferralQuery.Scope.ALL, ReferralStatus.FILED, null), 0, LIMIT)
                .stream().filter(r -> r.acknowledgedOn() == null)
                .map(r -> new Duty(text("newReferral", locale, pupil(r, locale)),
                        text("referral.detail", locale, r.filedByName(), FieldChecks.day(r.filedOn())), r.filedOn(),
                        referralRoute(r))).toList();
    }

    /** Only a copy with the true status counts: the referring teacher's copy shows "examined" for both results. */
    private List<Duty> confirmed(Locale locale) {
        if (!consilium.canCreateMeetings()) {
            return List.of();
        }
        return referrals.find(new ReferralQuery(ReferralQuery.Scope.ALL, ReferralStatus.CONFIRMED, null), 0, LIMIT)
                .stream().filter(r -> r.findingsVisible() && r.status() == ReferralStatus.CONFIRMED
                        && r.meetingId() == null)
                .map(r -> new Duty(text("confirmed", locale), pupil(r, locale), null, "consilium/meetings"))
                .toList();
    }

    /** The chair and the secretary the consilium lacks today, for whoever may appoint them. */
    private List<Duty> officersMissing(Locale locale) {
        if (!consilium.canManageComposition()) {
            return List.of();
        }
        List<String> held = consilium.composition(LocalDate.now()).stream().map(BodyMember::role).toList();
        List<String> missing = new ArrayList<>();
        for (BodyRoleMeaning meaning : List.of(BodyRoleMeaning.CHAIR, BodyRoleMeaning.SECRETARY)) {
            roles.code(meaning).filter(code -> !held.contains(code)).ifPresent(code -> missing.add(roles.label(code,
                    locale)));
        }
        if (missing.isEmpty()) {
            return List.of();
        }
        boolean order = consilium.settings(locale).orderRequired();
        String detail = order ? text("officers.order", locale, consilium.compositionSigner().position())
                : text("officers.detail", locale);
        return List.of(new Duty(text("officers", locale, String.join(", ", missing)), detail, null,
                "consilium/composition"));
    }

    private String pupil(Referral r, Locale locale) {
        return pupil(r.pupilName(), r.className(), locale);
    }

    private String pupil(String name, String className, Locale locale) {
        return className == null || className.isBlank() ? name : text("pupil", locale, name, className);
    }

    private String text(String key, Locale locale, Object... params) {
        return translator.translate("consilium.duty." + key, locale, params);
    }

    private static String meetingRoute(long meetingId) {
        return "consilium/meeting/" + meetingId;
    }

    private static String referralRoute(Referral r) {
        return "consilium/referral/" + r.id();
    }
}
