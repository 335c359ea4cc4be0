package org.opora.platform.persistence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Reads persistence.xml (JPA 2.x and 3.x, namespace agnostic). Data sources in it are ignored: the platform supplies one. */
final class PersistenceXml {

    private PersistenceXml() {
    }

    static List<UnitDescriptor> parse(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return parse(in);
        }
    }

    static List<UnitDescriptor> parse(InputStream in) throws IOException {
        Element root;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            root = f.newDocumentBuilder().parse(in).getDocumentElement();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("persistence.xml is not well-formed: " + e.getMessage(), e);
        }
        List<UnitDescriptor> result = new ArrayList<>();
        NodeList units = root.getElementsByTagNameNS("*", "persistence-unit");
        for (int i = 0; i < units.getLength(); i++) {
            result.add(unit((Element) units.item(i)));
        }
        return result;
    }

    private static UnitDescriptor unit(Element u) {
        List<String> classes = new ArrayList<>();
        List<String> mappingFiles = new ArrayList<>();
        Properties properties = new Properties();
        for (Node n = u.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                String text = e.getTextContent() == null ? "" : e.getTextContent().trim();
                switch (e.getLocalName()) {
                    case "class" -> classes.add(text);
                    case "mapping-file" -> mappingFiles.add(text);
                    case "properties" -> {
                        NodeList ps = e.getElementsByTagNameNS("*", "property");
                        for (int j = 0; j < ps.getLength(); j++) {
                            Element p = (Element) ps.item(j);
                            properties.setProperty(p.getAttribute("name"), p.getAttribute("value"));
                        }
                    }
                    default -> {
                        // provider, data sources, exclude-unlisted-classes: the extender decides these
                    }
                }
            }
        }
        return new UnitDescriptor(u.getAttribute("name"), classes, mappingFiles, properties);
    }
}
