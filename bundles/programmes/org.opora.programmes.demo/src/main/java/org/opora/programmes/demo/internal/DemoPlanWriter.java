package org.opora.programmes.demo.internal;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.pupil.Representative;
import org.opora.core.api.staff.Order;
import org.opora.core.api.staff.OrderDraft;
import org.opora.core.api.staff.OrderService;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.demo.DemoTexts;
import org.opora.programmes.api.plan.Acquaintance;
import org.opora.programmes.api.plan.IndividualPlan;
import org.opora.programmes.api.plan.IndividualPlanDraft;
import org.opora.programmes.api.plan.IndividualPlanService;
import org.opora.programmes.api.plan.PlanChoice;
import org.opora.programmes.api.programme.Consent;
import org.opora.programmes.demo.internal.DemoPlan.DemoIndividualPlan;

/**
 * Writes the demo individual plans through {@link IndividualPlanService}: the director registers the order that
 * sets the deadline of drafting and approving the plans (001 section 4.9) in the core's register; the drafter
 * informs the parents of the right, drafts the plan with their choices, discusses it with them and records their
 * consent; for the approved plan the coordinator agrees it and the director approves it within the deadline.
 * The service dates the drafting itself (today), so the later steps are dated today as well.
 */
final class DemoPlanWriter {

    private static final Pattern NUMBER = Pattern.compile("^(\\d+)");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final IndividualPlanService plans;
    private final OrderService orders;
    private final PupilService pupils;
    private final DemoCast cast;
    private final DemoTexts texts;

    DemoPlanWriter(IndividualPlanService plans, OrderService orders, PupilService pupils, DemoCast cast,
            DemoTexts texts) {
        this.plans = plans;
        this.orders = orders;
        this.pupils = pupils;
        this.cast = cast;
        this.texts = texts;
    }

    /** Writes the order and the plans; returns how many plans. */
    int write(DemoPlan plan, LocalDate today) {
        if (plan.plans().isEmpty()) {
            return 0;
        }
        LocalDate deadline = plan.plans().get(0).deadline();
        Order order = cast.as(cast.director(), DemoCast.DIRECTOR, () -> orders.register(new OrderDraft(
                nextNumber(), plan.orderDate(), texts.text("order.title"),
                MessageFormat.format(texts.text("order.subject"), DAY.format(deadline)))));
        // 001 §8.2, §8.3.1: the coordinator is appointed by the director's order, registered the same day
        Order appointment = cast.as(cast.director(), DemoCast.DIRECTOR, () -> orders.register(new OrderDraft(
                nextNumber(), plan.orderDate(), texts.text("order.coordinator.title"),
                MessageFormat.format(texts.text("order.coordinator.subject"), cast.coordinator().name().full()))));
        for (DemoIndividualPlan p : plan.plans()) {
            write(p, order, appointment, today);
        }
        return plan.plans().size();
    }

    private void write(DemoIndividualPlan d, Order order, Order appointment, LocalDate today) {
        StaffMember drafter = cast.of(d.drafter(), d.pupilId());
        StaffMember coordinator = cast.coordinator();
        IndividualPlan consented = cast.as(drafter, DemoCast.SPECIALIST, () -> {
            String parent = parent(d.pupilId());
            plans.informParents(d.pupilId(), d.informed(), parent);
            IndividualPlan drafted = plans.create(new IndividualPlanDraft(d.pupilId(), d.basis(),
                    choices(texts, d.basis()), d.curriculumHours(), d.start(), d.end(), coordinator.id(),
                    d.deadline(), order.id(), appointment.id()));
            // 001 §4.3: the parents acquainted with the programme, the curriculum and the procedure when informed
            IndividualPlan acquainted = plans.recordAcquaintance(drafted.id(), drafted.version(),
                    new Acquaintance(d.informed(), parent, true, true, true, ""));
            IndividualPlan discussed = plans.discussedWithParents(acquainted.id(), acquainted.version(), today);
            return plans.recordConsent(discussed.id(), discussed.version(), new Consent(true, today, parent, ""));
        });
        if (!d.approve()) {
            return;
        }
        IndividualPlan agreed = cast.as(coordinator, DemoCast.COORDINATOR,
                () -> plans.agree(consented.id(), consented.version(), today));
        cast.as(cast.director(), DemoCast.DIRECTOR, () -> plans.approve(agreed.id(), agreed.version(), today));
    }

    /** The parents' choices for the basis: {@code plan.gifted.choice.N} or {@code plan.support.choice.N}. */
    static List<PlanChoice> choices(DemoTexts texts, String basis) {
        String key = "plan." + (DemoPlanner.GIFTED_FLAGS.contains(basis) ? "gifted" : "support") + ".choice";
        List<PlanChoice> choices = new ArrayList<>();
        for (int i = 1; i <= texts.count(key); i++) {
            String[] parts = texts.text(key + "." + i).split("\\|", -1);
            if (parts.length != 4) {
                throw new IllegalStateException("demo text " + key + "." + i + " is not kind|title|hours|note");
            }
            choices.add(new PlanChoice(0, parts[0].strip(), parts[1].strip(), Integer.parseInt(parts[2].strip()),
                    parts[3].strip()));
        }
        return choices;
    }

    /** The number after the highest one of the register, with the school's suffix. */
    private String nextNumber() {
        int highest = 0;
        for (Order o : orders.find("", 0, Integer.MAX_VALUE)) {
            Matcher m = NUMBER.matcher(o.number().strip());
            if (m.find()) {
                highest = Math.max(highest, Integer.parseInt(m.group(1)));
            }
        }
        return (highest + 1) + texts.text("order.suffix");
    }

    private String parent(long pupilId) {
        List<Representative> representatives = pupils.card(pupilId).representatives();
        return representatives.isEmpty() ? texts.text("parent.unknown") : representatives.get(0).fullName();
    }
}
