package org.opora.platform.admin.internal.settings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.service.metatype.AttributeDefinition;

class SettingValuesTest {

    private static SettingField field(FakeAd ad) {
        return SettingField.of(ad);
    }

    @Test
    void valuesGetTheirJavaType() {
        assertEquals(42, SettingValues.parse(field(new FakeAd("a", AttributeDefinition.INTEGER)), " 42 ").value());
        assertEquals(42L, SettingValues.parse(field(new FakeAd("a", AttributeDefinition.LONG)), "42").value());
        assertEquals((short) 7, SettingValues.parse(field(new FakeAd("a", AttributeDefinition.SHORT)), "7").value());
        assertEquals((byte) 7, SettingValues.parse(field(new FakeAd("a", AttributeDefinition.BYTE)), "7").value());
        assertEquals(1.5, SettingValues.parse(field(new FakeAd("a", AttributeDefinition.DOUBLE)), "1.5").value());
        assertEquals(1.5f, SettingValues.parse(field(new FakeAd("a", AttributeDefinition.FLOAT)), "1.5").value());
        assertEquals(Boolean.TRUE, SettingValues.parse(field(new FakeAd("a", AttributeDefinition.BOOLEAN)), "true")
                .value());
        assertEquals("text", SettingValues.parse(field(new FakeAd("a", AttributeDefinition.STRING)), "text").value());
    }

    @Test
    void emptyMeansTheDefault() {
        SettingValues.Parsed p = SettingValues.parse(field(new FakeAd("a", AttributeDefinition.INTEGER)), "  ");
        assertTrue(p.valid());
        assertNull(p.value());
    }

    @Test
    void textThatIsNoNumberIsRefused() {
        SettingValues.Parsed p = SettingValues.parse(field(new FakeAd("a", AttributeDefinition.INTEGER)), "ten");
        assertFalse(p.valid());
        assertEquals("admin.settings.error.integer", p.errorKey());
        assertEquals("ten", p.detail());
        assertEquals("admin.settings.error.decimal",
                SettingValues.parse(field(new FakeAd("a", AttributeDefinition.DOUBLE)), "1,5").errorKey());
        assertEquals("admin.settings.error.integer",
                SettingValues.parse(field(new FakeAd("a", AttributeDefinition.BYTE)), "300").errorKey());
        assertEquals("admin.settings.error.boolean",
                SettingValues.parse(field(new FakeAd("a", AttributeDefinition.BOOLEAN)), "yes").errorKey());
    }

    @Test
    void theDefinitionsOwnValidationDecidesRanges() {
        SettingField f = field(new FakeAd("len", AttributeDefinition.INTEGER).max(128));
        assertTrue(SettingValues.parse(f, "128").valid());
        SettingValues.Parsed p = SettingValues.parse(f, "129");
        assertEquals("admin.settings.error.max", p.errorKey());
        assertEquals("129", p.detail());
        assertEquals(List.of("128"), p.bounds());
    }

    @Test
    void aNumberOutOfItsRangeNamesTheRange() {
        SettingField f = field(new FakeAd("len", AttributeDefinition.INTEGER).defaults("12").min(8).max(64));
        SettingValues.Parsed p = SettingValues.parse(f, "500");
        assertEquals("admin.settings.error.range", p.errorKey());
        assertEquals(List.of("500", "8", "64"), List.of(p.params()));
        assertEquals("admin.settings.error.range", SettingValues.parse(f, "7").errorKey());
        assertTrue(SettingValues.parse(f, "8").valid());
        SettingValues.Parsed tooBig = SettingValues.notANumber(f);
        assertEquals("admin.settings.error.numberRange", tooBig.errorKey());
        assertEquals(List.of("", "8", "64"), List.of(tooBig.params()));
        assertEquals("admin.settings.error.number",
                SettingValues.notANumber(field(new FakeAd("n", AttributeDefinition.INTEGER))).errorKey());
    }

    @Test
    void optionsAreEnforced() {
        SettingField f = field(new FakeAd("mode", AttributeDefinition.STRING)
                .options(new String[] {"strict", "lenient"}, null));
        assertTrue(SettingValues.parse(f, "strict").valid());
        assertEquals("admin.settings.error.option", SettingValues.parse(f, "other").errorKey());
    }

    @Test
    void severalValuesAreReadOneALineIntoAnArray() {
        SettingField f = field(new FakeAd("ports", AttributeDefinition.INTEGER).cardinality(10));
        SettingValues.Parsed p = SettingValues.parse(f, "80\n\n 443 \n8080\n");
        assertTrue(p.valid());
        assertArrayEquals(new Integer[] {80, 443, 8080}, (Integer[]) p.value());
    }

    @Test
    void negativeCardinalityGivesAList() {
        SettingField f = field(new FakeAd("names", AttributeDefinition.STRING).cardinality(-10));
        assertEquals(List.of("a", "b, c"), SettingValues.parse(f, "a\nb, c").value());
    }

    @Test
    void everyLineIsChecked() {
        SettingField f = field(new FakeAd("ports", AttributeDefinition.INTEGER).cardinality(10).max(65535));
        SettingValues.Parsed p = SettingValues.parse(f, "80\nx\n443");
        assertEquals("admin.settings.error.integer", p.errorKey());
        assertEquals("x", p.detail());
        assertEquals("admin.settings.error.max", SettingValues.parse(f, "80\n70000").errorKey());
    }

    @Test
    void cardinalityLimitsTheNumberOfValues() {
        SettingField f = field(new FakeAd("two", AttributeDefinition.STRING).cardinality(2));
        assertTrue(SettingValues.parse(f, "a\nb").valid());
        SettingValues.Parsed p = SettingValues.parse(f, "a\nb\nc");
        assertEquals("admin.settings.error.tooMany", p.errorKey());
        assertEquals("2", p.detail());
    }

    @Test
    void storedValuesShowOneALine() {
        assertEquals("", SettingValues.toText(null));
        assertEquals("10", SettingValues.toText(10));
        assertEquals("a\nb", SettingValues.toText(new String[] {"a", "b"}));
        assertEquals("1\n2", SettingValues.toText(new int[] {1, 2}));
        assertEquals("x\ny", SettingValues.toText(List.of("x", "y")));
    }

    @Test
    void felixMessagesBecomeKeys() {
        assertEquals("admin.settings.error.min", SettingValues.validationKey("%less than minimum"));
        assertEquals("admin.settings.error.option", SettingValues.validationKey("not a valid option"));
        assertEquals(SettingValues.OTHER, SettingValues.validationKey("Something else"));
    }
}
