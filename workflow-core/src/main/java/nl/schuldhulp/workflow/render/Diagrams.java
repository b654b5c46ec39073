package nl.schuldhulp.workflow.render;

import java.util.Objects;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;

/**
 * Draws a workflow definition: its NVVK phases, its steps with who holds regie in each, its entry
 * points, the transitions with their guards in plain Dutch (see {@link Wording}) and the ways a case
 * is closed. Three notations of the same picture:
 *
 * <ul>
 *   <li>{@link #mermaid} for documentation sites and Git hosts that render Mermaid;
 *   <li>{@link #svg}, a self-contained image (no scripts, fonts or links) laid out by this library;
 *   <li>{@link #html}, one page with the SVG, a legend and the Mermaid source, that opens in a
 *       browser without network access.
 * </ul>
 *
 * The output is deterministic: the same definition always gives the same text. Every label is
 * escaped for its notation. Exit criteria that allow closing from every step are shown as a note on
 * their end node ("vanuit elke stap") rather than as an arrow from every box.
 *
 * <p>This class is stateless and threadsafe.
 *
 * <pre>{@code
 * Files.writeString(Path.of("kanteling.html"), Diagrams.html(definition));
 * }</pre>
 */
public final class Diagrams {
  private Diagrams() {}

  /**
   * The definition as a Mermaid {@code flowchart}: a subgraph per phase used, in canonical order.
   *
   * @throws NullPointerException if {@code definition} is null
   * @throws IllegalArgumentException if two steps share an id, or an entry point, transition or
   *     exit criteria names an unknown step (validate the definition first)
   */
  public static String mermaid(WorkflowDefinition definition) {
    return MermaidWriter.write(draw(definition));
  }

  /**
   * The definition as a standalone SVG document (UTF-8, with XML declaration), with {@code
   * role="img"}, a {@code <title>} and a {@code <desc>} listing every step and transition in words.
   *
   * @throws NullPointerException if {@code definition} is null
   * @throws IllegalArgumentException as {@link #mermaid}
   */
  public static String svg(WorkflowDefinition definition) {
    return SvgWriter.document(draw(definition));
  }

  /**
   * The definition as a self-contained HTML page ({@code lang="nl"}): the SVG, a legend, and the
   * Mermaid source in a {@code <details>} block.
   *
   * @throws NullPointerException if {@code definition} is null
   * @throws IllegalArgumentException as {@link #mermaid}
   */
  public static String html(WorkflowDefinition definition) {
    return HtmlWriter.write(draw(definition));
  }

  private static Drawing draw(WorkflowDefinition definition) {
    return Drawing.of(Objects.requireNonNull(definition, "definition"));
  }
}
