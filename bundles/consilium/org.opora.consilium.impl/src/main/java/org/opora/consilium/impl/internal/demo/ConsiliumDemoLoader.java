package org.opora.consilium.impl.internal.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.opora.consilium.api.ConsiliumService;
import org.opora.consilium.api.meeting.MeetingQuery;
import org.opora.consilium.api.meeting.MeetingService;
import org.opora.consilium.api.referral.ReferralQuery;
import org.opora.consilium.api.referral.ReferralService;
import org.opora.core.api.pupil.PupilQuery;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.staff.BodyMember;
import org.opora.core.api.staff.StaffService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds the demo consilium to the demo school when the demo profile is on ({@code etc/org.opora.consilium.demo.cfg}):
 * in its own thread it waits until the core's demo school is there (pupils and the consilium's chair and secretary),
 * then, if there are no meetings and no referrals yet, writes the {@link DemoPlan} through the services as the
 * system. An installation that already has meetings or referrals is never touched.
 */
@Component(configurationPid = ConsiliumDemoLoader.PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        immediate = true, service = ConsiliumDemoLoader.class)
@Designate(ocd = ConsiliumDemoConfig.class)
public class ConsiliumDemoLoader {

    public static final String PID = "org.opora.consilium.demo";
    private static final Logger LOG = LoggerFactory.getLogger(ConsiliumDemoLoader.class);
    /** The core's demo school has about 600 pupils; fewer means it is still being written or absent. */
    private static final int DEMO_SCHOOL_PUPILS = 500;
    private static final long WAIT_MILLIS = TimeUnit.MINUTES.toMillis(10);
    private static final long POLL_MILLIS = 2_000;

    private final ConsiliumService consilium;
    private final MeetingService meetings;
    private final ReferralService referrals;
    private final PupilService pupils;
    private final StaffService staff;
    private final CountDownLatch stop = new CountDownLatch(1);
    private final Thread worker;

    @Activate
    public ConsiliumDemoLoader(@Reference ConsiliumService consilium, @Reference MeetingService meetings,
            @Reference ReferralService referrals, @Reference PupilService pupils, @Reference StaffService staff,
            ConsiliumDemoConfig config) {
        this.consilium = consilium;
        this.meetings = meetings;
        this.referrals = referrals;
        this.pupils = pupils;
        this.staff = staff;
        if (config.enabled()) {
            worker = new Thread(() -> run(config.seed()), "opora-demo-consilium");
            worker.setDaemon(true);
            worker.start();
        } else {
            worker = null;
        }
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        stop.countDown();
        if (worker != null) {
            worker.join(60_000); // let a write in progress finish before the services go away
        }
    }

    private void run(long seed) {
        try {
            if (!awaitDemoSchool()) {
                return;
            }
            if (meetings.count(MeetingQuery.all()) > 0
                    || referrals.count(ReferralQuery.of(ReferralQuery.Scope.ALL)) > 0) {
                LOG.info("Demo consilium not created: there are meetings or referrals already");
                return;
            }
            LocalDate today = LocalDate.now();
            DemoPlan plan = new DemoPlanner().plan(seed, today,
                    pupils.find(PupilQuery.all(), 0, Integer.MAX_VALUE));
            DemoWriter writer = new DemoWriter(consilium, meetings, referrals, pupils, staff, new DemoTexts());
            int m = writer.meetings(plan);
            int r = writer.referrals(plan, today);
            LOG.info("Demo consilium created: {} meetings, {} referrals", m, r);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("The demo consilium could not be created completely", e);
        }
    }

    /** Whether the demo school appeared within the wait; {@code false} when stopped or timed out. */
    private boolean awaitDemoSchool() throws InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (!ready()) {
            if (System.currentTimeMillis() > deadline) {
                LOG.warn("Demo consilium not created: no demo school with a consilium within 10 minutes");
                return false;
            }
            if (stop.await(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                return false;
            }
        }
        return stop.getCount() > 0;
    }

    private boolean ready() {
        try {
            if (pupils.count(PupilQuery.all()) <= DEMO_SCHOOL_PUPILS) {
                return false;
            }
            List<BodyMember> members = consilium.composition(LocalDate.now());
            return members.stream().anyMatch(b -> "chair".equals(b.role()))
                    && members.stream().anyMatch(b -> "secretary".equals(b.role()));
        } catch (RuntimeException e) {
            LOG.debug("Demo consilium: the school is not ready yet: {}", e.toString());
            return false;
        }
    }
}
