package org.opora.teachersupport.impl.internal.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.duty.Duty;
import org.opora.platform.api.security.OporaUser;
import org.opora.teachersupport.api.record.SupportRecord;
import org.opora.teachersupport.api.record.SupportStatus;
import org.opora.teachersupport.api.route.Checkpoint;
import org.opora.teachersupport.api.route.CheckpointDraft;
import org.opora.teachersupport.api.route.CheckpointDue;
import org.opora.teachersupport.api.route.CheckpointResult;
import org.opora.teachersupport.api.route.CheckpointState;
import org.opora.teachersupport.api.route.Route;
import org.opora.teachersupport.api.route.RouteDraft;
import org.opora.teachersupport.api.route.RouteFocus;
import org.opora.teachersupport.api.route.RoutePlace;
import org.opora.teachersupport.impl.internal.record.RecordGate;
import org.opora.teachersupport.impl.internal.support.TeacherSupportTestSupport;

class RouteServiceImplTest extends TeacherSupportTestSupport {

    @Test
    void theRouteIsDrawnUpWithinTheRecordsTime() {
        SupportRecord r = openRecord();
        asLead();
        assertTrue(routes.route(r.id()).isEmpty());
        refused("teachersupport.rule.beforeDecision", () -> routes.saveRoute(r.id(), r.version(), new RouteDraft(
                RouteFocus.THEORETICAL, RoutePlace.OUTSIDE_SCHOOL, "Courses", today().minusDays(31), today())));
        refused("teachersupport.rule.routeEnd", () -> routes.saveRoute(r.id(), r.version(), new RouteDraft(
                RouteFocus.THEORETICAL, RoutePlace.OUTSIDE_SCHOOL, "Courses", today(), today().minusDays(1))));
        refused("core.error.required", () -> routes.saveRoute(r.id(), r.version(), new RouteDraft(null,
                RoutePlace.OUTSIDE_SCHOOL, "Courses", today(), today())));
        Route route = routes.saveRoute(r.id(), r.version(), new RouteDraft(RouteFocus.THEORETICAL,
                RoutePlace.OUTSIDE_SCHOOL, "Courses at the institute", today(), today().plusDays(90)));
        assertEquals(RoutePlace.OUTSIDE_SCHOOL, route.place());
        audited("lebedeva", AuditAction.UPDATE, RecordGate.RECORD, r.id());
        assertEquals(SupportStatus.IN_PROGRESS, records.get(r.id()).status());
        conflict(() -> routes.saveRoute(r.id(), r.version(), new RouteDraft(RouteFocus.PRACTICAL,
                RoutePlace.INSIDE_SCHOOL, "X", today(), today())));
    }

    @Test
    void checkpointsAreDueWithinTheRouteAndCarryTheirResult() {
        SupportRecord plain = openRecord();
        asLead();
        refused("teachersupport.error.noRoute", () -> routes.addCheckpoint(plain.id(),
                new CheckpointDraft("open-lesson", "Open lesson in 7B", today())));
        routes.saveRoute(plain.id(), plain.version(), new RouteDraft(RouteFocus.PRACTICAL, RoutePlace.INSIDE_SCHOOL,
                "Lesson design", today().minusDays(25), today().plusDays(60)));
        SupportRecord r = records.get(plain.id());
        refused("teachersupport.rule.dueOutsideRoute", () -> routes.addCheckpoint(r.id(),
                new CheckpointDraft("open-lesson", "Open lesson", today().plusDays(61))));
        refused("teachersupport.rule.unknownCode", () -> routes.addCheckpoint(r.id(),
                new CheckpointDraft("dance", "X", today())));
        Checkpoint c = routes.addCheckpoint(r.id(), new CheckpointDraft("open-lesson", "Open lesson in 7B",
                today().plusDays(3)));
        assertEquals(CheckpointState.DUE, c.state());
        refused("teachersupport.rule.checkpointOutside", () -> routes.saveRoute(r.id(), records.get(r.id())
                .version(), new RouteDraft(RouteFocus.PRACTICAL, RoutePlace.INSIDE_SCHOOL, "X", today(),
                        today().plusDays(1))));
        Checkpoint done = routes.recordResult(c.id(), c.version(), new CheckpointResult(today(),
                "Objectives set and reached", "Lesson analysis by the methodologist"));
        assertEquals(CheckpointState.DONE, done.state());
        audited("lebedeva", AuditAction.UPDATE, RouteServiceImpl.CHECKPOINT, c.id());
        refused("teachersupport.error.checkpointDone", () -> routes.updateCheckpoint(c.id(), done.version(),
                new CheckpointDraft("open-lesson", "Again", today())));
        refused("core.error.required", () -> routes.recordResult(c.id(), done.version(),
                new CheckpointResult(today(), "", "")));
    }

    @Test
    void dueAndOverdueCheckpointsAreTheLeadsDuties() {
        SupportRecord r = routedRecord();
        asLead();
        Checkpoint overdue = routes.addCheckpoint(r.id(), new CheckpointDraft("interview-methodologist",
                "Interview on lesson objectives", today().minusDays(2)));
        Checkpoint due = routes.addCheckpoint(r.id(), new CheckpointDraft("portfolio", "Portfolio section",
                today().plusDays(7)));
        routes.addCheckpoint(r.id(), new CheckpointDraft("essay", "Essay", today().plusDays(8)));
        Checkpoint passed = routes.addCheckpoint(r.id(), new CheckpointDraft("open-lesson", "Open lesson",
                today().minusDays(1)));
        routes.recordResult(passed.id(), passed.version(), new CheckpointResult(today(), "Good", ""));

        List<CheckpointDue> dueNow = routes.dueFor("lebedeva");
        assertEquals(List.of(overdue.id(), due.id()), dueNow.stream().map(d -> d.checkpoint().id()).toList(),
                "overdue first; the essay is 8 days away, beyond the 7 days of notice");
        assertEquals(List.of(CheckpointState.OVERDUE, CheckpointState.DUE),
                dueNow.stream().map(d -> d.checkpoint().state()).toList());
        assertEquals("Morozova Anna Petrovna", dueNow.get(0).teacher());
        assertEquals(List.of(), routes.dueFor("belova"), "duties of the lead, not of the participants");

        List<Duty> duties = this.duties.dutiesOf(new OporaUser("lebedeva", "Lebedeva", java.util.Set.of(),
                java.util.Set.of(WORKER), Locale.forLanguageTag("ru")), Locale.forLanguageTag("ru"));
        assertEquals(2, duties.size());
        assertTrue(duties.get(0).title().startsWith("Просрочен контрольный срез «Собеседование с методистом»"),
                duties.get(0).title());
        assertEquals("teacher-support/record/" + r.id(), duties.get(0).route());
        assertEquals(today().minusDays(2), duties.get(0).due());
        signIn("belova", WORKER);
        assertEquals(List.of(), routes.dueFor("lebedeva"), "nobody reads another's duties");
    }

    @Test
    void theNoticeDaysAreASetting() {
        wire(Map.of("checkpointNoticeDays", 0));
        SupportRecord r = routedRecord();
        routes.addCheckpoint(r.id(), new CheckpointDraft("portfolio", "Portfolio", today().plusDays(1)));
        assertEquals(List.of(), routes.dueFor("lebedeva"));
        Checkpoint today = routes.addCheckpoint(r.id(), new CheckpointDraft("essay", "Essay", today()));
        assertEquals(List.of(today.id()), routes.dueFor("lebedeva").stream().map(d -> d.checkpoint().id()).toList());
    }
}
