package org.opora.platform.ui.internal;

import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.servlet.runtime.HttpServiceRuntime;

/**
 * Sends every plain-HTTP request of the intranet's context to HTTPS while the server runs an HTTPS connector: a
 * permanent redirect to the same path and query on the HTTPS port (308, so that a form's POST stays a POST). Whether
 * HTTPS runs is read from the HTTP runtime's endpoints (the connectors Jetty really opened), not from a setting of its
 * own: the demo, which serves HTTP only on localhost, is not redirected, and an installation whose HTTPS connector did
 * not start (a keystore it cannot read) keeps answering rather than redirecting to nothing.
 */
@Component(service = Filter.class, property = {
    "osgi.http.whiteboard.filter.name=opora-https-redirect",
    "osgi.http.whiteboard.filter.pattern=/*",
    "osgi.http.whiteboard.filter.asyncSupported=true",
    "service.ranking:Integer=100",
    "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=" + UiHost.CONTEXT_NAME + ")"})
public class HttpsRedirect implements Filter {

    /** The runtime's service property naming its endpoints (OSGi Whiteboard Specification for Jakarta Servlet). */
    private static final String ENDPOINT = "osgi.http.endpoint";
    /** 308: like 301, but the method and body are kept. */
    private static final int PERMANENT_REDIRECT = 308;
    private static final Pattern HTTPS_PORT = Pattern.compile("^https://[^/]*:(\\d+)(/.*)?$");

    private volatile OptionalInt httpsPort = OptionalInt.empty();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            updated = "runtimeChanged", unbind = "runtimeRemoved")
    void runtimeAdded(HttpServiceRuntime runtime, Map<String, Object> properties) {
        runtimeChanged(runtime, properties);
    }

    void runtimeChanged(HttpServiceRuntime runtime, Map<String, Object> properties) {
        httpsPort = httpsPort(properties.get(ENDPOINT));
    }

    void runtimeRemoved(HttpServiceRuntime runtime) {
        httpsPort = OptionalInt.empty();
    }

    /** The port of the first HTTPS endpoint among the runtime's {@code osgi.http.endpoint} values. */
    static OptionalInt httpsPort(Object endpoints) {
        Stream<?> values;
        if (endpoints instanceof String s) {
            values = Stream.of(s);
        } else if (endpoints instanceof String[] a) {
            values = Stream.of(a);
        } else if (endpoints instanceof Collection<?> c) {
            values = c.stream();
        } else {
            values = Stream.empty();
        }
        return values.map(String::valueOf).map(HTTPS_PORT::matcher).filter(Matcher::matches)
                .mapToInt(m -> Integer.parseInt(m.group(1))).findFirst();
    }

    /** Where a plain request to this host, path and query goes on HTTPS. */
    static String target(String host, int port, String uri, String query) {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host; // an IPv6 literal
        return "https://" + h + (port == 443 ? "" : ":" + port) + uri + (query == null ? "" : "?" + query);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        OptionalInt port = httpsPort;
        if (port.isPresent() && !request.isSecure() && request instanceof HttpServletRequest http
                && response instanceof HttpServletResponse answer) {
            answer.setStatus(PERMANENT_REDIRECT);
            answer.setHeader("Location", target(http.getServerName(), port.getAsInt(), http.getRequestURI(),
                    http.getQueryString()));
            answer.setContentLength(0);
            return;
        }
        chain.doFilter(request, response);
    }
}
