package nl.schuldhulp.workflow.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.jackson.WorkflowJson;

/**
 * The example definitions of the municipal practices described in the sources (Utrecht, Amersfoort,
 * Amsterdam, Arnhem, Enschede, Haarlemmermeer, Midden-Drenthe, Rotterdam, Tilburg,
 * Zeeuws-Vlaanderen, Zwolle), bundled as JSON resources in {@value #FOLDER} and read through {@link
 * WorkflowJson}. Each example is named by its resource name, which is the definition's id, except
 * for versions of one definition: {@code utrecht-kanteling-2016} and {@code utrecht-2021} are
 * versions 1 and 2 of the definition {@code utrecht-kanteling}.
 *
 * <pre>{@code
 * for (String example : ExampleDefinitions.ids()) {
 *   WorkflowDefinition definition = ExampleDefinitions.load(example);
 * }
 * }</pre>
 *
 * <p>This class is stateless and threadsafe; every call to {@link #load(String)} reads the resource
 * again and returns a new (immutable) definition.
 */
public final class ExampleDefinitions {
  /** The class-path folder holding the example definitions, one {@code <example>.json} each. */
  public static final String FOLDER = "/nl/schuldhulp/workflow/examples/definitions/";

  private static final List<String> IDS =
      List.of(
          "amersfoort",
          "amsterdam-mpg",
          "amsterdam-reintegratie",
          "arnhem",
          "enschede",
          "haarlemmermeer",
          "midden-drenthe",
          "rotterdam",
          "tilburg",
          "utrecht-2021",
          "utrecht-kanteling-2016",
          "utrecht-voorkom-huisuitzetting",
          "zeeuws-vlaanderen",
          "zwolle");

  private ExampleDefinitions() {}

  /** The names of the bundled examples, in alphabetical order. */
  public static List<String> ids() {
    return IDS;
  }

  /**
   * Reads the bundled example {@code example}.
   *
   * @throws IllegalArgumentException if no example has that name
   * @throws nl.schuldhulp.workflow.jackson.InvalidDefinitionException if the bundled file is
   *     broken (a build would have caught this)
   */
  public static WorkflowDefinition load(String example) {
    Objects.requireNonNull(example, "example");
    if (!IDS.contains(example)) {
      throw new IllegalArgumentException(
          "no example definition '" + example + "'; the examples are " + IDS);
    }
    String resource = FOLDER + example + ".json";
    try (InputStream bytes = ExampleDefinitions.class.getResourceAsStream(resource)) {
      if (bytes == null) {
        throw new IllegalStateException("example resource " + resource + " is missing");
      }
      try (Reader json = new InputStreamReader(bytes, StandardCharsets.UTF_8)) {
        return WorkflowJson.readDefinition(json);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads every bundled example, in the order of {@link #ids()}. */
  public static List<WorkflowDefinition> loadAll() {
    return IDS.stream().map(ExampleDefinitions::load).toList();
  }
}
