package org.opora.patronage.impl.internal.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opora.core.api.ConflictException;
import org.opora.patronage.api.PatronagePermissions;
import org.opora.patronage.api.cases.PatronageCase;
import org.opora.patronage.api.team.Assignment;
import org.opora.patronage.api.team.AssignmentDraft;
import org.opora.patronage.api.team.TeamMember;
import org.opora.patronage.impl.internal.support.PatronageServiceTestSupport;
import org.opora.platform.api.audit.AuditAction;

class TeamServiceImplTest extends PatronageServiceTestSupport {

    @Test
    void theCuratorFormsTheMicroTeamWhoThenReadTheCase() {
        PatronageCase c = curatedCase();
        signIn("belova", SPECIALIST);
        TeamMember m = team.addMember(c.id(), teacher.id(), "Class teacher", today());
        assertEquals(teacher.name().full(), m.name());
        audited("belova", AuditAction.CREATE, TeamServiceImpl.MEMBER, m.id());
        refused("patronage.error.memberServing", () -> team.addMember(c.id(), teacher.id(), "", today()));
        refused("patronage.rule.beforeOpening",
                () -> team.addMember(c.id(), director.id(), "", c.openedOn().minusDays(1)));
        signIn("smirnova", CLASS_TEACHER);
        assertTrue(cases.get(c.id()).workable(), "the micro-team logs contacts");
        assertEquals(List.of(m.id()), team.members(c.id()).stream().map(TeamMember::id).toList());
    }

    @Test
    void aMemberLeavesTheTeamOnADay() {
        PatronageCase c = curatedCase();
        signIn("belova", SPECIALIST);
        TeamMember m = team.addMember(c.id(), teacher.id(), "", today().minusDays(3));
        TeamMember ended = team.endMember(m.id(), m.version(), today().minusDays(1));
        assertEquals(today().minusDays(1), ended.to());
        assertThrows(ConflictException.class, () -> team.endMember(m.id(), m.version(), today()));
        signIn("smirnova", CLASS_TEACHER);
        refusedAndJournaled("smirnova", c.id(), () -> cases.get(c.id()));
    }

    @Test
    void onlyTheCuratorsAndTheCoordinatorFormTheTeam() {
        PatronageCase c = curatedCase();
        signIn("smirnova", CLASS_TEACHER);
        refusedAndJournaled("smirnova", c.id(), () -> team.addMember(c.id(), teacher.id(), "", today()));
        assertEquals(0, UNIT.rows("TEAM_MEMBER"));
    }

    @Test
    void theCoordinatorInvolvesASpecialistWhoReportsTheOutcome() {
        PatronageCase c = curatedCase();
        asCoordinator();
        refused("patronage.rule.specialistType", () -> team.assign(c.id(),
                new AssignmentDraft("speech-therapist", psychologist.id(), "", "Check", today())));
        refused("core.error.required",
                () -> team.assign(c.id(), new AssignmentDraft("inspector", null, " ", "Talk", today())));
        Assignment inspector = team.assign(c.id(),
                new AssignmentDraft("inspector", null, "Kuznetsov, juvenile police", "Preventive talk", today()));
        assertEquals("Kuznetsov, juvenile police", inspector.specialist());
        Assignment doctor = team.assign(c.id(),
                new AssignmentDraft("psychologist", psychologist.id(), "", "Diagnostics of anxiety", today()));
        audited("orlova", AuditAction.CREATE, TeamServiceImpl.ASSIGNMENT, doctor.id());

        signIn("belova", SPECIALIST);
        refused("patronage.rule.outcomeBeforeRequest",
                () -> team.recordOutcome(doctor.id(), doctor.version(), "Done", today().minusDays(1)));
        Assignment done = team.recordOutcome(doctor.id(), doctor.version(), "High anxiety; sessions weekly", today());
        assertEquals(today(), done.outcomeOn());
        assertEquals(2, team.assignments(c.id()).size());
        assertNull(team.assignments(c.id()).stream().filter(a -> a.id() == inspector.id()).findFirst().orElseThrow()
                .outcomeOn());
    }

    @Test
    void anAssignedSpecialistReadsTheCaseButNobodyElseRecordsTheOutcome() {
        PatronageCase c = openCase();
        core.addStaff("Medvedeva", "medvedeva", "medical");
        Assignment a = team.assign(c.id(), new AssignmentDraft("medical", core.staffService().byUsername("medvedeva")
                .orElseThrow().id(), "", "Health check", today()));
        signIn("medvedeva", CLASS_TEACHER);
        assertEquals(c.id(), cases.get(c.id()).id());
        signIn("smirnova", CLASS_TEACHER);
        refusedAndJournaled("smirnova", c.id(), () -> team.recordOutcome(a.id(), a.version(), "x", today()));
        signIn("nobody");
        denied(PatronagePermissions.WORK, () -> team.recordOutcome(a.id(), a.version(), "x", today()));
    }
}
