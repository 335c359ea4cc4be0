package org.opora.platform.admin.internal.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.platform.admin.internal.OneNode;
import org.opora.platform.ui.testing.TestUi;
import org.opora.platform.api.audit.AuditEvent;
import org.opora.platform.api.audit.AuditQuery;
import org.opora.platform.api.audit.AuditRecord;
import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.security.PlatformPermissions;
import org.opora.platform.api.settings.SettingProblem;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.metatype.AttributeDefinition;

class SettingsFormTest {

    private static final String PID = "org.opora.platform.security";

    private final List<Dictionary<String, Object>> updates = new ArrayList<>();
    private final List<String> journal = new ArrayList<>();
    private final Hashtable<String, Object> stored = new Hashtable<>(Map.of("felix.fileinstall.filename", "x.cfg"));

    private final List<SettingField> fields = List.of(
            SettingField.of(new FakeAd("minPasswordLength", AttributeDefinition.INTEGER).defaults("10").max(128)),
            SettingField.of(new FakeAd("demo", AttributeDefinition.BOOLEAN).defaults("false")),
            SettingField.of(new FakeAd("mode", AttributeDefinition.STRING)
                    .options(new String[] {"strict", "lenient"}, new String[] {"Strict", "Lenient"})),
            SettingField.of(new FakeAd("ports", AttributeDefinition.INTEGER).cardinality(5)));

    @BeforeEach
    void open() {
        TestUi.open();
        Settings.Form form = new Settings.Form(new Settings.Entry(PID, "Sign-in", "", PID, 1, false), fields,
                Map.copyOf(stored));
        com.vaadin.flow.component.UI.getCurrent().add(new SettingsForm(settings(), form, () -> { }));
    }

    @AfterEach
    void close() {
        TestUi.close();
    }

    @SuppressWarnings("unchecked")
    private Settings settings() {
        Configuration configuration = (Configuration) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Configuration.class}, (p, m, args) -> switch (m.getName()) {
                    case "getProperties" -> stored;
                    case "updateIfDifferent" -> updates.add((Dictionary<String, Object>) args[0]);
                    default -> throw new AssertionError("unexpected call: " + m.getName());
                });
        ConfigurationAdmin cm = (ConfigurationAdmin) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ConfigurationAdmin.class}, (p, m, args) -> switch (m.getName()) {
                    case "getConfiguration" -> configuration;
                    case "listConfigurations" -> new Configuration[] {configuration};
                    default -> throw new AssertionError("unexpected call: " + m.getName());
                });
        AuditService audit = new AuditService() {
            public void record(AuditEvent e) {
                journal.add(e.action() + " " + e.recordType() + " " + e.recordId() + " " + e.summary());
            }
            public void record(String actor, AuditEvent e) {
            }
            public void recordInTransaction(java.sql.Connection transaction, AuditEvent e) {
            }
            public void recordInTransaction(java.sql.Connection transaction, String actor, AuditEvent e) {
            }
            public List<AuditRecord> find(AuditQuery q, int offset, int limit) {
                return List.of();
            }
            public int count(AuditQuery q) {
                return 0;
            }
        };
        // the form edits the sign-in settings: who changes them administers the users too
        OporaUser admin = new OporaUser("admin", "Admin", Set.of(), Set.of(PlatformPermissions.SETTINGS,
                PlatformPermissions.USERS), Locale.ENGLISH);
        // a module's check of the list setting "ports": a line above 1024 is refused with the line and the reason
        SettingsChecks checks = new SettingsChecks();
        checks.add((attribute, values) -> "ports".equals(attribute) ? values.stream()
                .filter(v -> Integer.parseInt(v) > 1024).findFirst()
                .map(v -> SettingProblem.of(v, "test.port.tooHigh", 1024)) : Optional.empty(), PID);
        return new Settings(null, null, cm, OneNode.ifDifferent(cm), audit,
                () -> Optional.of(admin), checks);
    }

    @Test
    void everyAttributeHasItsField() {
        assertEquals(Set.of("admin-settings-field-minPasswordLength", "admin-settings-field-demo",
                "admin-settings-field-mode", "admin-settings-field-ports"), Set.copyOf(TestUi.ids(
                        com.vaadin.flow.component.UI.getCurrent()).stream()
                        .filter(id -> id.startsWith("admin-settings-field-")).toList()));
        assertNull(TestUi.find("admin-settings-field-minPasswordLength", IntegerField.class).getValue());
        assertEquals("10", TestUi.find("admin-settings-field-minPasswordLength", IntegerField.class).getPlaceholder());
        assertTrue(TestUi.find("admin-settings-defaults", com.vaadin.flow.component.html.Span.class).isVisible());
    }

    @Test
    void anInvalidFieldStopsTheWholeSave() {
        TestUi.find("admin-settings-field-minPasswordLength", IntegerField.class).setValue(12);
        TestUi.find("admin-settings-field-ports", TextArea.class).setValue("80\nhttp");
        TestUi.find("admin-settings-save", Button.class).click();
        assertTrue(updates.isEmpty());
        assertTrue(journal.isEmpty());
        assertTrue(TestUi.find("admin-settings-field-ports", TextArea.class).isInvalid());
        assertFalse(TestUi.find("admin-settings-field-minPasswordLength", IntegerField.class).isInvalid());
    }

    @Test
    void aValueAboveTheMaximumIsMarked() {
        TestUi.find("admin-settings-field-minPasswordLength", IntegerField.class).setValue(500);
        TestUi.find("admin-settings-save", Button.class).click();
        assertTrue(updates.isEmpty());
        IntegerField f = TestUi.find("admin-settings-field-minPasswordLength", IntegerField.class);
        assertTrue(f.isInvalid());
        assertTrue(f.getErrorMessage().contains("admin.settings.error.max"), f.getErrorMessage());
    }

    @Test
    void aValidFormIsStoredTypedWithTheOtherPropertiesAndJournaled() {
        TestUi.find("admin-settings-field-minPasswordLength", IntegerField.class).setValue(12);
        TestUi.find("admin-settings-field-demo", Checkbox.class).setValue(true);
        @SuppressWarnings("unchecked")
        Select<String> mode = TestUi.find("admin-settings-field-mode", Select.class);
        mode.setValue("lenient");
        TestUi.find("admin-settings-field-ports", TextArea.class).setValue("80\n443");
        TestUi.find("admin-settings-save", Button.class).click();
        assertEquals(1, updates.size());
        Dictionary<String, Object> d = updates.get(0);
        assertEquals(12, d.get("minPasswordLength"));
        assertEquals(Boolean.TRUE, d.get("demo"));
        assertEquals("lenient", d.get("mode"));
        assertEquals(List.of(80, 443), List.of((Integer[]) d.get("ports")));
        assertEquals("x.cfg", d.get("felix.fileinstall.filename"));
        assertEquals(List.of("ADMIN platform.config " + PID + " changed: [demo, minPasswordLength, mode, ports]"),
                journal);
    }

    @Test
    void aLineAModuleRefusesIsMarkedWithTheLineAndTheReasonAndNothingIsStored() {
        stored.put("ports", new Integer[] {80});
        TestUi.find("admin-settings-field-minPasswordLength", IntegerField.class).setValue(12);
        TestUi.find("admin-settings-field-ports", TextArea.class).setValue("80\n8080\n443");
        TestUi.find("admin-settings-save", Button.class).click();
        assertTrue(updates.isEmpty());
        assertTrue(journal.isEmpty());
        TextArea ports = TestUi.find("admin-settings-field-ports", TextArea.class);
        assertTrue(ports.isInvalid());
        assertTrue(ports.getErrorMessage().contains("admin.settings.error.line"), ports.getErrorMessage());
        assertFalse(TestUi.find("admin-settings-field-minPasswordLength", IntegerField.class).isInvalid());
        assertEquals(List.of(80), List.of((Integer[]) stored.get("ports")));
    }

    @Test
    void aModuleCheckHoldsInTheServiceToo() {
        Map<SettingField, Object> values = Map.of(fields.get(3), new Integer[] {22, 5000});
        SettingsRefused refused = org.junit.jupiter.api.Assertions.assertThrows(SettingsRefused.class,
                () -> settings().save(PID, values));
        assertEquals("5000", refused.problems().get("ports").value());
        assertTrue(updates.isEmpty());
        assertTrue(journal.isEmpty());
    }

    @Test
    void nothingChangedNothingStored() {
        TestUi.find("admin-settings-save", Button.class).click();
        assertTrue(updates.isEmpty());
        assertTrue(journal.isEmpty());
    }
}
