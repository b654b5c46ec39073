package nl.schuldhulp.workflow.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.schuldhulp.workflow.casefile.ActionList;
import nl.schuldhulp.workflow.casefile.Task;
import nl.schuldhulp.workflow.render.RouteMap;
import nl.schuldhulp.workflow.testing.SampleCases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Element;

/**
 * The client's route map as a real browser shows it: a Kanteling case driven through the
 * engine, its page written to {@code target/routekaart/}, opened by headless chromium, and the
 * content a client must see asserted on the DOM chromium built. A phone-sized screenshot is left
 * beside the page for people to look at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteMapBrowserTest {
  private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", new Locale("nl", "NL"));
  private static final int PHONE_WIDTH = 412;

  private final SampleCases.Driver driver = SampleCases.kantelingInStabilisation();
  private final ActionList actions = ActionList.of(driver.state(), driver.definition().policy());
  private Path screenshot;
  private BrowserDom dom;

  @BeforeAll
  void openThePageInChromium() throws IOException {
    HeadlessChromium chromium = HeadlessChromium.require();
    Path directory = Files.createDirectories(Path.of("target", "routekaart"));
    Path page = directory.resolve("routekaart.html");
    Files.writeString(page, RouteMap.html(driver.definition(), driver.events(), SampleCases.day(9)), StandardCharsets.UTF_8);
    screenshot = directory.resolve("routekaart-telefoon.png");
    Files.deleteIfExists(screenshot);
    chromium.screenshot(page, screenshot, PHONE_WIDTH, 2600);
    dom = BrowserDom.parse(chromium.dumpDom(page));
  }

  @Test
  void isADutchPageTitledForTheClient() {
    assertThat(dom.root().getAttribute("lang")).isEqualTo("nl");
    assertThat(BrowserDom.all(dom.root(), "title")).extracting(BrowserDom::text).containsExactly("Uw routekaart");
    assertThat(BrowserDom.all(dom.root(), "h1")).extracting(BrowserDom::text).containsExactly("Uw routekaart");
  }

  @Test
  void marksWhereTheClientIsNow() {
    List<Element> current = dom.withAttribute("aria-current");

    assertThat(current).singleElement().satisfies(element -> {
      assertThat(element.getTagName()).isEqualTo("li");
      assertThat(element.getAttribute("aria-current")).isEqualTo("step");
      assertThat(BrowserDom.text(element)).contains("Stabilisatie");
    });
  }

  @Test
  void showsTheDosedOpenActionsWithTheirDueDates() {
    List<String> shown = dom.items("todo", "actions");

    assertThat(shown).hasSize(actions.open().size());
    for (int i = 0; i < shown.size(); i++) {
      ActionList.Item item = actions.open().get(i);
      assertThat(shown.get(i)).isEqualTo(item.text() + " Uiterlijk " + dutch(item.due()));
    }
  }

  @Test
  void saysHowManyActionsAreStillWaiting() {
    assertThat(actions.queued()).hasSize(1);
    assertThat(BrowserDom.text(dom.section("todo"))).contains("Daarna komt nog 1 taak.");
  }

  @Test
  void showsDoneActionsAsDoneAndNotAmongTheOpenOnes() {
    List<String> done = driver.state().tasks().stream()
        .filter(task -> task.owner().isClient() && !task.open()).map(Task::text).toList();

    assertThat(done).contains("Lever uw loonstroken in", "Leg uw post van de laatste drie maanden klaar");
    for (String text : done) {
      assertThat(dom.items("done", "wins")).anyMatch(win -> win.endsWith("U heeft dit gedaan: " + text));
      assertThat(dom.items("todo", "actions")).noneMatch(item -> item.contains(text));
    }
    assertThat(BrowserDom.text(dom.root())).contains("U heeft " + actions.done() + " van de " + actions.total() + " taken klaar.");
  }

  @Test
  void namesTheOrganisationOfTheContactPersonAndWhatWeDo() {
    assertThat(BrowserDom.text(dom.section("helpers"))).contains("Uw vaste contactpersoon is van Werk en Inkomen.");
    assertThat(dom.items("ours", "ours")).containsExactly("Werk en Inkomen: Bel de woningcorporatie over uw huurachterstand"
        + " \u2014 uiterlijk " + dutch(SampleCases.date(10)));
  }

  @Test
  void showsTheNextAppointment() {
    assertThat(BrowserDom.text(dom.section("appointment"))).contains("Voortgangsgesprek op " + dutch(SampleCases.date(15))
        + " om 10:00.");
  }

  @Test
  void leavesAPhoneSizedScreenshot() throws IOException {
    try (InputStream in = Files.newInputStream(screenshot)) {
      byte[] header = in.readNBytes(24);
      assertThat(header).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
      assertThat(ByteBuffer.wrap(header, 16, 4).getInt()).as("width in pixels").isEqualTo(PHONE_WIDTH);
    }
  }

  private static String dutch(LocalDate date) {
    return DUTCH_DATE.format(date);
  }
}
