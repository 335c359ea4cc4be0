package org.opora.platform.ui.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;

/**
 * The security headers of every response of the intranet's context (pages, Vaadin's requests, downloads, the
 * health endpoint): a content security policy that fits Vaadin (its bootstrap and Lumo's styles are inline, its
 * client evaluates the server's commands, everything comes from this origin), no framing by other sites, no MIME
 * sniffing, no referrer to other sites, no camera, microphone or location. HSTS is sent on HTTPS responses only.
 */
@Component(service = Filter.class, property = {
    "osgi.http.whiteboard.filter.name=opora-security-headers",
    "osgi.http.whiteboard.filter.pattern=/*",
    "osgi.http.whiteboard.filter.asyncSupported=true",
    "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=" + UiHost.CONTEXT_NAME + ")"})
public class SecurityHeaders implements Filter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
            + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
    /** A year, as HSTS preload lists ask. */
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (response instanceof HttpServletResponse http) {
            headers(request.isSecure()).forEach(http::setHeader);
        }
        chain.doFilter(request, response);
    }

    /**
     * The headers in the order they are sent; also those of the pages Jetty answers itself ({@link JettyErrorPage}).
     *
     * @param secure whether the request came over TLS (then HSTS too)
     */
    static Map<String, String> headers(boolean secure) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Frame-Options", "SAMEORIGIN");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "same-origin");
        headers.put("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (secure) {
            headers.put("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        return headers;
    }
}
