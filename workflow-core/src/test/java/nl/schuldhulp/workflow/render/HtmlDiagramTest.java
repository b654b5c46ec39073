package nl.schuldhulp.workflow.render;

import static org.assertj.core.api.Assertions.assertThat;

import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.testing.SampleDefinitions;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The self-contained HTML page of a definition. */
class HtmlDiagramTest {
  private final WorkflowDefinition kanteling = SampleDefinitions.kanteling();
  private final String html = Diagrams.html(kanteling);
  private final Document document = Xml.parse(html);

  @Test
  void isADutchPageWithATitle() {
    assertThat(html).startsWith("<!DOCTYPE html>");
    assertThat(document.getDocumentElement().getAttribute("lang")).isEqualTo("nl");
    assertThat(Xml.elements(document, "title").get(0).getTextContent()).contains(kanteling.label());
  }

  @Test
  void embedsTheSvgInline() {
    Element svg = Xml.elements(document, "svg").get(0);
    assertThat(svg.getAttribute("role")).isEqualTo("img");
    assertThat(Xml.groups(document, "step")).hasSize(kanteling.steps().size());
  }

  @Test
  void hasALegendNamingEveryPhaseUsed() {
    String legend = Xml.elements(document, "section").get(0).getTextContent();
    assertThat(legend).contains("Legenda", "fase aanmelding", "fase intake", "fase stabilisatie", "fase oplossen", "fase nazorg");
  }

  @Test
  void showsTheMermaidSourceInADetailsBlock() {
    Element details = Xml.elements(document, "details").get(0);
    assertThat(Xml.elements(details, "summary").get(0).getTextContent()).isEqualTo("Mermaid-bron");
    assertThat(Xml.elements(details, "code").get(0).getTextContent()).isEqualTo(Diagrams.mermaid(kanteling));
  }

  @Test
  void loadsNothingFromTheNetwork() {
    assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http").doesNotContain("//");
    assertThat(Xml.elements(document, "script")).isEmpty();
    assertThat(Xml.elements(document, "link")).isEmpty();
    assertThat(Xml.attributeValues(document)).noneMatch(value -> value.startsWith("src=") || value.startsWith("href="));
  }
}
