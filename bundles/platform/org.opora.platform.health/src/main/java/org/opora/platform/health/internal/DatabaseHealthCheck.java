package org.opora.platform.health.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.apache.felix.hc.api.FormattingResultLog;
import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The platform database answers a query. */
@Component(property = {HealthCheck.NAME + "=Database", HealthCheck.TAGS + "=opora"})
public class DatabaseHealthCheck implements HealthCheck {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = "(dataSourceName=opora)")
    private volatile DataSource dataSource;

    @Activate
    public DatabaseHealthCheck() {
        // the DataSource may come later than this check; until then the check reports it missing
    }

    @Override
    public Result execute() {
        FormattingResultLog log = new FormattingResultLog();
        DataSource ds = dataSource;
        if (ds == null) {
            log.critical("No DataSource 'opora' is registered (check etc/org.ops4j.datasource-opora.cfg)");
            return new Result(log);
        }
        long start = System.nanoTime();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("VALUES (1)")) { // standard SQL: Derby and PostgreSQL
            rs.next();
            log.info("Database {} answered in {} ms", c.getMetaData().getDatabaseProductName(),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (SQLException e) {
            log.critical("Database not reachable: {}", e.getMessage());
        }
        return new Result(log);
    }
}
