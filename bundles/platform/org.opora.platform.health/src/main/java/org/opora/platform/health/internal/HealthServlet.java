package org.opora.platform.health.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.felix.hc.api.Result;
import org.apache.felix.hc.api.execution.HealthCheckExecutionOptions;
import org.apache.felix.hc.api.execution.HealthCheckExecutionResult;
import org.apache.felix.hc.api.execution.HealthCheckExecutor;
import org.apache.felix.hc.api.execution.HealthCheckSelector;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * {@code GET /system/health}: the results of the checks tagged {@code opora} as JSON; HTTP 200 when the overall
 * status is OK or WARN, 503 otherwise. The details go to callers on this machine that came straight to the server and
 * to callers with the token; remote callers get the overall status only when allowed ({@link HealthAccess}).
 */
@Component(service = Servlet.class, configurationPid = "org.opora.platform.health", property = {
    "osgi.http.whiteboard.servlet.pattern=/system/health",
    "osgi.http.whiteboard.servlet.name=opora-health",
    "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=opora)"})
@Designate(ocd = HealthConfig.class)
public class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient HealthCheckExecutor executor;
    private final boolean allowRemote;
    private final String token;
    private final int timeoutMillis;

    @Activate
    public HealthServlet(@Reference HealthCheckExecutor executor, HealthConfig config) {
        this.executor = executor;
        this.allowRemote = config.allowRemote();
        this.token = config.token() == null ? "" : config.token().strip();
        this.timeoutMillis = config.timeoutMillis();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean forwarded = java.util.Arrays.stream(HealthAccess.FORWARDING_HEADERS)
                .anyMatch(h -> request.getHeader(h) != null);
        HealthAccess.Answer answer = HealthAccess.of(request.getRemoteAddr(), forwarded,
                request.getHeader("Authorization"), token, allowRemote);
        if (answer == HealthAccess.Answer.REFUSED) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        HealthCheckExecutionOptions options = new HealthCheckExecutionOptions();
        options.setOverrideGlobalTimeout(timeoutMillis);
        List<HealthCheckExecutionResult> results = executor.execute(HealthCheckSelector.tags("opora"), options);
        Result.Status overall = HealthJson.overall(results);
        response.setStatus(overall == Result.Status.OK || overall == Result.Status.WARN
                ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(answer == HealthAccess.Answer.DETAILS ? HealthJson.write(results)
                : "{\"overall\":\"" + overall.name() + "\"}");
    }
}
