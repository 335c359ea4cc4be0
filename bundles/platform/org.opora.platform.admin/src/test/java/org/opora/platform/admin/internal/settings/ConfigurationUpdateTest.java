package org.opora.platform.admin.internal.settings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.service.metatype.AttributeDefinition;

class ConfigurationUpdateTest {

    private final SettingField length = SettingField.of(new FakeAd("minPasswordLength", AttributeDefinition.INTEGER)
            .defaults("10"));
    private final SettingField lockout = SettingField.of(new FakeAd("lockoutMinutes", AttributeDefinition.INTEGER)
            .defaults("15"));
    private final SettingField secret = SettingField.of(new FakeAd("smtpPassword", AttributeDefinition.PASSWORD));
    private final SettingField demo = SettingField.of(new FakeAd("demo", AttributeDefinition.BOOLEAN));

    private static Map<SettingField, Object> values(Object... pairs) {
        Map<SettingField, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((SettingField) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    @Test
    void valuesEqualToTheDefaultsAreNotWrittenToANewConfiguration() {
        ConfigurationUpdate u = ConfigurationUpdate.apply(null, values(length, 10, lockout, null, demo, false));
        assertTrue(u.isEmpty());
        assertTrue(u.properties().isEmpty());
    }

    @Test
    void aChangedValueIsWrittenTyped() {
        ConfigurationUpdate u = ConfigurationUpdate.apply(null, values(length, 12, lockout, 15));
        assertEquals(List.of("minPasswordLength"), List.copyOf(u.changed()));
        assertEquals(12, u.properties().get("minPasswordLength"));
        assertFalse(u.properties().containsKey("lockoutMinutes"));
    }

    @Test
    void otherPropertiesStay() {
        Hashtable<String, Object> stored = new Hashtable<>();
        stored.put("service.pid", "org.opora.platform.security");
        stored.put("felix.fileinstall.filename", "file:/opt/opora/etc/org.opora.platform.security.cfg");
        stored.put("minPasswordLength", "10");
        ConfigurationUpdate u = ConfigurationUpdate.apply(stored, values(length, 14));
        assertEquals("file:/opt/opora/etc/org.opora.platform.security.cfg",
                u.properties().get("felix.fileinstall.filename"));
        assertEquals("org.opora.platform.security", u.properties().get("service.pid"));
        assertEquals(14, u.properties().get("minPasswordLength"));
    }

    @Test
    void aStoredStringEqualToTheNewNumberIsNoChange() {
        Hashtable<String, Object> stored = new Hashtable<>();
        stored.put("minPasswordLength", "12");
        ConfigurationUpdate u = ConfigurationUpdate.apply(stored, values(length, 12));
        assertTrue(u.isEmpty());
        assertEquals("12", u.properties().get("minPasswordLength"));
    }

    @Test
    void anEmptiedFieldRemovesTheValueSoTheDefaultApplies() {
        Hashtable<String, Object> stored = new Hashtable<>();
        stored.put("lockoutMinutes", 30);
        ConfigurationUpdate u = ConfigurationUpdate.apply(stored, values(lockout, null));
        assertEquals(List.of("lockoutMinutes"), List.copyOf(u.changed()));
        assertFalse(u.properties().containsKey("lockoutMinutes"));
    }

    @Test
    void anEmptyPasswordKeepsTheStoredOne() {
        Hashtable<String, Object> stored = new Hashtable<>();
        stored.put("smtpPassword", "s3cret");
        ConfigurationUpdate u = ConfigurationUpdate.apply(stored, values(secret, null));
        assertTrue(u.isEmpty());
        assertEquals("s3cret", u.properties().get("smtpPassword"));
    }

    @Test
    void arraysAreComparedByContent() {
        SettingField hosts = SettingField.of(new FakeAd("hosts", AttributeDefinition.STRING).cardinality(5));
        Hashtable<String, Object> stored = new Hashtable<>();
        stored.put("hosts", new String[] {"a", "b"});
        assertTrue(ConfigurationUpdate.apply(stored, values(hosts, new String[] {"a", "b"})).isEmpty());
        ConfigurationUpdate u = ConfigurationUpdate.apply(stored, values(hosts, new String[] {"a", "c"}));
        assertArrayEquals(new String[] {"a", "c"}, (String[]) u.properties().get("hosts"));
    }

    @Test
    void changedKeysAreSorted() {
        ConfigurationUpdate u = ConfigurationUpdate.apply(null, values(length, 20, lockout, 60, demo, true));
        assertEquals(List.of("demo", "lockoutMinutes", "minPasswordLength"), List.copyOf(u.changed()));
    }
}
