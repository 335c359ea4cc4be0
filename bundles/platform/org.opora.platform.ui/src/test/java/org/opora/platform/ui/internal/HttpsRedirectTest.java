package org.opora.platform.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;

class HttpsRedirectTest {

    @Test
    void theHttpsPortIsReadFromTheRuntimesEndpoints() {
        assertEquals(OptionalInt.of(8443), HttpsRedirect.httpsPort(
                new String[] {"http://192.168.1.5:8181/", "https://192.168.1.5:8443/"}));
        assertEquals(OptionalInt.of(9443), HttpsRedirect.httpsPort(List.of("https://[::1]:9443/")));
        assertEquals(OptionalInt.of(443), HttpsRedirect.httpsPort("https://school.example:443/"));
        assertEquals(OptionalInt.empty(), HttpsRedirect.httpsPort(new String[] {"http://127.0.0.1:8181/"}));
        assertEquals(OptionalInt.empty(), HttpsRedirect.httpsPort(null));
    }

    @Test
    void theTargetKeepsHostPathAndQuery() {
        assertEquals("https://school.example:8443/pupils?q=%D0%B0", HttpsRedirect.target("school.example", 8443,
                "/pupils", "q=%D0%B0"));
        assertEquals("https://school.example/login", HttpsRedirect.target("school.example", 443, "/login", null));
        assertEquals("https://[::1]:8443/", HttpsRedirect.target("::1", 8443, "/", null));
    }

    @Test
    void aPlainRequestIsRedirectedWhileHttpsRuns() throws Exception {
        HttpsRedirect filter = new HttpsRedirect();
        filter.runtimeAdded(null, Map.of("osgi.http.endpoint",
                new String[] {"http://0.0.0.0:8181/", "https://0.0.0.0:8443/"}));
        Map<String, Object> answer = new HashMap<>();
        AtomicBoolean passed = new AtomicBoolean();
        FilterChain chain = (req, res) -> passed.set(true);

        filter.doFilter(request(false), response(answer), chain);
        assertFalse(passed.get(), "a plain request goes no further");
        assertEquals(308, answer.get("status"));
        assertEquals("https://school.example:8443/programmes/programme/7?tab=plan", answer.get("Location"));

        filter.doFilter(request(true), response(new HashMap<>()), chain);
        assertTrue(passed.get(), "an HTTPS request is served");
    }

    @Test
    void withoutAnHttpsConnectorNothingIsRedirected() throws Exception {
        HttpsRedirect filter = new HttpsRedirect();
        filter.runtimeAdded(null, Map.of("osgi.http.endpoint", new String[] {"http://127.0.0.1:8181/"}));
        AtomicBoolean passed = new AtomicBoolean();
        filter.doFilter(request(false), response(new HashMap<>()), (req, res) -> passed.set(true));
        assertTrue(passed.get(), "the demo on HTTP is served");

        filter.runtimeChanged(null, Map.of("osgi.http.endpoint", new String[] {"https://0.0.0.0:8443/"}));
        filter.runtimeRemoved(null);
        passed.set(false);
        filter.doFilter(request(false), response(new HashMap<>()), (req, res) -> passed.set(true));
        assertTrue(passed.get(), "no runtime, no redirect");
    }

    private static HttpServletRequest request(boolean secure) {
        return (HttpServletRequest) Proxy.newProxyInstance(getClass0(), new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "isSecure" -> secure;
                    case "getServerName" -> "school.example";
                    case "getRequestURI" -> "/programmes/programme/7";
                    case "getQueryString" -> "tab=plan";
                    default -> null;
                });
    }

    private static HttpServletResponse response(Map<String, Object> answer) {
        return (HttpServletResponse) Proxy.newProxyInstance(getClass0(), new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "setStatus" -> answer.put("status", args[0]);
                        case "setHeader" -> answer.put((String) args[0], args[1]);
                        default -> {
                            // nothing else is looked at
                        }
                    }
                    return null;
                });
    }

    private static ClassLoader getClass0() {
        return HttpsRedirectTest.class.getClassLoader();
    }
}
