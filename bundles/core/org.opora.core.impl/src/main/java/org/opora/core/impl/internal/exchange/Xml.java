package org.opora.core.impl.internal.exchange;

import java.io.ByteArrayInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** StAX set up for untrusted workbook parts. */
final class Xml {

    private Xml() {
    }

    /**
     * A reader that refuses document type declarations outright: OOXML parts never have one, so a DOCTYPE can only
     * be an attempt at entity expansion or at reading files of the server (XXE). The JDK's own StAX implementation is
     * used on purpose: in OSGi the service loader may find another one whose defaults differ.
     */
    static XMLStreamReader open(byte[] part) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
        XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(part));
        return factory.createFilteredReader(reader, r -> {
            if (r.getEventType() == XMLStreamConstants.DTD) {
                throw new TableFormatException("core.import.file.corrupt");
            }
            return true;
        });
    }

    /** An attribute by its local name, whatever its namespace; {@code null} when absent. */
    static String attribute(XMLStreamReader reader, String localName) {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            if (localName.equals(reader.getAttributeLocalName(i))) {
                return reader.getAttributeValue(i);
            }
        }
        return null;
    }

    /** Whether the reader stands on the start of an element with the local name. */
    static boolean isStart(XMLStreamReader reader, String localName) {
        return reader.getEventType() == XMLStreamConstants.START_ELEMENT && localName.equals(reader.getLocalName());
    }

    /** Whether the reader stands on the end of an element with the local name. */
    static boolean isEnd(XMLStreamReader reader, String localName) {
        return reader.getEventType() == XMLStreamConstants.END_ELEMENT && localName.equals(reader.getLocalName());
    }
}
