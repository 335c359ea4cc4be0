package org.opora.platform.ui.internal;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.SessionHandler;
import org.eclipse.jetty.http.HttpCookie;
import org.osgi.service.component.annotations.Component;

/**
 * The session cookie's {@code SameSite=Lax}, which Felix HTTP has no setting for: the filter sets it on Jetty's
 * session handler of the context that serves the request, before the intranet's servlet can create a session (and
 * again after Felix HTTP restarted Jetty with a new configuration). The other flags come from Jetty and Felix HTTP:
 * {@code HttpOnly} always ({@code org.apache.felix.https.jetty.session.cookie.httpOnly}, true by default) and
 * {@code Secure} on every response to an HTTPS request (Jetty's "secure request only" default).
 */
@Component(service = Filter.class, property = {
    "osgi.http.whiteboard.filter.name=opora-session-cookie",
    "osgi.http.whiteboard.filter.pattern=/*",
    "osgi.http.whiteboard.filter.asyncSupported=true",
    "service.ranking:Integer=90",
    "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=" + UiHost.CONTEXT_NAME + ")"})
public class SessionCookiePolicy implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ServletContextHandler context = ServletContextHandler.getCurrentServletContextHandler();
        SessionHandler sessions = context == null ? null : context.getSessionHandler();
        if (sessions != null && sessions.getSameSite() != HttpCookie.SameSite.LAX) {
            sessions.setSameSite(HttpCookie.SameSite.LAX);
        }
        chain.doFilter(request, response);
    }
}
