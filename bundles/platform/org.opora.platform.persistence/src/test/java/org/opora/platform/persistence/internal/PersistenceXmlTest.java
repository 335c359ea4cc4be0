package org.opora.platform.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class PersistenceXmlTest {

    private static List<UnitDescriptor> parse(String xml) throws IOException {
        return PersistenceXml.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsClassesPropertiesAndSchema() throws IOException {
        List<UnitDescriptor> units = parse("""
                <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.0">
                  <persistence-unit name="opora-test">
                    <class>a.B</class><class>a.C</class>
                    <properties>
                      <property name="opora.schema" value="opora_test"/>
                      <property name="opora.changelog" value="x/changes.xml"/>
                    </properties>
                  </persistence-unit>
                </persistence>""");
        assertEquals(1, units.size());
        UnitDescriptor u = units.get(0);
        assertEquals("opora-test", u.name());
        assertEquals(List.of("a.B", "a.C"), u.classes());
        assertEquals("x/changes.xml", u.changelog());
    }

    @Test
    void schemaIsRequiredAndPlain() throws IOException {
        UnitDescriptor noSchema = parse("<persistence><persistence-unit name='u'/></persistence>").get(0);
        assertThrows(IllegalStateException.class, noSchema::schema);
        UnitDescriptor sqlInSchema = parse("""
                <persistence><persistence-unit name='u'><properties>
                <property name='opora.schema' value='X; DROP'/></properties></persistence-unit></persistence>""").get(0);
        assertThrows(IllegalStateException.class, sqlInSchema::schema);
        UnitDescriptor ok = parse("""
                <persistence><persistence-unit name='u'><properties>
                <property name='opora.schema' value='oporaSecurity'/></properties></persistence-unit></persistence>""").get(0);
        assertEquals("OPORASECURITY", ok.schema());
    }

    @Test
    void brokenXmlIsAnIoError() {
        assertThrows(IOException.class, () -> parse("<persistence><persistence-unit"));
    }

    @Test
    void doctypeIsRefused() {
        assertThrows(IOException.class, () -> parse("<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><persistence/>"));
    }
}
