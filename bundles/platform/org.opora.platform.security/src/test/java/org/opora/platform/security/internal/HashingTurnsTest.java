package org.opora.platform.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;

import org.junit.jupiter.api.Test;

class HashingTurnsTest {

    @Test
    void oneCoreIsLeftToTheOtherPagesAndASingleCoreMachineStillHashes() {
        assertEquals(1, HashingTurns.permitsFor(2));
        assertEquals(7, HashingTurns.permitsFor(8));
        assertEquals(1, HashingTurns.permitsFor(1));
    }

    @Test
    void aDerivationWithoutATurnGivesUpAndATurnIsFreedWhenTheDerivationEnds() throws Exception {
        HashingTurns turns = new HashingTurns(new Semaphore(HashingTurns.permitsFor(2), true));
        CountDownLatch deriving = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread first = new Thread(() -> turns.inTurn(Duration.ZERO, () -> {
            deriving.countDown();
            await(release);
            return "first";
        }));
        first.start();
        deriving.await();
        assertEquals(Optional.empty(), turns.inTurn(Duration.ZERO, () -> "second"), "the only turn is taken");
        release.countDown();
        first.join();
        assertEquals(Optional.of("third"), turns.inTurn(Duration.ZERO, () -> "third"));
        assertEquals(1, turns.free());
    }

    @Test
    void aFailingDerivationGivesItsTurnBack() {
        HashingTurns turns = new HashingTurns(new Semaphore(HashingTurns.permitsFor(3), true));
        try {
            turns.inTurn(Duration.ZERO, () -> {
                throw new IllegalStateException("no PBKDF2");
            });
        } catch (IllegalStateException expected) {
            assertTrue(expected.getMessage().contains("PBKDF2"));
        }
        assertEquals(2, turns.free());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
