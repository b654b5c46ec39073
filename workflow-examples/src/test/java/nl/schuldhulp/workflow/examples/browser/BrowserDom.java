package nl.schuldhulp.workflow.examples.browser;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The DOM a browser dumped, read with the JDK's XML parser: the browser serialises HTML, so style
 * blocks (raw text) are dropped, void elements are closed and {@code &nbsp;} is spelled
 * numerically first. Queries fold white space as a reader sees it.
 */
final class BrowserDom {
  private static final String VOID = "area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr";

  private final Document document;

  private BrowserDom(Document document) {
    this.document = document;
  }

  static BrowserDom parse(String html) {
    String xml = html.replaceAll("(?s)<style>.*?</style>", "")
        .replaceAll("<(" + VOID + ")\\b([^>]*?)/?>", "<$1$2/>")
        .replace("&nbsp;", "&#160;");
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setExpandEntityReferences(false);
      return new BrowserDom(factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
    } catch (Exception e) {
      throw new AssertionError("cannot read the browser's DOM: " + e.getMessage() + "\n" + html, e);
    }
  }

  Element root() {
    return document.getDocumentElement();
  }

  /** Every element named {@code tag} under {@code root}, in document order. */
  static List<Element> all(Element root, String tag) {
    NodeList list = root.getElementsByTagName(tag);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  /** Every element with attribute {@code name}. */
  List<Element> withAttribute(String name) {
    return all(root(), "*").stream().filter(e -> e.hasAttribute(name)).toList();
  }

  /** The section with this id. */
  Element section(String id) {
    return all(root(), "section").stream().filter(s -> s.getAttribute("id").equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no section " + id));
  }

  /** The folded texts of the items of the list with class {@code css} in section {@code id}. */
  List<String> items(String id, String css) {
    return all(section(id), "li").stream()
        .filter(li -> ((Element) li.getParentNode()).getAttribute("class").equals(css))
        .map(BrowserDom::text)
        .toList();
  }

  /** The text of an element, white space folded. */
  static String text(Element element) {
    return element.getTextContent().replaceAll("\\s+", " ").strip();
  }
}
