package org.opora.platform.health.internal;

import java.util.Arrays;

import org.apache.felix.hc.api.FormattingResultLog;
import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.servlet.runtime.HttpServiceRuntime;

/** HTTP is up and the intranet's servlet is deployed on it (not failed on the whiteboard). */
@Component(property = {HealthCheck.NAME + "=HTTP and intranet UI", HealthCheck.TAGS + "=opora"})
public class UiHealthCheck implements HealthCheck {

    static final String SERVLET = "opora-ui";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile HttpServiceRuntime runtime;

    @Override
    public Result execute() {
        FormattingResultLog log = new FormattingResultLog();
        HttpServiceRuntime rt = runtime;
        if (rt == null) {
            log.critical("The HTTP service is not running");
            return new Result(log);
        }
        Object endpoints = rt.getRuntimeDTO().serviceDTO.properties.get("osgi.http.endpoint");
        boolean deployed = Arrays.stream(rt.getRuntimeDTO().servletContextDTOs)
                .flatMap(ctx -> Arrays.stream(ctx.servletDTOs)).anyMatch(s -> SERVLET.equals(s.name));
        if (deployed) {
            log.info("Intranet UI served at {}", endpoints instanceof String[] a ? String.join(", ", a) : endpoints);
        } else {
            log.critical("The intranet UI servlet is not deployed; contexts: {}",
                    Arrays.stream(rt.getRuntimeDTO().servletContextDTOs).map(c -> c.name).toList());
        }
        if (rt.getRuntimeDTO().failedServletDTOs.length > 0) {
            log.warn("{} servlet(s) failed to deploy", rt.getRuntimeDTO().failedServletDTOs.length);
        }
        return new Result(log);
    }
}
