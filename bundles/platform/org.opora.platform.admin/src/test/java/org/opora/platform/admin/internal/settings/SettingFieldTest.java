package org.opora.platform.admin.internal.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.service.metatype.AttributeDefinition;

class SettingFieldTest {

    @Test
    void typesChooseTheField() {
        assertEquals(FieldKind.TEXT, SettingField.of(new FakeAd("a", AttributeDefinition.STRING)).kind());
        assertEquals(FieldKind.PASSWORD, SettingField.of(new FakeAd("a", AttributeDefinition.PASSWORD)).kind());
        assertEquals(FieldKind.INTEGER, SettingField.of(new FakeAd("a", AttributeDefinition.INTEGER)).kind());
        assertEquals(FieldKind.INTEGER, SettingField.of(new FakeAd("a", AttributeDefinition.SHORT)).kind());
        assertEquals(FieldKind.INTEGER, SettingField.of(new FakeAd("a", AttributeDefinition.BYTE)).kind());
        assertEquals(FieldKind.LONG, SettingField.of(new FakeAd("a", AttributeDefinition.LONG)).kind());
        assertEquals(FieldKind.DECIMAL, SettingField.of(new FakeAd("a", AttributeDefinition.DOUBLE)).kind());
        assertEquals(FieldKind.DECIMAL, SettingField.of(new FakeAd("a", AttributeDefinition.FLOAT)).kind());
        assertEquals(FieldKind.BOOLEAN, SettingField.of(new FakeAd("a", AttributeDefinition.BOOLEAN)).kind());
    }

    @Test
    void optionsMakeAChoiceWithTheirLabels() {
        SettingField f = SettingField.of(new FakeAd("mode", AttributeDefinition.STRING)
                .options(new String[] {"strict", "lenient"}, new String[] {"Strict", "Lenient"}).defaults("strict"));
        assertEquals(FieldKind.CHOICE, f.kind());
        assertEquals(List.of(new SettingField.Option("strict", "Strict"), new SettingField.Option("lenient", "Lenient")),
                f.options());
        assertEquals("Lenient", f.labelOf("lenient"));
        assertEquals("other", f.labelOf("other"));
    }

    @Test
    void missingLabelsFallBackToTheValues() {
        SettingField f = SettingField.of(new FakeAd("n", AttributeDefinition.INTEGER)
                .options(new String[] {"1", "2"}, new String[] {"One"}));
        assertEquals("One", f.labelOf("1"));
        assertEquals("2", f.labelOf("2"));
    }

    @Test
    void severalValuesGoOneALineWhateverTheType() {
        SettingField f = SettingField.of(new FakeAd("hosts", AttributeDefinition.STRING).cardinality(5)
                .defaults("a", "b"));
        assertEquals(FieldKind.MULTI_LINE, f.kind());
        assertEquals("a\nb", f.defaultText());
        assertEquals(5, f.maxValues());
        assertEquals(FieldKind.MULTI_LINE, SettingField.of(new FakeAd("n", AttributeDefinition.BOOLEAN)
                .cardinality(-3)).kind());
    }

    @Test
    void unboundedCardinalityHasNoLimit() {
        assertEquals(Integer.MAX_VALUE, SettingField.of(new FakeAd("a", AttributeDefinition.STRING)
                .cardinality(Integer.MIN_VALUE)).maxValues());
        assertEquals(Integer.MAX_VALUE, SettingField.of(new FakeAd("a", AttributeDefinition.STRING)
                .cardinality(Integer.MAX_VALUE)).maxValues());
    }

    @Test
    void labelAndHelpComeFromTheDefinition() {
        SettingField f = SettingField.of(new FakeAd("minPasswordLength", AttributeDefinition.INTEGER).defaults("10"));
        assertEquals("Name of minPasswordLength", f.name());
        assertEquals("Description of minPasswordLength", f.description());
        assertEquals("10", f.defaultText());
        assertTrue(SettingField.of(new FakeAd("x", AttributeDefinition.STRING)).defaults().isEmpty());
    }
}
