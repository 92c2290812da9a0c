package cn.courts.enforcement.app.models;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether two model files say the same thing: the same elements, attributes and text, whatever the formatting,
 * attribute order, namespace prefixes or the modeler that saved them ({@code exporter}, {@code exporterVersion}).
 * A model re-saved unchanged is not a new version.
 */
final class XmlContent {

    private static final Set<String> IGNORED_ATTRIBUTES = Set.of("exporter", "exporterVersion");

    private XmlContent() {
    }

    static boolean same(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        try {
            return canonical(a).equals(canonical(b));
        } catch (Exception e) {
            return false;
        }
    }

    private static String canonical(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        StringBuilder out = new StringBuilder();
        write(document.getDocumentElement(), out);
        return out.toString();
    }

    private static void write(Element element, StringBuilder out) {
        out.append('<').append(element.getNamespaceURI()).append('|').append(element.getLocalName());
        List<String> attributes = new ArrayList<>();
        NamedNodeMap map = element.getAttributes();
        for (int i = 0; i < map.getLength(); i++) {
            Attr attr = (Attr) map.item(i);
            String name = attr.getLocalName() == null ? attr.getName() : attr.getLocalName();
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attr.getNamespaceURI()) || IGNORED_ATTRIBUTES.contains(name)) {
                continue;
            }
            attributes.add(attr.getNamespaceURI() + "|" + name + "=" + attr.getValue());
        }
        attributes.sort(null);
        attributes.forEach(a -> out.append(' ').append(a));
        out.append('>');
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                write(e, out);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                String text = child.getNodeValue().strip();
                if (!text.isEmpty()) {
                    out.append(text);
                }
            }
        }
        out.append("</>");
    }
}
