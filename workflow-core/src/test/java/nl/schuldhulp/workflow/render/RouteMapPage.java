package nl.schuldhulp.workflow.render;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** A route map page parsed as XML, with the queries the tests ask of it. */
final class RouteMapPage {
  private static final Pattern QUEUED = Pattern.compile("Daarna (?:komt|komen) nog (\\d+) (?:taak|taken)\\.");

  final String html;
  final Document document;

  RouteMapPage(String html) {
    this.html = html;
    this.document = Xml.parse(html);
  }

  /** The section with this id. */
  Element section(String id) {
    return Xml.elements(document, "section").stream().filter(s -> s.getAttribute("id").equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no section " + id));
  }

  /** The text of a section, white space folded. */
  String text(String id) {
    return folded(section(id).getTextContent());
  }

  /** The text of the whole page, white space folded. */
  String text() {
    return folded(document.getDocumentElement().getTextContent());
  }

  /** The texts of the items of the list with class {@code css} in section {@code id}; empty if none. */
  List<String> items(String id, String css) {
    return Xml.elements(section(id), "li").stream()
        .filter(li -> ((Element) li.getParentNode()).getAttribute("class").equals(css))
        .map(li -> folded(li.getTextContent()))
        .toList();
  }

  /** The client's open actions, as shown. */
  List<String> openActions() {
    return items("todo", "actions");
  }

  /** How many queued actions the page says are waiting; 0 when it says none. */
  int queued() {
    Matcher matcher = QUEUED.matcher(text("todo"));
    return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
  }

  /** The elements marked as the current step. */
  List<Element> current() {
    return Xml.elements(document, "*").stream().filter(e -> e.hasAttribute("aria-current")).toList();
  }

  static String folded(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
