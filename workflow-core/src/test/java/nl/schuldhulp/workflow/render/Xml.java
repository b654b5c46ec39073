package nl.schuldhulp.workflow.render;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Parses output with the JDK's XML parser (no network, no external DTDs) and walks it. */
final class Xml {
  private Xml() {}

  static Document parse(String text) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setExpandEntityReferences(false);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + text, e);
    }
  }

  /** Every element named {@code name} below {@code root}, in document order. */
  static List<Element> elements(Node root, String name) {
    NodeList list =
        root instanceof Document document
            ? document.getElementsByTagName(name)
            : ((Element) root).getElementsByTagName(name);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  /** The {@code <g>} elements whose class list contains {@code css}. */
  static List<Element> groups(Document document, String css) {
    return elements(document, "g").stream()
        .filter(g -> List.of(g.getAttribute("class").split(" ")).contains(css))
        .toList();
  }

  /** The text of the element's first direct {@code <title>} child. */
  static String title(Element element) {
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e && e.getTagName().equals("title")) {
        return e.getTextContent();
      }
    }
    throw new AssertionError("no title in " + element.getAttribute("id"));
  }

  /** Every attribute value in the document, for checks on references. */
  static List<String> attributeValues(Document document) {
    List<String> values = new ArrayList<>();
    for (Element element : elements(document, "*")) {
      for (int i = 0; i < element.getAttributes().getLength(); i++) {
        Node attribute = element.getAttributes().item(i);
        values.add(attribute.getNodeName() + "=" + attribute.getNodeValue());
      }
    }
    return values;
  }
}
