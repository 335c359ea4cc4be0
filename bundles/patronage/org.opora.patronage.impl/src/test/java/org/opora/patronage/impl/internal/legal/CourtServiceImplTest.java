package org.opora.patronage.impl.internal.legal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opora.core.api.ConflictException;
import org.opora.patronage.api.cases.PatronageCase;
import org.opora.patronage.api.legal.CourtHearing;
import org.opora.patronage.api.legal.CourtHearingDraft;
import org.opora.patronage.impl.internal.support.PatronageServiceTestSupport;
import org.opora.platform.api.audit.AuditAction;

class CourtServiceImplTest extends PatronageServiceTestSupport {

    @Test
    void theCoordinatorRecordsAHearingAndLaterItsOutcome() {
        PatronageCase c = curatedCase();
        asCoordinator();
        CourtHearing h = court.record(c.id(), new CourtHearingDraft(today().plusDays(5), "District court",
                "Deprivation of parental rights", "Belov S. N., social pedagogue", ""));
        audited("orlova", AuditAction.CREATE, CourtServiceImpl.RECORD, h.id());
        refused("patronage.rule.outcomeBeforeHearing", () -> court.update(h.id(), h.version(),
                new CourtHearingDraft(h.date(), h.court(), h.matter(), h.representative(), "Granted")));
        CourtHearing past = court.update(h.id(), h.version(), new CourtHearingDraft(today(), h.court(), h.matter(),
                h.representative(), "The pupil stays with the grandmother"));
        assertEquals("The pupil stays with the grandmother", past.outcome());
        assertThrows(ConflictException.class, () -> court.update(h.id(), h.version(), new CourtHearingDraft(today(),
                h.court(), h.matter(), h.representative(), "")));
        signIn("belova", SPECIALIST);
        assertEquals(List.of(past), court.hearings(c.id()));
    }

    @Test
    void theHearingIsCheckedAndKeptByTheCoordinator() {
        PatronageCase c = curatedCase();
        asCoordinator();
        refused("core.error.required", () -> court.record(c.id(), new CourtHearingDraft(today(), " ", "Matter",
                "Rep", "")));
        refused("patronage.rule.beforeOpening", () -> court.record(c.id(), new CourtHearingDraft(
                c.openedOn().minusDays(1), "Court", "Matter", "Rep", "")));
        signIn("belova", SPECIALIST);
        refusedAndJournaled("belova", c.id(), () -> court.record(c.id(), new CourtHearingDraft(today(), "Court",
                "Matter", "Rep", "")));
        assertEquals(0, UNIT.rows("COURT_HEARING"));
    }
}
