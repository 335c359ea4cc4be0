package org.opora.bench.district.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Random;

import javax.sql.DataSource;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code opora-bench:district}: writes a district's worth of pupils and programmes into the running installation
 * (bench only: this bundle is in no feature; district.sh drops it into deploy/). Prints what it wrote and how long
 * it took.
 */
@Service
@Command(scope = "opora-bench", name = "district", description = "Bench only: generates a district's data set "
        + "(pupils with representatives and flags, programmes and plan rows) beside the school's own data.")
public class DistrictCommand implements Action {

    @Reference(filter = "(dataSourceName=opora)")
    DataSource dataSource;

    @Option(name = "--pupils", description = "pupils to generate (default 50000)")
    int pupils = 50_000;

    @Option(name = "--schools", description = "schools they are spread over (default 80)")
    int schools = 80;

    @Option(name = "--programmes", description = "programmes of flagged pupils (default 5000)")
    int programmes = 5_000;

    @Option(name = "--plan-rows", description = "plan rows over all programmes (default 100000)")
    int planRows = 100_000;

    @Option(name = "--curator", description = "login of a staff member who curates one programme in a hundred "
            + "(default psychologist, the demo's)")
    String curator = "psychologist";

    @Option(name = "--seed", description = "random seed; the same seed gives the same data (default 17)")
    long seed = 17;

    @Override
    public Object execute() throws Exception {
        long start = System.nanoTime();
        DistrictGenerator.District d;
        try (Connection c = dataSource.getConnection()) {
            d = new DistrictGenerator(WordLists.load(), new Random(seed)).generate(c,
                    new DistrictGenerator.Size(pupils, schools, programmes, planRows), staffId(c, curator));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.println(d.report());
        System.out.println(String.format(Locale.ROOT, "generated in %.1f s", seconds));
        return null;
    }

    private static Long staffId(Connection c, String login) throws SQLException {
        if (login == null || login.isBlank()) {
            return null;
        }
        try (PreparedStatement st = c.prepareStatement("SELECT ID FROM OPORACORE.STAFF WHERE USERNAME = ?")) {
            st.setString(1, login);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }
}
