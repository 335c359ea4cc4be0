package org.opora.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The distribution as shipped: no default accounts, SSH on localhost only, no SFTP, durable Derby, no Pax Web. */
class DistributionHardeningIT {

    private final Path home = Path.of(System.getProperty("opora.assembly", "target/assembly"));

    @Test
    void noAccountInKarafsRealm() throws IOException {
        List<String> active = Files.readAllLines(home.resolve("etc/users.properties"), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertEquals(List.of(), active, "etc/users.properties must define no user or group");
        List<String> keys = Files.readAllLines(home.resolve("etc/keys.properties"), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertEquals(List.of(), keys, "etc/keys.properties must define no key");
    }

    @Test
    void sshOnlyOnThisMachineAndNoSftp() throws IOException {
        Properties shell = load("etc/org.apache.karaf.shell.cfg");
        assertEquals("127.0.0.1", shell.getProperty("sshHost"));
        assertEquals("false", shell.getProperty("sftpEnabled"));
    }

    @Test
    void derbyIsDurable() throws IOException {
        try (Stream<Path> etc = Files.walk(home.resolve("etc"))) {
            for (Path p : etc.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(p, StandardCharsets.ISO_8859_1).contains("derby.system.durability"),
                        p + " switches Derby's durability off");
            }
        }
        assertTrue(load("etc/org.ops4j.datasource-opora.cfg").getProperty("url").contains("${karaf.data}/derby/opora"));
    }

    @Test
    void javaxHttpStackIsNotInstalled() throws IOException {
        String boot = Files.readString(home.resolve("etc/org.apache.karaf.features.cfg"), StandardCharsets.UTF_8);
        assertFalse(boot.matches("(?s).*featuresBoot[^=]*=.*\\bhttp/.*"), "Karaf's javax http feature is booted");
        Path paxWeb = home.resolve("system/org/ops4j/pax/web");
        if (Files.exists(paxWeb)) {
            try (Stream<Path> files = Files.walk(paxWeb)) {
                assertEquals(List.of(), files.filter(p -> p.toString().endsWith(".jar")).toList(),
                        "Pax Web bundles are part of the distribution");
            }
        }
    }

    private Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(home.resolve(file), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
