package org.opora.platform.backup.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Dictionary;
import java.util.Hashtable;

import org.junit.jupiter.api.Test;

class SettingsFilesTest {

    @Test
    void valuesAreWrittenAsTextOrListsOfText() {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("service.pid", "org.opora.platform.ui");
        props.put("schoolName", "Школа \"№ 5\"");
        props.put("maxRequestMegabytes", 50);
        props.put("extensions", new String[] { "pdf", "docx" });
        props.put("enabled", Boolean.TRUE);
        String file = SettingsFiles.format(props);
        assertEquals("# saved in the Settings view of the backed-up installation\n"
                + "enabled=\"true\"\n"
                + "extensions=[\"pdf\",\"docx\"]\n"
                + "maxRequestMegabytes=\"50\"\n"
                + "schoolName=\"Школа \\\"№ 5\\\"\"\n", file);
    }

    @Test
    void onlyOporaSettingsWithoutAFileGoIntoTheBackup() {
        Dictionary<String, Object> saved = new Hashtable<>();
        saved.put("schoolName", "x");
        assertTrue(SettingsFiles.unfiled("org.opora.platform.ui", saved));
        assertFalse(SettingsFiles.unfiled("org.apache.karaf.shell", saved));
        Dictionary<String, Object> filed = new Hashtable<>(java.util.Map.of("felix.fileinstall.filename", "file:/x.cfg"));
        assertFalse(SettingsFiles.unfiled("org.opora.platform.ui", filed));
        assertEquals(java.util.List.of("org.opora.platform.ui.config"),
                java.util.List.copyOf(SettingsFiles.files(java.util.Map.of("org.opora.platform.ui", saved)).keySet()));
    }
}
