package nl.schuldhulp.workflow.render;

import static nl.schuldhulp.workflow.testing.SampleCases.CLIENT;
import static nl.schuldhulp.workflow.testing.SampleCases.COACH;
import static nl.schuldhulp.workflow.testing.SampleCases.NEIGHBOURHOOD_WORKER;
import static nl.schuldhulp.workflow.testing.SampleCases.date;
import static nl.schuldhulp.workflow.testing.SampleCases.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import nl.schuldhulp.workflow.casefile.ActionList;
import nl.schuldhulp.workflow.casefile.Actor;
import nl.schuldhulp.workflow.casefile.Command;
import nl.schuldhulp.workflow.casefile.Task;
import nl.schuldhulp.workflow.casefile.TaskStatus;
import nl.schuldhulp.workflow.definition.AppointmentKind;
import nl.schuldhulp.workflow.definition.Assignee;
import nl.schuldhulp.workflow.definition.ClosureType;
import nl.schuldhulp.workflow.definition.Flag;
import nl.schuldhulp.workflow.definition.HandoverMode;
import nl.schuldhulp.workflow.definition.LeadKind;
import nl.schuldhulp.workflow.testing.SampleCases;
import nl.schuldhulp.workflow.testing.SampleDefinitions;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The client's route map: content, dosing, privacy and markup. */
class RouteMapTest {
  private final SampleCases.Driver driver = SampleCases.kantelingInStabilisation();

  private RouteMapPage page(SampleCases.Driver driver, int onDay) {
    return new RouteMapPage(RouteMap.html(driver.definition(), driver.events(), day(onDay)));
  }

  private RouteMapPage page() {
    return page(driver, 9);
  }

  @Test
  void isASelfContainedDutchPageForAPhone() {
    RouteMapPage page = page();

    assertThat(page.html).startsWith("<!DOCTYPE html>");
    assertThat(page.document.getDocumentElement().getAttribute("lang")).isEqualTo("nl");
    assertThat(Xml.elements(page.document, "meta")).anyMatch(meta -> meta.getAttribute("name").equals("viewport"));
    assertThat(Xml.elements(page.document, "style")).hasSize(1);
    assertThat(Xml.elements(page.document, "script")).isEmpty();
    assertThat(Xml.elements(page.document, "link")).isEmpty();
    assertThat(Xml.attributeValues(page.document)).noneMatch(value -> value.startsWith("src=") || value.startsWith("href="));
    assertThat(page.html).doesNotContain("http").doesNotContain("url(");
  }

  @Test
  void hasOneHeadingPerSectionUnderOnePageHeading() {
    RouteMapPage page = page();

    assertThat(Xml.elements(page.document, "h1")).extracting(Element::getTextContent).containsExactly("Uw routekaart");
    assertThat(Xml.elements(page.document, "h2")).extracting(Element::getTextContent).containsExactly(
        "Waar bent u nu?", "Wat moet u nu doen", "Wat doen wij", "Uw volgende afspraak", "Wat is al gedaan", "Wie helpt u");
  }

  @Test
  void marksTheCurrentStepOnlyAndShowsTheStepsDoneBeforeIt() {
    RouteMapPage page = page();

    assertThat(page.current()).singleElement().satisfies(current -> {
      assertThat(current.getAttribute("aria-current")).isEqualTo("step");
      assertThat(current.getTextContent()).contains("Stabilisatie", "Rust in uw geldzaken", "sinds donderdag 7 maart 2024");
    });
    assertThat(page.items("route", "path")).hasSize(5);
    assertThat(page.items("route", "path").subList(0, 3)).allMatch(item -> item.startsWith("Klaar"))
        .extracting(item -> item.split(" ")[1]).containsExactly("Melding", "Huisbezoek", "Driegesprek");
    assertThat(page.items("route", "path").get(4)).startsWith("Hierna").contains("Driegesprek (aanbod)");
  }

  @Test
  void offersSeveralNextStepsAsAChoice() {
    driver.accept(new Command.RecordAssessment(COACH, day(9), "financien", 3));
    completeEveryOpenClientTask();
    driver.accept(new Command.MoveCase(COACH, day(10), "driegesprek-aanbod"));

    List<String> later = page(driver, 10).items("route", "path");

    assertThat(later.get(later.size() - 1))
        .contains("één van deze stappen", "Eigen kracht, informele hulp en zorg", "Begeleiding buurtteam", "Dienstverlening W&I");
  }

  @Test
  void showsTheOpenActionsDosedAsTheEngineDosesThemWithTheirDueDates() {
    RouteMapPage page = page();
    ActionList list = ActionList.of(driver.state(), driver.definition().policy());

    assertThat(list.open()).hasSize(driver.definition().policy().maxOpenClientActions());
    assertThat(page.openActions()).hasSameSizeAs(list.open());
    for (int i = 0; i < list.open().size(); i++) {
      assertThat(page.openActions().get(i)).startsWith(list.open().get(i).text()).contains("Uiterlijk");
    }
    assertThat(page.openActions().get(0)).contains("Uiterlijk maandag 18 maart 2024");
  }

  @Test
  void saysHowManyActionsWaitWithoutHidingThem() {
    RouteMapPage page = page();

    assertThat(page.queued()).isEqualTo(1);
    assertThat(page.text("todo")).contains("Daarna komt nog 1 taak.");
    assertThat(page.text("todo")).doesNotContain("Open elke week uw post");
  }

  @Test
  void aQueuedActionMovesUpWhenAnOpenOneIsDone() {
    driver.accept(new Command.CompleteTask(CLIENT, day(9), driver.taskWithText("Zet uw vaste lasten op een rij")));

    RouteMapPage page = page(driver, 9);

    assertThat(page.openActions()).anyMatch(item -> item.startsWith("Open elke week uw post"));
    assertThat(page.queued()).isZero();
    assertThat(page.text("todo")).doesNotContain("Daarna");
  }

  @Test
  void doneActionsAreShownAsDoneWithTheirDateAndNeverAsOpen() {
    RouteMapPage page = page();

    assertThat(page.openActions()).noneMatch(item -> item.contains("Lever uw loonstroken in"))
        .noneMatch(item -> item.contains("Leg uw post"));
    assertThat(page.items("done", "wins"))
        .anyMatch(item -> item.equals("dinsdag 12 maart 2024 U heeft dit gedaan: Lever uw loonstroken in"))
        .anyMatch(item -> item.contains("U heeft dit gedaan: Leg uw post van de laatste drie maanden klaar"));
  }

  @Test
  void countsProgressAsTheActionListDoes() {
    ActionList list = ActionList.of(driver.state(), driver.definition().policy());

    assertThat(page().text()).contains("U heeft " + list.done() + " van de " + list.total() + " taken klaar.");
    Element progress = Xml.elements(page().document, "progress").get(0);
    assertThat(progress.getAttribute("value")).isEqualTo(String.valueOf(list.done()));
    assertThat(progress.getAttribute("max")).isEqualTo(String.valueOf(list.total()));
  }

  @Test
  void showsMilestonesReachedAsSmallWinsNewestFirst() {
    List<String> wins = page().items("done", "wins");

    assertThat(wins.get(wins.size() - 1)).isEqualTo("maandag 4 maart 2024 U heeft zich aangemeld voor hulp.");
    assertThat(wins).anyMatch(win -> win.contains("Deze stap is klaar: Huisbezoek."))
        .anyMatch(win -> win.contains("Huisbezoek gehouden. Wat we hebben afgesproken: U legt uw post klaar."))
        .anyMatch(win -> win.contains("Uw vaste contactpersoon is nu van Werk en Inkomen."))
        .anyMatch(win -> win.contains("Werk en Inkomen is begonnen met budgetbeheer."));
    assertThat(wins.get(0)).startsWith("dinsdag 12 maart 2024");
  }

  @Test
  void wordsTheProfessionalsClientVisibleTasksWithOrganisationAndDueDate() {
    assertThat(page().items("ours", "ours")).containsExactly(
        "Werk en Inkomen: Bel de woningcorporatie over uw huurachterstand \u2014 uiterlijk donderdag 14 maart 2024");
  }

  @Test
  void neverShowsTasksNotMeantForTheClient() {
    RouteMapPage page = page();
    List<String> hidden = driver.state().tasks().stream().filter(task -> !task.clientVisible()).map(Task::text).toList();

    assertThat(hidden).contains("Regel budgetbeheer", "Stel de actielijst op", "Plan een kennismakingsgesprek");
    assertThat(hidden).allSatisfy(text -> assertThat(page.html).doesNotContain(text));
  }

  @Test
  void neverShowsNotesReasonsOrIds() {
    driver.accept(new Command.RaiseFlag(COACH, day(9), Flag.CRISIS, "Notitie: partner dreigt te vertrekken"));
    driver.accept(new Command.RecordFact(COACH, day(9), "spoor", "3"));

    RouteMapPage page = page(driver, 9);

    assertThat(page.html).doesNotContain("Notitie", "partner dreigt", "client-1", "case-1", "wi-3", "bt-17",
        "driegesprek volgt", "spoor");
  }

  @Test
  void namesTheContactPersonsOrganisationAndEveryoneInvolved() {
    RouteMapPage page = page();

    assertThat(page.text("helpers")).startsWith("Wie helpt u Uw vaste contactpersoon is van Werk en Inkomen.");
    assertThat(page.items("helpers", "helpers")).containsExactly(
        "Werk en Inkomen (schuldhulp van de gemeente) Hier werkt uw vaste contactpersoon. Doet voor u: budgetbeheer.",
        "Buurtteam Sociaal Doet mee aan uw hulp.");
  }

  @Test
  void namesTheRoleOfEachActiveParticipantButNotWhatTheProfessionalWroteAsTheReason() {
    driver.accept(new Command.AddParticipant(SampleCases.COACH, day(9), SampleDefinitions.CORPORATIE,
        SampleDefinitions.HUURCONSULENT, "", "Interne notitie: huurachterstand bewaken"));

    RouteMapPage page = page();

    assertThat(page.items("helpers", "helpers")).contains("Woningcorporatie Doet mee als huurconsulent.");
    assertThat(page.html).doesNotContain("Interne notitie");

    driver.accept(new Command.EndParticipation(SampleCases.COACH, day(9), SampleDefinitions.CORPORATIE,
        SampleDefinitions.HUURCONSULENT, "klaar"));

    assertThat(page().text("helpers")).doesNotContain("Doet mee als huurconsulent");
  }

  @Test
  void namesWhoKeepsTheOverviewAndWhoCarriesOutTheHelpInAFamilyApproach() {
    SampleCases.Driver family = new SampleCases.Driver(SampleDefinitions.gezinsaanpak());
    family.accept(new Command.RegisterCase(Actor.professional(SampleDefinitions.STADSDEEL, SampleDefinitions.COORDINATOR,
        "sd-1"), day(0), "lgo-signaal", List.of("client-1")));

    RouteMapPage page = page(family, 1);

    assertThat(page.text("helpers")).startsWith("Wie helpt u Uw vaste contactpersoon is van Madi Noord.");
    assertThat(page.items("helpers", "helpers")).containsExactly(
        "Madi Noord (welzijnsorganisatie) Hier werkt uw vaste contactpersoon.",
        "Stadsdeel Noord (gemeente) Zorgt dat alle hulp goed samenwerkt.",
        "Bureau Jeugdzorg Zorgt dat de afspraken worden uitgevoerd.");
    assertThat(page.current()).singleElement()
        .satisfies(current -> assertThat(current.getTextContent()).contains("Er is een signaal over geldzorgen"));
  }

  @Test
  void explainsAWarmHandoverThatIsStillPending() {
    SampleCases.Driver early = new SampleCases.Driver(SampleDefinitions.kanteling());
    early.accept(new Command.RegisterCase(NEIGHBOURHOOD_WORKER, day(0), "zelfmelding", List.of("client-1")));
    early.accept(new Command.ProposeLeadHandover(NEIGHBOURHOOD_WORKER, day(1), LeadKind.CLIENT_LEAD,
        SampleDefinitions.WENI, HandoverMode.WARM, "interne reden"));

    String helpers = page(early, 1).text("helpers");

    assertThat(helpers).contains("Uw vaste contactpersoon is van Buurtteam Sociaal.",
        "Werk en Inkomen neemt dit binnenkort over van Buurtteam Sociaal.", "in een gesprek waar u ook bij bent",
        "Wordt binnenkort uw vaste contactpersoon.");
    assertThat(helpers).doesNotContain("interne reden");
  }

  @Test
  void showsTheNextAppointmentWithTheClientOnly() {
    driver.accept(new Command.ScheduleAppointment(COACH, day(9), AppointmentKind.PROGRESS_REVIEW,
        day(11), List.of(SampleDefinitions.WENI, SampleDefinitions.BUURTTEAM), false));

    String appointment = page(driver, 9).text("appointment");

    assertThat(appointment).contains("Voortgangsgesprek op dinsdag 19 maart 2024 om 10:00.", "U praat met Werk en Inkomen.")
        .doesNotContain("15 maart");
  }

  @Test
  void aPastAppointmentIsNoLongerNext() {
    assertThat(page(driver, 16).text("appointment")).contains("Er is nu geen afspraak gepland.");
  }

  @Test
  void flagsAnOverdueActionKindly() {
    String todo = page(driver, 12).text("todo");

    assertThat(todo).contains("Uiterlijk maandag 18 maart 2024").doesNotContain("voorbij");
    assertThat(page(driver, 15).text("todo")).contains("Deze datum is voorbij. Lukt het niet? Bel dan uw contactpersoon.");
  }

  @Test
  void escapesEveryText() {
    String text = "Lees <script>alert('x')</script> & \"dit\"";
    driver.accept(new Command.AssignTask(COACH, day(9), text, Assignee.client(), date(10), true));

    RouteMapPage page = page(driver, 9);

    assertThat(Xml.elements(page.document, "script")).isEmpty();
    assertThat(page.openActions().get(0)).startsWith(text);
  }

  @Test
  void aClosedCaseSaysSoAndAsksNothing() {
    driver.accept(new Command.CloseCase(COACH, day(10), ClosureType.NEGATIVE, "trajectbegeleider", "",
        "Cliënt trekt zich terug"));

    RouteMapPage page = page(driver, 10);

    assertThat(page.current()).singleElement()
        .satisfies(current -> assertThat(current.getTextContent()).contains("Uw hulp is afgesloten"));
    assertThat(page.items("route", "path")).hasSize(5).noneMatch(item -> item.startsWith("Hierna"));
    assertThat(page.openActions()).isEmpty();
    assertThat(page.text("todo")).contains("U hoeft niets meer te doen.").doesNotContain("Daarna");
    assertThat(page.html).doesNotContain("trekt zich terug");
  }

  @Test
  void rejectsAHistoryOfAnotherDefinitionOrNone() {
    assertThatThrownBy(() -> RouteMap.html(SampleDefinitions.gezinsaanpak(), driver.events(), day(9)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kanteling-mini");
    assertThatThrownBy(() -> RouteMap.html(driver.definition(), List.of(), day(9)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private void completeEveryOpenClientTask() {
    for (Task task : driver.state().tasks()) {
      if (task.status() == TaskStatus.OPEN && task.owner().isClient()) {
        driver.accept(new Command.CompleteTask(CLIENT, day(9).plus(Duration.ofHours(1)), task.id()));
      }
    }
  }
}
