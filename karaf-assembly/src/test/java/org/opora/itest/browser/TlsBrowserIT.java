package org.opora.itest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * The distribution as a real installation runs it (no demo flags): bin/karaf makes a self-signed key and certificate
 * at the first start, Jetty serves HTTPS with it, plain HTTP only redirects there, and the browser sees the session
 * cookie's flags and the security headers on HTTPS.
 */
class TlsBrowserIT {

    private static RunningDistribution opora;

    @BeforeAll
    static void start() throws Exception {
        opora = RunningDistribution.startWithHttps(TlsBrowserIT.class.getSimpleName(), "opora-core,opora-demo");
    }

    @AfterAll
    static void stop() throws Exception {
        if (opora != null) {
            opora.close();
        }
    }

    @Test
    void theFirstStartMadeAKeyReadableByTheServiceAccountOnly() throws Exception {
        for (String file : new String[] {"etc/opora-tls.p12", "etc/opora-tls.password"}) {
            Path path = opora.home().resolve(file);
            assertTrue(Files.size(path) > 0, file);
            assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                    Files.getPosixFilePermissions(path), file);
        }
        assertTrue(Files.readString(opora.home().resolve("console.log")).contains("made a self-signed certificate"));
    }

    @Test
    void plainHttpIsRedirectedToHttpsWithPathAndQuery() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(URI.create(opora.httpUrl("/pupils?q=7"))).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(308, answer.statusCode());
        assertEquals(opora.httpsUrl("/pupils?q=7"), answer.headers().firstValue("Location").orElse(""));
    }

    @Test
    void httpsAnswersWithTheSecurityHeaders() throws Exception {
        HttpClient client = HttpClient.newBuilder().sslContext(TrustingTls.context()).build();
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(opora.httpsUrl("/login"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode());
        assertEquals("max-age=31536000", answer.headers().firstValue("Strict-Transport-Security").orElse(""));
        assertTrue(answer.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'self'"));
        assertEquals("SAMEORIGIN", answer.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("same-origin", answer.headers().firstValue("Referrer-Policy").orElse(""));
        String cookie = answer.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.contains("; Secure") && cookie.contains("; HttpOnly") && cookie.contains("SameSite=Lax"),
                cookie);
    }

    @Test
    void theBrowserFollowsToHttpsSignsInAndHoldsASecureCookie() throws Exception {
        try (Browser browser = new Browser()) {
            browser.open(opora.httpUrl("/pupils"));
            assertTrue(browser.url().startsWith("https://localhost:" + opora.httpsPort() + "/"), browser.url());
            browser.signIn("psychologist", opora.demoPassword("psychologist"));
            browser.await(By.id("pupils-grid"));
            Cookie session = browser.cookie("JSESSIONID");
            assertNotNull(session, "the session cookie");
            assertTrue(session.isSecure(), "Secure");
            assertTrue(session.isHttpOnly(), "HttpOnly");
            assertEquals("Lax", session.getSameSite());
        }
    }
}
