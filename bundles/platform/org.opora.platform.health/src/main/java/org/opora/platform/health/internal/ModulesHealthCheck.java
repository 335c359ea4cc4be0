package org.opora.platform.health.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.felix.hc.api.FormattingResultLog;
import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * Every installed Opora bundle is active and every one of its components is satisfied: a module whose database
 * migration failed, for example, shows up here with the component that waits for its persistence unit.
 */
@Component(property = {HealthCheck.NAME + "=Opora modules", HealthCheck.TAGS + "=opora"})
public class ModulesHealthCheck implements HealthCheck {

    static final String PREFIX = "org.opora.";

    private final BundleContext context;
    private final ServiceComponentRuntime scr;

    @Activate
    public ModulesHealthCheck(BundleContext context, @Reference ServiceComponentRuntime scr) {
        this.context = context;
        this.scr = scr;
    }

    @Override
    public Result execute() {
        FormattingResultLog log = new FormattingResultLog();
        List<String> problems = new ArrayList<>();
        int bundles = 0;
        for (Bundle b : context.getBundles()) {
            String bsn = b.getSymbolicName();
            if (bsn == null || !bsn.startsWith(PREFIX)) {
                continue;
            }
            bundles++;
            if (b.getState() != Bundle.ACTIVE) {
                problems.add(bsn + " is " + BundleStates.name(b.getState()));
                continue;
            }
            for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs(b)) {
                if (!scr.isComponentEnabled(d)) {
                    continue;
                }
                for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                    if (c.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE
                            || c.state == ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION
                            || c.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                        problems.add(d.name + " of " + bsn + ": " + ComponentStates.describe(c));
                    }
                }
            }
        }
        if (problems.isEmpty()) {
            log.info("{} Opora bundles active, all components satisfied", bundles);
        } else {
            problems.forEach(p -> log.critical("{}", p));
        }
        return new Result(log);
    }
}
