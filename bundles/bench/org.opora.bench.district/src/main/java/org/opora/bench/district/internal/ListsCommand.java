package org.opora.bench.district.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.opora.core.api.SchoolService;
import org.opora.core.api.activity.ServiceWork;
import org.opora.core.api.pupil.ClassService;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.staff.StaffService;
import org.opora.platform.api.duty.DutyProvider;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.security.SystemWork;
import org.opora.platform.api.security.UserAdministration;
import org.opora.programmes.api.programme.ProgrammeService;
import org.opora.programmes.api.programme.SupportPlanService;

/**
 * {@code opora-bench:lists}: times every list a user meets, through the same service calls the views make (the
 * count and the first page, as a lazy grid asks), as the user the view would serve: p50/p95/p99 per list over the
 * repetitions, PASS or OVER against 100 ms p95. Run it on a district's data ({@code opora-bench:district}).
 */
@Service
@Command(scope = "opora-bench", name = "lists", description = "Bench only: times the lists and searches users meet "
        + "(count + first page through the views' service calls, as demo users) and prints p50/p95/p99 per list.")
public class ListsCommand implements Action {

    @Reference
    UserAdministration users;

    @Reference
    SchoolService school;

    @Reference
    PupilService pupils;

    @Reference
    ClassService classes;

    @Reference
    StaffService staff;

    @Reference
    ServiceWork serviceWork;

    @Reference(optional = true)
    ProgrammeService programmes;

    @Reference(optional = true)
    SupportPlanService plans;

    @Reference
    List<DutyProvider> duties;

    @Option(name = "--repeat", description = "timed repetitions of each list (default 50, after 3 untimed)")
    int repeat = 50;

    @Option(name = "--page", description = "the page a grid asks for first (default 50 rows)")
    int page = 50;

    @Override
    public Object execute() throws Exception {
        List<Timings> results = new ArrayList<>();
        Lists lists = new Lists(this);
        // each list's line as soon as it is timed: on a slow list the run takes a while
        System.out.println(Timings.header());
        for (Lists.Measure m : lists.all()) {
            OporaUser user = users.resolve(m.login()).orElseThrow(
                    () -> new IllegalStateException("No user " + m.login() + ": start with the demo school"));
            Timings t = time(m.name() + " [" + m.login() + "]", user, m.list());
            System.out.println(t.line());
            System.out.flush();
            results.add(t);
        }
        long over = results.stream().filter(t -> t.p95() > Timings.LIMIT_MS).count();
        System.out.println(String.format(Locale.ROOT, "%d lists, %d over 100 ms p95", results.size(), over));
        return null;
    }

    private Timings time(String name, OporaUser user, Supplier<Integer> list) {
        Timings t = new Timings(name, repeat);
        try {
            run(t, user, list);
        } catch (RuntimeException e) {
            // a list the user may not open, or a failing module: named in the figures, the others still run
            t.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return t;
    }

    private void run(Timings t, OporaUser user, Supplier<Integer> list) {
        for (int i = 0; i < 3; i++) {
            SystemWork.actingAs(user, list);
        }
        for (int i = 0; i < repeat; i++) {
            long start = System.nanoTime();
            int rows = SystemWork.actingAs(user, list);
            t.add((System.nanoTime() - start) / 1e6);
            t.rows(rows);
        }
    }
}
