package org.opora.platform.backup.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command reads before it touches a database, and the words it refuses with. */
class MoveToPostgreSqlToolTest {

    @TempDir
    Path home;

    @Test
    void thePostgreSqlSettingsComeFromTheDatasourceFileWithItsSecrets() throws IOException {
        Path etc = Files.createDirectories(home.resolve("etc"));
        Files.writeString(etc.resolve("org.ops4j.datasource-opora.cfg"), """
                osgi.jdbc.driver.name = PostgreSQL JDBC Driver
                dataSourceName = opora
                url = jdbc:postgresql://db.school.local:5432/opora
                user = opora
                password = $[secret:opora-pg.password]
                """);
        Files.writeString(etc.resolve("opora-pg.password"), "s3cret-from-file\n");

        Properties settings = MoveToPostgreSqlTool.postgresSettings(etc);

        assertEquals("jdbc:postgresql://db.school.local:5432/opora", settings.getProperty("url"));
        assertEquals("opora", settings.getProperty("user"));
        assertEquals("s3cret-from-file", settings.getProperty("password"));
    }

    @Test
    void aDatasourceStillOnDerbyIsRefusedWithTheStepsToTake() throws IOException {
        Path etc = Files.createDirectories(home.resolve("etc"));
        Files.writeString(etc.resolve("org.ops4j.datasource-opora.cfg"), """
                osgi.jdbc.driver.name = derby
                url = jdbc:derby:data/derby/opora;create=true
                """);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> MoveToPostgreSqlTool.postgresSettings(etc));

        assertTrue(refused.getMessage().contains("is not PostgreSQL (jdbc:derby:")
                && refused.getMessage().contains("start Opora once"), refused.getMessage());
    }

    @Test
    void aMissingSecretFileAndAFolderThatIsNoDistributionAreNamed() throws IOException {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> MoveToPostgreSqlTool.postgresSettings(home.resolve("etc"))).getMessage()
                .contains("org.ops4j.datasource-opora.cfg is missing"));
        Path etc = Files.createDirectories(home.resolve("etc"));
        Files.writeString(etc.resolve("org.ops4j.datasource-opora.cfg"),
                "url = jdbc:postgresql://localhost/opora\npassword = $[secret:opora-pg.password]\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MoveToPostgreSqlTool.postgresSettings(etc))
                .getMessage().contains("opora-pg.password named in the datasource's settings"));
    }

    @Test
    void noDerbyDatabaseAtThePathIsRefusedBeforePostgreSqlIsAsked() throws IOException {
        Path etc = Files.createDirectories(home.resolve("etc"));
        Files.writeString(etc.resolve("org.ops4j.datasource-opora.cfg"), "url = jdbc:postgresql://localhost:1/none\n");

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> MoveToPostgreSqlTool
                .run(new String[] { "--home", home.toString(), "--derby", home.resolve("nowhere").toString() }));

        assertTrue(refused.getMessage().contains("no Derby database at " + home.resolve("nowhere")),
                refused.getMessage());
    }

    @Test
    void anUnknownOptionShowsTheUsage() {
        assertEquals(MoveToPostgreSqlTool.USAGE, assertThrows(IllegalArgumentException.class,
                () -> MoveToPostgreSqlTool.run(new String[] { "--force" })).getMessage());
    }
}
