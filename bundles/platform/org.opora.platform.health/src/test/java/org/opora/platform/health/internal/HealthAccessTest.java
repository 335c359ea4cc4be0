package org.opora.platform.health.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.opora.platform.health.internal.HealthAccess.Answer;

class HealthAccessTest {

    @Test
    void aCallerOnThisMachineThatCameStraightGetsTheDetails() {
        assertEquals(Answer.DETAILS, HealthAccess.of("127.0.0.1", false, null, "", false));
        assertEquals(Answer.DETAILS, HealthAccess.of("0:0:0:0:0:0:0:1", false, null, "", false));
    }

    @Test
    void aRequestAProxyOnThisMachineForwardedIsRemote() {
        assertEquals(Answer.REFUSED, HealthAccess.of("127.0.0.1", true, null, "", false));
        assertEquals(Answer.STATUS, HealthAccess.of("127.0.0.1", true, null, "", true));
    }

    @Test
    void aRemoteCallerIsRefusedOrToldTheStatusOnly() {
        assertEquals(Answer.REFUSED, HealthAccess.of("192.0.2.7", false, null, "", false));
        assertEquals(Answer.STATUS, HealthAccess.of("192.0.2.7", false, null, "", true));
        assertEquals(Answer.REFUSED, HealthAccess.of("localhost.evil.example", false, null, "", false));
    }

    @Test
    void theTokenGivesTheDetailsFromAnywhereAndOnlyTheExactOne() {
        String token = "s3cret-monitoring-token";
        assertEquals(Answer.DETAILS, HealthAccess.of("192.0.2.7", true, "Bearer " + token, token, false));
        assertEquals(Answer.REFUSED, HealthAccess.of("192.0.2.7", false, "Bearer " + token + "x", token, false));
        assertEquals(Answer.REFUSED, HealthAccess.of("192.0.2.7", false, "Bearer ", "", false), "no empty token");
        assertEquals(Answer.STATUS, HealthAccess.of("192.0.2.7", false, "Basic abc", token, true));
    }
}
