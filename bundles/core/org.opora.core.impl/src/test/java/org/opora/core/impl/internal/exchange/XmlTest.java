package org.opora.core.impl.internal.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLStreamReader;

import org.junit.jupiter.api.Test;

/** The StAX set-up for untrusted parts. */
class XmlTest {

    @Test
    void anyDocumentTypeDeclarationIsRefusedBeforeItIsUsed() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE sst SYSTEM \"http://example.invalid/x.dtd\"><sst/>";

        TableFormatException e = assertThrows(TableFormatException.class, () -> {
            XMLStreamReader reader = Xml.open(xml.getBytes(StandardCharsets.UTF_8));
            while (reader.hasNext()) {
                reader.next();
            }
        });

        assertEquals("core.import.file.corrupt", e.messageKey());
    }

    @Test
    void predefinedEntitiesAndCharacterReferencesAreRead() throws Exception {
        String xml = "<?xml version=\"1.0\"?><t a=\"&quot;\">&lt;&amp;&#1046;&#x416;</t>";
        XMLStreamReader reader = Xml.open(xml.getBytes(StandardCharsets.UTF_8));
        reader.nextTag();

        assertEquals("\"", Xml.attribute(reader, "a"));
        assertEquals("<&ЖЖ", reader.getElementText());
    }
}
