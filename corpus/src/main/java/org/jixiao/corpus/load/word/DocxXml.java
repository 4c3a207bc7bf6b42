package org.jixiao.corpus.load.word;

import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Reading WordprocessingML elements by local name, so that transitional and strict namespaces both work: the DOM
 * helpers of {@link DocxBody} and {@link DocxParagraphStyles}.
 */
final class DocxXml {

    private DocxXml() {
    }

    /** The first child element with this local name, or null. */
    static Node child(Node parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE && localName.equals(n.getLocalName())) {
                return n;
            }
        }
        return null;
    }

    /** The attribute with this local name, whatever its namespace ({@code w:val}, {@code val}). */
    static String attr(Node element, String localName) {
        NamedNodeMap attrs = element.getAttributes();
        if (attrs == null) {
            return null;
        }
        for (int i = 0; i < attrs.getLength(); i++) {
            Node a = attrs.item(i);
            String name = a.getLocalName() != null ? a.getLocalName() : a.getNodeName();
            if (localName.equals(name)) {
                return a.getNodeValue();
            }
        }
        return null;
    }

    static int parseInt(String s, int otherwise) {
        if (s == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** A WordprocessingML on/off property: present means on unless its value says otherwise. */
    static boolean isOn(Node property) {
        String v = attr(property, "val");
        return v == null || !(v.equals("0") || v.equalsIgnoreCase("false") || v.equalsIgnoreCase("off"));
    }
}
