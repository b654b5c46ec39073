package nl.schuldhulp.workflow.render;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Reads the boxes of an SVG diagram back, to check the layout. */
final class SvgGeometry {
  private SvgGeometry() {}

  /** Pairs of entry, step or closure boxes whose rectangles overlap, as "id ~ id". */
  static List<String> overlappingBoxes(Document document) {
    List<Element> groups =
        Stream.of("entry", "step", "closure")
            .flatMap(css -> Xml.groups(document, css).stream())
            .filter(g -> g.hasAttribute("id") && !g.getAttribute("class").startsWith("edge")
                && !g.getAttribute("class").startsWith("label"))
            .toList();
    List<String> overlaps = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      for (int j = i + 1; j < groups.size(); j++) {
        if (overlap(rect(groups.get(i)), rect(groups.get(j)))) {
          overlaps.add(groups.get(i).getAttribute("id") + " ~ " + groups.get(j).getAttribute("id"));
        }
      }
    }
    return overlaps;
  }

  private static double[] rect(Element group) {
    Element rect = Xml.elements(group, "rect").get(0);
    return new double[] {
      Double.parseDouble(rect.getAttribute("x")),
      Double.parseDouble(rect.getAttribute("y")),
      Double.parseDouble(rect.getAttribute("width")),
      Double.parseDouble(rect.getAttribute("height"))
    };
  }

  private static boolean overlap(double[] a, double[] b) {
    return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
  }
}
