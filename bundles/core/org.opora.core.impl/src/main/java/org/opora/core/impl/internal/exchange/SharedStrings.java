package org.opora.core.impl.internal.exchange;

import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The shared string table of a workbook (xl/sharedStrings.xml), where Excel keeps the text of cells. */
final class SharedStrings {

    static final String PART = "xl/sharedstrings.xml";

    private SharedStrings() {
    }

    /** The strings in order; rich text runs are joined, phonetic hints (East Asian ruby text) left out. */
    static List<String> parse(byte[] part) throws XMLStreamException {
        List<String> strings = new ArrayList<>();
        if (part == null) {
            return strings;
        }
        XMLStreamReader x = Xml.open(part);
        while (x.hasNext()) {
            x.next();
            if (Xml.isStart(x, "si")) {
                strings.add(text(x, "si"));
            }
        }
        return strings;
    }

    /**
     * The text of a string item ({@code si}) or inline string ({@code is}): the {@code t} elements inside it,
     * directly or in runs, leaving out those of phonetic runs ({@code rPh}). Ends on the item's end tag.
     */
    static String text(XMLStreamReader x, String element) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int phonetic = 0;
        while (x.hasNext()) {
            x.next();
            if (Xml.isEnd(x, element)) {
                break;
            } else if (Xml.isStart(x, "rPh")) {
                phonetic++;
            } else if (Xml.isEnd(x, "rPh")) {
                phonetic--;
            } else if (Xml.isStart(x, "t")) {
                String t = x.getElementText();
                if (phonetic == 0) {
                    text.append(t);
                }
            }
        }
        return text.toString();
    }
}
