package nl.schuldhulp.workflow.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.schuldhulp.workflow.definition.Step;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.testing.SampleDefinitions;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The self-contained SVG diagram of a definition. */
class SvgDiagramTest {
  private final WorkflowDefinition kanteling = SampleDefinitions.kanteling();
  private final String svg = Diagrams.svg(kanteling);
  private final Document document = Xml.parse(svg);

  @Test
  void isAnAccessibleSvgImage() {
    Element root = document.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("svg");
    assertThat(root.getAttribute("xmlns")).isEqualTo("http://www.w3.org/2000/svg");
    assertThat(root.getAttribute("role")).isEqualTo("img");
    Element title = Xml.elements(root, "title").get(0);
    Element desc = Xml.elements(root, "desc").get(0);
    assertThat(title.getTextContent()).isEqualTo(kanteling.label());
    assertThat(root.getAttribute("aria-labelledby")).isEqualTo(title.getAttribute("id") + " " + desc.getAttribute("id"));
    for (Step step : kanteling.steps()) {
      assertThat(desc.getTextContent()).contains(step.label());
    }
  }

  @Test
  void drawsOneGroupWithOneBoxPerStep() {
    List<Element> steps = Xml.groups(document, "step");
    assertThat(steps).hasSize(kanteling.steps().size());
    for (Step step : kanteling.steps()) {
      Element group = steps.stream()
          .filter(g -> Xml.title(g).startsWith(step.label() + " ("))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no box for " + step.id()));
      assertThat(Xml.elements(group, "rect")).hasSize(1);
      assertThat(Xml.title(group)).contains("regie: ");
    }
  }

  @Test
  void boxesDoNotOverlap() {
    assertThat(SvgGeometry.overlappingBoxes(document)).isEmpty();
  }

  @Test
  void drawsABandWithItsDutchLabelPerPhaseUsed() {
    assertThat(Xml.groups(document, "band"))
        .extracting(g -> g.getTextContent().strip())
        .containsExactly("Ingang", "Aanmelding", "Intake", "Stabilisatie", "Oplossen", "Nazorg", "Afsluiting");
  }

  @Test
  void drawsAnArrowPerTransitionEntryAndClosureWithGuardWords() {
    int transitions = kanteling.steps().stream().mapToInt(step -> step.transitions().size()).sum();
    assertThat(Xml.groups(document, "transition")).filteredOn(g -> g.getAttribute("class").startsWith("edge"))
        .hasSize(transitions)
        .allSatisfy(g -> assertThat(Xml.elements(g, "path").get(0).getAttribute("marker-end")).isEqualTo("url(#arrow)"));
    assertThat(Xml.groups(document, "entry")).filteredOn(g -> g.getAttribute("class").startsWith("edge"))
        .hasSize(kanteling.entryPoints().size());
    assertThat(Xml.elements(document, "marker")).extracting(marker -> marker.getAttribute("id")).containsExactly("arrow");
    assertThat(Xml.groups(document, "label"))
        .extracting(Xml::title)
        .contains("Driegesprek (aanbod) → Dienstverlening W&I: spoor 3: spoor is 3 en toegelaten tot schuldhulp");
  }

  @Test
  void referencesNothingOutsideItself() {
    assertThat(svg.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http");
    assertThat(Xml.elements(document, "script")).isEmpty();
    assertThat(Xml.elements(document, "image")).isEmpty();
    assertThat(Xml.elements(document, "foreignObject")).isEmpty();
    assertThat(Xml.attributeValues(document)).noneMatch(value -> value.contains("href"));
    assertThat(svg).doesNotContain("@import").doesNotContain("@font-face");
    assertThat(svg.replace("url(#arrow)", "")).doesNotContain("url(");
  }

  @Test
  void isTheSameEveryTime() {
    assertThat(Diagrams.svg(SampleDefinitions.kanteling())).isEqualTo(svg);
  }
}
