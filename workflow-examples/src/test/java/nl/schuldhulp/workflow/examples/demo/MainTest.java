package nl.schuldhulp.workflow.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.schuldhulp.workflow.casefile.ActionList;
import nl.schuldhulp.workflow.examples.ExampleDefinitions;
import nl.schuldhulp.workflow.jackson.InvalidDefinitionException;
import nl.schuldhulp.workflow.jackson.JsonProblem;
import nl.schuldhulp.workflow.jackson.WorkflowJson;
import nl.schuldhulp.workflow.time.DutchCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The command line: exit codes, messages, and what {@code render} writes (issue 7). */
class MainTest {
  /** The bundled Utrecht definition, as the README names it (tests run in the module's folder). */
  private static final Path KANTELING =
      Path.of("src/main/resources" + ExampleDefinitions.FOLDER + "utrecht-kanteling-2016.json");
  /** The invalid example the README shows. */
  private static final Path INVALID = Path.of("../docs/examples/kanteling-met-fouten.json");

  @TempDir Path temp;

  @Test
  void withoutArgumentsRunsTheDemoOfBothJourneys() {
    Run run = run();

    assertThat(run.status).isEqualTo(Main.OK);
    assertThat(run.out).contains("Henk (46)", "Cecilia (27)", "VERLOOP PER FASE EN STAP", "REGIE", "ACTIELIJST",
        "NORMEN", "SIGNALEN");
    assertThat(run.err).isEmpty();
  }

  @Test
  void aSignalNamesTheOrganisationThatFollowsItUpNotAsIfItHadToDoTheClientsTask() {
    String signals = run().out.split("SIGNALEN")[1];

    assertThat(signals).contains("taak 'Leg uw post en brieven", "· opvolging: buurtteam").doesNotContain("wie:");
  }

  @Test
  void checkOfAValidDefinitionSaysOkInOneLineAndExitsZero() {
    Run run = run("check", KANTELING.toString());

    assertThat(run.status).isEqualTo(Main.OK);
    assertThat(run.out.lines()).singleElement().asString()
        .contains(": OK: definition utrecht-kanteling version 1");
  }

  @Test
  void checkOfTheShippedInvalidExampleListsEveryProblemWithLineColumnAndPointerAndExitsOne() {
    List<JsonProblem> problems = problemsOf(INVALID);
    Run run = run("check", INVALID.toString());

    assertThat(problems).hasSizeGreaterThan(1);
    assertThat(run.status).isEqualTo(Main.INVALID);
    assertThat(run.out).startsWith(INVALID + ": " + problems.size() + " problems");
    for (JsonProblem problem : problems) {
      assertThat(run.out).containsPattern("line " + problem.line() + ", column " + problem.column() + " +"
          + java.util.regex.Pattern.quote(problem.pointer()) + "  \\[" + problem.code() + "\\]");
    }
    assertThat(run.out).contains("did you mean 'driegesprek-advies'?");
  }

  @Test
  void checkOfTextThatIsNotJsonNamesTheLineOfTheSyntaxError() throws Exception {
    Path broken = Files.writeString(temp.resolve("broken.json"), "{\n  \"id\": \"x\",\n  oops\n}\n");
    Run run = run("check", broken.toString());

    assertThat(run.status).isEqualTo(Main.INVALID);
    assertThat(run.out).contains("1 problem", "line 3", "[" + JsonProblem.SYNTAX + "]");
  }

  @Test
  void checkOfAMissingFileSaysSoInOneMessageWithoutAStackTrace() {
    Run run = run("check", "no/such/definition.json");

    assertThat(run.status).isEqualTo(Main.USAGE);
    assertThat(run.err.strip()).isEqualTo("file not found: no/such/definition.json");
    assertThat(run.out).isEmpty();
  }

  @Test
  void checkOfAFolderSaysItIsAFolder() {
    Run run = run("check", temp.toString());

    assertThat(run.status).isEqualTo(Main.USAGE);
    assertThat(run.err.strip()).isEqualTo("cannot read " + temp + ": it is a folder");
  }

  @Test
  void renderWritesMermaidSvgAndHtmlThatParse() throws Exception {
    Run run = run("render", KANTELING.toString(), temp.resolve("pictures").toString());
    Path folder = temp.resolve("pictures");

    assertThat(run.status).isEqualTo(Main.OK);
    assertThat(run.out.lines()).hasSize(3);
    String mermaid = Files.readString(folder.resolve("utrecht-kanteling.mmd"));
    assertThat(mermaid.lines().filter(line -> !line.startsWith("%%")).findFirst()).hasValue("flowchart LR");
    for (var step : ExampleDefinitions.load("utrecht-kanteling-2016").steps()) {
      assertThat(mermaid).contains("step_" + step.id().replace('-', '_') + "[");
    }
    Document svg = parse(folder.resolve("utrecht-kanteling.svg"));
    assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
    Document html = parse(folder.resolve("utrecht-kanteling.html"));
    assertThat(html.getDocumentElement().getLocalName()).isEqualTo("html");
    assertThat(html.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength()).isEqualTo(1);
  }

  @Test
  void routekaartWritesEachClientsRouteMapAtTheMomentOfTheDemosActionList() throws Exception {
    Run run = run("routekaart", temp.toString());

    assertThat(run.status).isEqualTo(Main.OK);
    for (Journey journey : Journeys.all()) {
      String page = Files.readString(temp.resolve(journey.id() + "-routekaart.html"));
      Replay replay = Replay.run(ExampleDefinitions.load(Journeys.DEFINITION), journey, DutchCalendar.standard());
      ActionList list = ActionList.of(replay.stateAt(journey.midpointInstant()), replay.definition().policy());

      assertThat(parse(temp.resolve(journey.id() + "-routekaart.html")).getDocumentElement().getAttribute("lang"))
          .isEqualTo("nl");
      assertThat(list.open()).isNotEmpty().allSatisfy(item -> assertThat(page).contains(item.text()));
    }
  }

  @Test
  void renderOfAnInvalidDefinitionPrintsItsProblemsAndWritesNothing() throws Exception {
    Run run = run("render", INVALID.toString(), temp.toString());

    assertThat(run.status).isEqualTo(Main.INVALID);
    assertThat(run.out).contains("problems");
    try (var files = Files.list(temp)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void renderIntoAFileInsteadOfAFolderSaysItCannotWrite() throws Exception {
    Path file = Files.writeString(temp.resolve("taken"), "");
    Run run = run("render", KANTELING.toString(), file.toString());

    assertThat(run.status).isEqualTo(Main.USAGE);
    assertThat(run.err).startsWith("render: cannot write to " + file);
    assertThat(run.err).doesNotContain("\tat ");
  }

  @Test
  void wrongArgumentsPrintTheUsageAndExitTwo() {
    for (String[] args : List.of(new String[] {"paint"}, new String[] {"check"}, new String[] {"demo", "x"},
        new String[] {"render", "a", "b", "c"})) {
      Run run = run(args);

      assertThat(run.status).as(String.join(" ", args)).isEqualTo(Main.USAGE);
      assertThat(run.err).contains("Usage: java -jar workflow-demo.jar");
    }
  }

  @Test
  void helpPrintsTheUsageAndExitsZero() {
    Run run = run("--help");

    assertThat(run.status).isEqualTo(Main.OK);
    assertThat(run.out).contains("check FILE", "render FILE [DIR]", "routekaart [DIR]");
  }

  private static List<JsonProblem> problemsOf(Path file) {
    try {
      WorkflowJson.readDefinition(file);
    } catch (InvalidDefinitionException e) {
      return e.problems();
    }
    throw new AssertionError(file + " is valid");
  }

  private static Document parse(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private record Run(int status, String out, String err) {}
}
