package org.opora.patronage.impl.internal.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opora.core.api.ConflictException;
import org.opora.core.api.staff.Order;
import org.opora.patronage.api.PatronagePermissions;
import org.opora.patronage.api.cases.PatronageCase;
import org.opora.patronage.api.team.Curator;
import org.opora.patronage.api.team.CuratorDraft;
import org.opora.patronage.api.team.CuratorKind;
import org.opora.patronage.impl.internal.support.PatronageServiceTestSupport;
import org.opora.platform.api.approval.ApprovalStep;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.security.OporaUser;

class CuratorServiceImplTest extends PatronageServiceTestSupport {

    @Test
    void theDirectorAppointsAnInternalCuratorByOrder() {
        PatronageCase c = openCase();
        signIn("khudyakov", DIRECTOR);
        Curator k = curators.appoint(c.id(), CuratorDraft.internal(psychologist.id(), order.id(), order.date()));
        assertEquals(CuratorKind.INTERNAL, k.kind());
        assertEquals(psychologist.id(), k.staffId());
        assertEquals(psychologist.name().full(), k.name());
        assertEquals("45-o", k.orderNumber());
        assertEquals(order.date(), k.orderDate());
        assertNull(k.to());
        audited("khudyakov", AuditAction.CREATE, CuratorServiceImpl.RECORD, k.id());
        assertEquals(List.of(psychologist.name().full()), cases.get(c.id()).curators());
    }

    @Test
    void anExternalCuratorHasANameAndAnOrganisation() {
        PatronageCase c = openCase();
        signIn("khudyakov", DIRECTOR);
        refused("core.error.required",
                () -> curators.appoint(c.id(), CuratorDraft.external("Petrova", " ", order.id(), order.date())));
        Curator k = curators.appoint(c.id(),
                CuratorDraft.external("Petrova Olga", "KCSON", order.id(), order.date()));
        assertEquals(CuratorKind.EXTERNAL, k.kind());
        assertEquals("KCSON", k.organisation());
        curators.appoint(c.id(), CuratorDraft.internal(psychologist.id(), order.id(), order.date()));
        assertEquals(2, cases.get(c.id()).curators().size(), "one internal and one external curator");
    }

    @Test
    void theOrderIsRequiredAndTheTermStartsOnItsDayAtTheEarliest() {
        PatronageCase c = openCase();
        signIn("khudyakov", DIRECTOR);
        refused("patronage.rule.orderRequired",
                () -> curators.appoint(c.id(), CuratorDraft.internal(psychologist.id(), null, order.date())));
        refused("patronage.rule.beforeOrder", () -> curators.appoint(c.id(),
                CuratorDraft.internal(psychologist.id(), order.id(), order.date().minusDays(1))));
        refused("patronage.error.orderUnknown",
                () -> curators.appoint(c.id(), CuratorDraft.internal(psychologist.id(), 9999L, order.date())));
        assertEquals(0, UNIT.rows("CURATOR"));
        wire(Map.of("orderRequired", false));
        signIn("khudyakov", DIRECTOR);
        assertEquals("", curators.appoint(c.id(), CuratorDraft.internal(psychologist.id(), null, today()))
                .orderNumber());
    }

    @Test
    void aSecondCuratorOfTheSameKindIsAReplacement() {
        PatronageCase c = curatedCase();
        refused("patronage.error.curatorServing",
                () -> curators.appoint(c.id(), CuratorDraft.internal(teacher.id(), order.id(), today())));
    }

    @Test
    void aReplacementEndsTheFormerTermTheDayBeforeWithTheOrder() {
        PatronageCase c = curatedCase();
        Curator former = curators.curators(c.id()).get(0);
        Order replacing = core.addOrder("52-o", today().minusDays(1));
        Curator successor = curators.replace(former.id(), former.version(),
                CuratorDraft.internal(teacher.id(), replacing.id(), today()));
        assertEquals(teacher.id(), successor.staffId());
        List<Curator> history = curators.curators(c.id());
        assertEquals(List.of(teacher.name().full(), psychologist.name().full()),
                history.stream().map(Curator::name).toList());
        Curator ended = history.get(1);
        assertEquals(today().minusDays(1), ended.to());
        assertEquals("52-o", ended.endOrderNumber());
        assertEquals("replaced", ended.endReason());
        assertEquals(List.of(teacher.name().full()), cases.get(c.id()).curators());
        assertThrows(ConflictException.class, () -> curators.replace(former.id(), former.version(),
                CuratorDraft.internal(psychologist.id(), replacing.id(), today())));
    }

    @Test
    void aReplacementStartsAfterTheFormerTermBegan() {
        PatronageCase c = curatedCase();
        Curator former = curators.curators(c.id()).get(0);
        refused("patronage.error.replaceDay", () -> curators.replace(former.id(), former.version(),
                CuratorDraft.internal(teacher.id(), order.id(), order.date())));
    }

    @Test
    void aReleaseEndsTheTermByOrderWithoutSuccessor() {
        PatronageCase c = curatedCase();
        Curator k = curators.curators(c.id()).get(0);
        refused("patronage.rule.orderRequired", () -> curators.release(k.id(), k.version(), null, today()));
        Curator released = curators.release(k.id(), k.version(), order.id(), today());
        assertEquals(today(), released.to());
        assertEquals("released", released.endReason());
        audited("khudyakov", AuditAction.UPDATE, CuratorServiceImpl.RECORD, k.id());
    }

    @Test
    void onlyWhoAppointsByOrderChangesCurators() {
        PatronageCase c = openCase();
        denied("role director",
                () -> curators.appoint(c.id(), CuratorDraft.internal(psychologist.id(), order.id(), order.date())));
    }

    @Test
    void aClosedCaseTakesNoCurator() {
        PatronageCase c = openCase();
        PatronageCase closed = cases.close(c.id(), c.version(), today(), "Moved away");
        signIn("khudyakov", DIRECTOR);
        refused("patronage.error.closed",
                () -> curators.appoint(closed.id(), CuratorDraft.internal(psychologist.id(), order.id(), today())));
    }

    @Test
    void theHistoryIsReadByWhoMayReadTheCase() {
        PatronageCase c = curatedCase();
        signIn("smirnova", CLASS_TEACHER);
        refusedAndJournaled("smirnova", c.id(), () -> curators.curators(c.id()));
    }

    @Test
    void theSchoolsChainNamesWhoSignsTheOrderTheDeputyAppointsAndTheDirectorNoLonger() {
        wire(Map.of("curatorOrderChain", new String[] { "approve: deputy = Deputy director for welfare" }));
        PatronageCase c = openCase();
        security.signIn(new OporaUser("petrova", "Petrova Anna", Set.of("deputy"),
                Set.of(PatronagePermissions.ACCESS, PatronagePermissions.READ_ALL), Locale.forLanguageTag("ru")));
        audit.clear();
        ApprovalStep appointer = curators.appointer(c.id());
        assertEquals(List.of("deputy", "Deputy director for welfare"), List.of(appointer.role(),
                appointer.position()));
        Curator k = curators.appoint(c.id(), CuratorDraft.internal(psychologist.id(), order.id(), order.date()));
        audited("petrova", AuditAction.CREATE, CuratorServiceImpl.RECORD, k.id());
        signIn("khudyakov", DIRECTOR);
        denied("role deputy", () -> curators.release(k.id(), k.version(), order.id(), today()));
    }
}
