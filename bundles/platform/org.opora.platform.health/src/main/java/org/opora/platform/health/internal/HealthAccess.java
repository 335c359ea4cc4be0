package org.opora.platform.health.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Who gets which answer from the health endpoint. The details (each check, the database, the modules) go to a
 * caller on this machine that came straight to the server — a request a reverse proxy forwarded carries its
 * forwarding headers and counts as remote, whatever address the proxy connects from — and to a caller presenting
 * the configured token ({@code Authorization: Bearer <token>}); remote callers get the overall status only when
 * that is allowed (a load balancer), and nothing otherwise.
 */
final class HealthAccess {

    /** What the caller is told. */
    enum Answer { DETAILS, STATUS, REFUSED }

    /** Headers a reverse proxy adds: a request with one of them did not come straight from this machine. */
    static final String[] FORWARDING_HEADERS = {"Forwarded", "X-Forwarded-For", "X-Forwarded-Host", "X-Real-IP"};

    private HealthAccess() {
    }

    /**
     * @param remoteAddress the connection's remote address
     * @param forwarded     whether the request carries a forwarding header
     * @param authorization the {@code Authorization} header, or {@code null}
     * @param token         the configured token, empty for none
     * @param allowRemote   whether remote callers get the overall status
     */
    static Answer of(String remoteAddress, boolean forwarded, String authorization, String token,
            boolean allowRemote) {
        if (token != null && !token.isEmpty() && authorization != null && MessageDigest.isEqual(
                authorization.getBytes(StandardCharsets.UTF_8), ("Bearer " + token).getBytes(StandardCharsets.UTF_8))) {
            return Answer.DETAILS;
        }
        if (!forwarded && loopback(remoteAddress)) {
            return Answer.DETAILS;
        }
        return allowRemote ? Answer.STATUS : Answer.REFUSED;
    }

    private static boolean loopback(String address) {
        if (address == null || address.isBlank() || !address.matches("[0-9A-Fa-f:.%\\[\\]a-z]+")) {
            return false; // only literal addresses; never a name to look up
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
