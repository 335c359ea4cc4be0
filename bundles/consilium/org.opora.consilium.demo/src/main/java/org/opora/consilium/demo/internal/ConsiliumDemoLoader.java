package org.opora.consilium.demo.internal;

import java.time.LocalDate;
import java.util.List;

import org.opora.consilium.api.ConsiliumService;
import org.opora.consilium.api.meeting.AgendaService;
import org.opora.consilium.api.meeting.ContributionService;
import org.opora.consilium.api.meeting.MeetingQuery;
import org.opora.consilium.api.meeting.MeetingService;
import org.opora.consilium.api.meeting.ParticipantService;
import org.opora.consilium.api.meeting.ProtocolService;
import org.opora.consilium.api.referral.ReferralQuery;
import org.opora.consilium.api.referral.ReferralService;
import org.opora.core.api.SchoolService;
import org.opora.core.api.pupil.PupilQuery;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.staff.BodyRoleMeaning;
import org.opora.core.api.staff.BodyRoles;
import org.opora.core.api.staff.BodyMember;
import org.opora.core.api.staff.StaffService;
import org.opora.core.demo.DemoRun;
import org.opora.core.demo.DemoTexts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds the demo consilium to the demo school, whenever this bundle is installed (feature {@code opora-demo} with
 * {@code opora-consilium}): in its own thread it waits until the core's demo school is there
 * ({@link SchoolService#isDemo()}, with the consilium's chair and secretary), then, if there are no meetings and no
 * referrals yet, writes the {@link DemoPlan} through the services in the names of the school's people. An
 * installation that already has meetings or referrals, or whose school is not the demo school, is never touched.
 */
@Component(configurationPid = ConsiliumDemoLoader.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL,
        immediate = true, service = {})
@Designate(ocd = ConsiliumDemoConfig.class)
public class ConsiliumDemoLoader {

    public static final String PID = "org.opora.consilium.demo";
    private static final Logger LOG = LoggerFactory.getLogger(ConsiliumDemoLoader.class);
    static final String TEXTS = "/demo/consilium-demo.properties";

    private final ConsiliumService consilium;
    private final BodyRoles roles;
    private final DemoWriter.Meetings meetings;
    private final ReferralService referrals;
    private final PupilService pupils;
    private final StaffService staff;
    private final SchoolService school;
    private final DemoRun run;

    @Activate
    public ConsiliumDemoLoader(@Reference ConsiliumService consilium, @Reference MeetingService meetings,
            @Reference AgendaService agenda, @Reference ContributionService contributions,
            @Reference ParticipantService participants, @Reference ProtocolService protocol,
            @Reference ReferralService referrals, @Reference PupilService pupils, @Reference StaffService staff,
            @Reference SchoolService school, @Reference BodyRoles roles, ConsiliumDemoConfig config) {
        this.consilium = consilium;
        this.roles = roles;
        this.meetings = new DemoWriter.Meetings(meetings, agenda, contributions, participants, protocol);
        this.referrals = referrals;
        this.pupils = pupils;
        this.staff = staff;
        this.school = school;
        run = DemoRun.start("opora-demo-consilium", "Demo consilium", this::ready, () -> write(config.seed()));
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        run.stop();
    }

    private void write(long seed) {
        if (meetings.meetings().count(MeetingQuery.all()) > 0
                || referrals.count(ReferralQuery.of(ReferralQuery.Scope.ALL)) > 0) {
            LOG.info("Demo consilium not created: there are meetings or referrals already");
            return;
        }
        LocalDate today = LocalDate.now();
        DemoPlan plan = new DemoPlanner().plan(seed, today, pupils.find(PupilQuery.all(), 0, Integer.MAX_VALUE));
        DemoWriter writer = new DemoWriter(consilium, meetings, referrals, pupils, staff, roles,
                new DemoTexts(ConsiliumDemoLoader.class, TEXTS));
        int m = writer.meetings(plan);
        int r = writer.referrals(plan, today);
        LOG.info("Demo consilium created: {} meetings, {} referrals", m, r);
    }

    /** The demo school is there with the consilium's chair and secretary. */
    private boolean ready() {
        if (!school.isDemo()) {
            return false;
        }
        List<BodyMember> members = consilium.composition(LocalDate.now());
        return members.stream().anyMatch(b -> roles.is(b.role(), BodyRoleMeaning.CHAIR))
                && members.stream().anyMatch(b -> roles.is(b.role(), BodyRoleMeaning.SECRETARY));
    }
}
