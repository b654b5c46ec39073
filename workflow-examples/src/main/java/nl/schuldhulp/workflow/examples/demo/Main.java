package nl.schuldhulp.workflow.examples.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.examples.ExampleDefinitions;
import nl.schuldhulp.workflow.jackson.InvalidDefinitionException;
import nl.schuldhulp.workflow.jackson.JsonProblem;
import nl.schuldhulp.workflow.jackson.WorkflowJson;
import nl.schuldhulp.workflow.render.Diagrams;
import nl.schuldhulp.workflow.render.RouteMap;
import nl.schuldhulp.workflow.time.DutchCalendar;

/**
 * The command line of the SDK: the demo, and {@code check} and {@code render} for any definition
 * file. A user's mistake (a missing or unreadable file, an invalid definition, a wrong argument)
 * gets one plain message and a non-zero exit status, never a stack trace.
 *
 * <pre>
 * java -jar workflow-demo.jar                      the demo: Henk's and Cecilia's journeys
 * java -jar workflow-demo.jar check FILE           every problem with line, column and pointer
 * java -jar workflow-demo.jar render FILE [DIR]    writes ID.mmd, ID.svg and ID.html
 * java -jar workflow-demo.jar routekaart [DIR]     writes the clients' route maps of the demo
 * </pre>
 *
 * <p>Exit status: 0 when all went well, 1 when the definition has problems, 2 for a usage error
 * or a file that cannot be read or written.
 *
 * <p>This class is stateless and threadsafe.
 */
public final class Main {
  /** All went well. */
  static final int OK = 0;
  /** The definition has problems. */
  static final int INVALID = 1;
  /** Wrong arguments, or a file that cannot be read or written. */
  static final int USAGE = 2;

  static final String USAGE_TEXT = String.join("\n",
      "Usage: java -jar workflow-demo.jar [COMMAND]",
      "",
      "Commands:",
      "  demo                 (default) replay the klantreizen of Henk and Cecilia on the bundled",
      "                       Utrecht definition (utrecht-kanteling-2016) and print what happened",
      "  check FILE           read a workflow definition (JSON) and print every problem with its",
      "                       line, column and JSON pointer; exit 1 when there are problems",
      "  render FILE [DIR]    write the definition's pictures to DIR (default: the current folder):",
      "                       ID.mmd (Mermaid), ID.svg and ID.html (self-contained)",
      "  routekaart [DIR]     write the route maps (routekaart, HTML) of Henk and Cecilia as they",
      "                       saw them at the moment the demo shows their action lists",
      "  --help               print this text",
      "",
      "Exit status: 0 ok, 1 the definition has problems, 2 wrong arguments or an unreadable file.");

  private Main() {}

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /** Runs the command line, printing to {@code out} and {@code err}; returns the exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    List<String> arguments = Arrays.asList(args);
    String command = arguments.isEmpty() ? "demo" : arguments.get(0);
    List<String> rest = arguments.isEmpty() ? List.of() : arguments.subList(1, arguments.size());
    switch (command) {
      case "demo":
        return rest.isEmpty() ? demo(out) : usage(err, "demo takes no arguments");
      case "check":
        return rest.size() == 1 ? check(rest.get(0), out, err) : usage(err, "check takes one FILE");
      case "render":
        return rest.size() == 1 || rest.size() == 2
            ? render(rest.get(0), rest.size() == 2 ? rest.get(1) : ".", out, err)
            : usage(err, "render takes FILE and optionally DIR");
      case "routekaart":
        return rest.size() <= 1 ? routeMaps(rest.isEmpty() ? "." : rest.get(0), out, err)
            : usage(err, "routekaart takes optionally DIR");
      case "--help":
      case "-h":
      case "help":
        out.println(USAGE_TEXT);
        return OK;
      default:
        return usage(err, "unknown command '" + command + "'");
    }
  }

  private static int demo(PrintStream out) {
    out.println("Schuldhulp Workflow SDK: de klantreizen van Henk en Cecilia (Utrecht, 2019), opnieuw afgespeeld");
    out.println("als gedateerde opdrachten op de gebundelde definitie " + Journeys.DEFINITION
        + ". Tijden in Europe/Amsterdam.");
    for (Replay replay : replays()) {
      out.println();
      out.print(DemoReport.of(replay));
    }
    out.println();
    out.println("The clients' own view of these moments, as HTML pages: java -jar workflow-demo.jar routekaart DIR");
    return OK;
  }

  private static int routeMaps(String folder, PrintStream out, PrintStream err) {
    Map<String, String> pages = new LinkedHashMap<>();
    for (Replay replay : replays()) {
      Instant at = replay.journey().midpointInstant();
      pages.put(replay.journey().id() + "-routekaart.html", RouteMap.html(replay.definition(), replay.eventsUntil(at), at));
    }
    return write(folder, pages, "routekaart", out, err);
  }

  private static List<Replay> replays() {
    WorkflowDefinition definition = ExampleDefinitions.load(Journeys.DEFINITION);
    return Journeys.all().stream().map(journey -> Replay.run(definition, journey, DutchCalendar.standard())).toList();
  }

  /** Writes each named text into {@code folder}, made if needed; 0, or 2 when it cannot. */
  private static int write(String folder, Map<String, String> files, String command, PrintStream out, PrintStream err) {
    try {
      Path dir = Path.of(folder);
      Files.createDirectories(dir);
      for (Map.Entry<String, String> file : files.entrySet()) {
        Path target = dir.resolve(file.getKey());
        Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        out.println("wrote " + target);
      }
    } catch (IOException | InvalidPathException e) {
      err.println(command + ": cannot write to " + folder + ": " + reason(e));
      return USAGE;
    }
    return OK;
  }

  private static int check(String file, PrintStream out, PrintStream err) {
    return read(file, out, err, (path, definition) -> {
      out.println(path + ": OK: definition " + definition.id() + " version " + definition.version() + " ("
          + definition.label() + "), " + definition.steps().size() + " steps, "
          + definition.organisations().size() + " organisations, " + definition.norms().size() + " norms");
      return OK;
    });
  }

  private static int render(String file, String folder, PrintStream out, PrintStream err) {
    return read(file, out, err, (path, definition) -> {
      Map<String, String> pictures = new LinkedHashMap<>();
      for (Picture picture : Picture.values()) {
        pictures.put(definition.id() + picture.extension, picture.draw(definition));
      }
      return write(folder, pictures, "render", out, err);
    });
  }

  /** What to do with a definition that was read without problems. */
  @FunctionalInterface
  private interface WithDefinition {
    int apply(Path path, WorkflowDefinition definition);
  }

  /** Reads {@code file}; prints its problems (exit 1) or why it cannot be read (exit 2), else goes on. */
  private static int read(String file, PrintStream out, PrintStream err, WithDefinition then) {
    Path path;
    try {
      path = Path.of(file);
    } catch (InvalidPathException e) {
      err.println("not a valid file name: " + file);
      return USAGE;
    }
    if (!Files.exists(path)) {
      err.println("file not found: " + file);
      return USAGE;
    }
    if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
      err.println("cannot read " + file + ": " + (Files.isDirectory(path) ? "it is a folder" : "permission denied"));
      return USAGE;
    }
    WorkflowDefinition definition;
    try {
      definition = WorkflowJson.readDefinition(path);
    } catch (InvalidDefinitionException e) {
      problems(file, e.problems(), out);
      return INVALID;
    } catch (UncheckedIOException e) {
      err.println("cannot read " + file + ": " + reason(e.getCause()));
      return USAGE;
    }
    return then.apply(path, definition);
  }

  private static void problems(String file, List<JsonProblem> problems, PrintStream out) {
    out.println(file + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
    int width = problems.stream().mapToInt(p -> position(p).length()).max().orElse(0);
    for (JsonProblem problem : problems) {
      out.println("  " + pad(position(problem), width) + "  " + (problem.pointer().isEmpty() ? "(root)" : problem.pointer())
          + "  [" + problem.code() + "]");
      String message = problem.message() + problem.suggestion().map(s -> " (did you mean \"" + s + "\"?)").orElse("");
      for (String line : Dutch.wrap(message, Math.max(40, 100 - width - 4))) {
        out.println("  " + " ".repeat(width) + "  " + line);
      }
    }
  }

  private static String position(JsonProblem problem) {
    return "line " + problem.line() + ", column " + problem.column();
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(width - text.length());
  }

  private static String reason(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static int usage(PrintStream err, String problem) {
    err.println(problem);
    err.println();
    err.println(USAGE_TEXT);
    return USAGE;
  }

  /** The three pictures {@code render} writes. */
  private enum Picture {
    MERMAID(".mmd"),
    SVG(".svg"),
    HTML(".html");

    final String extension;

    Picture(String extension) {
      this.extension = extension;
    }

    String draw(WorkflowDefinition definition) {
      switch (this) {
        case MERMAID:
          return Diagrams.mermaid(definition);
        case SVG:
          return Diagrams.svg(definition);
        default:
          return Diagrams.html(definition);
      }
    }
  }
}
