package org.opora.platform.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.opora.platform.api.duty.Duty;
import org.opora.platform.api.security.OporaUser;

class DutyCacheTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final OporaUser ANNA = new OporaUser("anna", "Anna", Set.of("psychologist"), Set.of("p.read"), RU);
    private static final OporaUser OLGA = new OporaUser("olga", "Olga", Set.of("teacher"), Set.of("t.read"), RU);

    private Instant now = Instant.parse("2026-12-07T08:00:00Z");
    private final DutyCache cache = new DutyCache(new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    });
    private final AtomicInteger computed = new AtomicInteger();

    private List<Duty> visit(OporaUser user) {
        return cache.duties(user, RU, () -> List.of(new Duty("duty of " + user.username() + " #"
                + computed.incrementAndGet(), "", null, "")));
    }

    @Test
    void aSecondVisitWithinTheWindowAsksTheModulesNoMoreAndAfterItDoesAgain() {
        List<Duty> first = visit(ANNA);
        assertEquals(first, visit(ANNA));
        assertEquals(1, computed.get());
        now = now.plus(DutyCache.FRESH);
        assertEquals("duty of anna #2", visit(ANNA).get(0).title());
    }

    @Test
    void aUsersOwnChangeShowsAtTheirNextVisitAndLeavesOthersCached() {
        visit(ANNA);
        visit(OLGA);
        cache.changedBy("anna");
        assertEquals("duty of anna #3", visit(ANNA).get(0).title());
        assertEquals("duty of olga #2", visit(OLGA).get(0).title(), "olga's list is kept");
        assertEquals(3, computed.get());
    }

    @Test
    void nobodyIsGivenAnotherUsersDutiesNorDutiesOfTheirFormerRoles() {
        assertEquals("duty of anna #1", visit(ANNA).get(0).title());
        assertEquals("duty of olga #2", visit(OLGA).get(0).title());
        OporaUser annaAsDeputy = new OporaUser("anna", "Anna", Set.of("deputy"), Set.of("d.read"), RU);
        assertEquals("duty of anna #3", visit(annaAsDeputy).get(0).title());
    }

    @Test
    void aChangeDuringTheComputationIsNotHiddenByItsResult() {
        cache.duties(ANNA, RU, () -> {
            cache.changedBy("anna"); // saved in another tab while the list was being read
            return List.of(new Duty("before the change", "", null, ""));
        });
        assertEquals("duty of anna #1", visit(ANNA).get(0).title());
    }

    @Test
    void aModuleComingOrGoingRecomputesEveryone() {
        visit(ANNA);
        visit(OLGA);
        cache.clear();
        visit(ANNA);
        visit(OLGA);
        assertEquals(4, computed.get());
        assertEquals(Duration.ofSeconds(30), DutyCache.FRESH);
    }
}
