package nl.schuldhulp.workflow.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import nl.schuldhulp.workflow.casefile.ActionList;
import nl.schuldhulp.workflow.casefile.CaseState;
import nl.schuldhulp.workflow.casefile.Change;
import nl.schuldhulp.workflow.casefile.Event;
import nl.schuldhulp.workflow.casefile.RuleCode;
import nl.schuldhulp.workflow.casefile.Task;
import nl.schuldhulp.workflow.casefile.TaskStatus;
import nl.schuldhulp.workflow.definition.AppointmentKind;
import nl.schuldhulp.workflow.definition.LeadKind;
import nl.schuldhulp.workflow.definition.LeadRule;
import nl.schuldhulp.workflow.definition.Norms;
import nl.schuldhulp.workflow.definition.Step;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.examples.ExampleDefinitions;
import nl.schuldhulp.workflow.examples.demo.CaseHistory.Period;
import nl.schuldhulp.workflow.examples.demo.CaseHistory.Regie;
import nl.schuldhulp.workflow.examples.demo.CaseHistory.StepVisit;
import nl.schuldhulp.workflow.store.CaseService;
import nl.schuldhulp.workflow.time.BusinessCalendar;
import nl.schuldhulp.workflow.time.DutchCalendar;
import nl.schuldhulp.workflow.time.NormEvaluator;
import nl.schuldhulp.workflow.time.NormStatus;
import nl.schuldhulp.workflow.time.Signal;
import nl.schuldhulp.workflow.time.SignalKind;
import org.junit.jupiter.api.Test;

/**
 * The demo's key facts, each derived from the journeys' own events and the definition's rules, not
 * from the printed report (issue 7; ).
 */
class JourneysTest {
  private static final BusinessCalendar CALENDAR = DutchCalendar.standard();
  private static final WorkflowDefinition KANTELING = ExampleDefinitions.load(Journeys.DEFINITION);
  private static final Replay HENK = Replay.run(KANTELING, Journeys.henk(), CALENDAR);
  private static final Replay CECILIA = Replay.run(KANTELING, Journeys.cecilia(), CALENDAR);

  @Test
  void everyLineIsAcceptedExceptTheAttemptsTheStoryExpectsToBeRefused() {
    for (Replay replay : List.of(HENK, CECILIA)) {
      for (Replay.Outcome outcome : replay.outcomes()) {
        assertThat(outcome.accepted())
            .as("%s, line at %s: %s -> %s", replay.journey().id(), outcome.line().when(), outcome.line().story(),
                outcome.result())
            .isEqualTo(!outcome.line().act().attempt());
      }
      assertThat(replay.refused()).as(replay.journey().id()).hasSize(1);
    }
  }

  @Test
  void henksEarlyMoveToTheDriegesprekIsRefusedBecauseRequiredTasksAreOpen() {
    Replay.Outcome refused = HENK.refused().get(0);
    CaseState before = HENK.stateAt(refused.line().at());

    assertThat(rule(refused)).isEqualTo(RuleCode.REQUIRED_TASKS_OPEN);
    assertThat(before.step()).isEqualTo("huisbezoek");
    assertThat(before.tasks()).anyMatch(task -> task.open() && task.required() && task.step().equals("huisbezoek"));
  }

  @Test
  void ceciliasMoveToTheOfferBeforeStabilityIsRecordedIsRefusedByTheGuard() {
    Replay.Outcome refused = CECILIA.refused().get(0);
    CaseState before = CECILIA.stateAt(refused.line().at());

    assertThat(rule(refused)).isEqualTo(RuleCode.GUARD_NOT_MET);
    assertThat(before.step()).isEqualTo("stabilisatie");
    assertThat(before.facts()).doesNotContainEntry("situatie-stabiel", "ja");
  }

  @Test
  void aRefusedLineLeavesTheHistoryUntouched() {
    for (Replay replay : List.of(HENK, CECILIA)) {
      Instant refusedAt = replay.refused().get(0).line().at();
      assertThat(replay.events()).noneMatch(event -> event.at().equals(refusedAt));
    }
  }

  @Test
  void ceciliasContactLostArisesAtTheSecondMissedAppointmentInARowAndClearsWhenSheIsReachedAgain() {
    Instant secondMiss = null;
    Instant restored = null;
    int missedInRow = 0;
    for (Event event : CECILIA.events()) {
      Change change = event.change();
      if (change instanceof Change.AppointmentMissed && ++missedInRow == KANTELING.signals().missedAppointmentsInRow()) {
        secondMiss = event.at();
      } else if (reachesClient(change)) {
        if (secondMiss != null && restored == null) {
          restored = event.at();
        }
        missedInRow = 0;
      }
    }
    List<Period<Signal>> contactLost = contactLost(CECILIA);

    assertThat(secondMiss).isNotNull();
    assertThat(contactLost).hasSize(1);
    assertThat(contactLost.get(0).from()).isEqualTo(secondMiss);
    assertThat(contactLost.get(0).until()).isEqualTo(restored);
    assertThat(contactLost.get(0).ongoing()).isFalse();
    assertThat(date(secondMiss)).isEqualTo(CECILIA.journey().lines().stream()
        .filter(line -> line.story().contains("twee driegesprekken op rij gemist")).findFirst().orElseThrow().when()
        .toLocalDate());
  }

  @Test
  void ceciliasContactLostOutlastsTheSixWeeksWithoutContact() { // both causes fall in one period
    Instant lastContactBefore = CECILIA.events().stream()
        .filter(event -> reachesClient(event.change()) && event.at().isBefore(contactLost(CECILIA).get(0).from()))
        .reduce((first, second) -> second).orElseThrow().at();
    Instant sixWeeks = CALENDAR.deadline(lastContactBefore, KANTELING.signals().contactLostAfter());

    assertThat(contactLost(CECILIA).get(0).holdsAt(sixWeeks)).isTrue();
    assertThat(signalsAt(CECILIA, sixWeeks)).anyMatch(signal -> signal.kind() == SignalKind.CONTACT_LOST
        && signal.arose().equals(sixWeeks));
  }

  @Test
  void henkNeverLosesContact() {
    assertThat(contactLost(HENK)).isEmpty();
  }

  @Test
  void regieInEveryStepEndsWithTheOrganisationTheDefinitionNames() {
    for (Replay replay : List.of(HENK, CECILIA)) {
      List<Period<Regie>> regie = CaseHistory.regie(replay.events(), replay.journey().end());
      for (Period<StepVisit> visit : CaseHistory.steps(replay.events(), replay.journey().end())) {
        Step step = KANTELING.step(visit.what().step()).orElseThrow();
        String named = step.lead(LeadKind.CLIENT_LEAD).map(LeadRule::organisation).orElseThrow();
        Instant last = visit.ongoing() ? visit.until() : visit.until().minusMillis(1);

        assertThat(holderAt(regie, last)).as("%s in %s", replay.journey().id(), step.id()).isEqualTo(named);
      }
    }
  }

  @Test
  void theBuurtteamKeepsRegieUntilWeniAcceptsAfterTheHandoverMeeting() {
    List<Period<Regie>> regie = CaseHistory.regie(CECILIA.events(), CECILIA.journey().end());
    Event accepted = only(CECILIA.events(), change -> change instanceof Change.LeadHandoverAccepted);
    Event entered = only(CECILIA.events(), change -> change instanceof Change.StepEntered
        && ((Change.StepEntered) change).step().equals("dienstverlening-weni"));
    Event meeting = only(CECILIA.events(), change -> change instanceof Change.AppointmentHeld
        && ((Change.AppointmentHeld) change).kind() == AppointmentKind.HANDOVER_MEETING);

    assertThat(regie).extracting(period -> period.what().holder()).containsExactly("buurtteam", "weni");
    assertThat(regie.get(1).from()).isEqualTo(accepted.at());
    assertThat(holderAt(regie, entered.at())).isEqualTo("buurtteam");
    assertThat(meeting.at()).isBefore(accepted.at());
    assertThat(KANTELING.step("dienstverlening-weni").orElseThrow().lead(LeadKind.CLIENT_LEAD).orElseThrow().organisation())
        .isEqualTo("weni");
    assertThat(CaseHistory.regie(HENK.events(), HENK.journey().end())).extracting(period -> period.what().holder())
        .containsExactly("buurtteam");
  }

  @Test
  void henksFirstConversationMeetsTheWgsFourWeeks() {
    Instant registered = first(HENK.events(), change -> change instanceof Change.CaseRegistered).at();
    Instant firstHeld = first(HENK.events(), change -> change instanceof Change.AppointmentHeld).at();
    NormStatus status = statusAtEnd(HENK, Norms.FIRST_CONVERSATION);

    assertThat(status).isInstanceOf(NormStatus.Met.class);
    NormStatus.Met met = (NormStatus.Met) status;
    assertThat(met.at()).isEqualTo(firstHeld);
    assertThat(met.due()).isEqualTo(date(registered).plusWeeks(4));
    assertThat(date(met.at())).isBeforeOrEqualTo(met.due());
  }

  @Test
  void henksAccessDecisionMeetsTheWgsEightWeeksAndCeciliasBreachesIt() {
    NormStatus henk = statusAtEnd(HENK, Norms.ACCESS_DECISION);
    NormStatus cecilia = statusAtEnd(CECILIA, Norms.ACCESS_DECISION);
    Instant ceciliaFirstHeld = first(CECILIA.events(), change -> change instanceof Change.AppointmentHeld).at();
    Instant ceciliaDecided = first(CECILIA.events(), change -> change instanceof Change.AccessDecided).at();

    assertThat(henk).isInstanceOf(NormStatus.Met.class);
    assertThat(cecilia).isInstanceOf(NormStatus.Breached.class);
    NormStatus.Breached breached = (NormStatus.Breached) cecilia;
    assertThat(breached.due()).isEqualTo(date(ceciliaFirstHeld).plusWeeks(8));
    assertThat(breached.clock()).isEqualTo(NormStatus.Breached.Clock.REACHED);
    assertThat(breached.since().plus(breached.by())).isEqualTo(ceciliaDecided);
  }

  @Test
  void ceciliasSettlementStartsWithinTheNvvk120DaysOfHerAdmission() {
    assertThat(statusAtEnd(CECILIA, Norms.SETTLEMENT_PROPOSAL)).isInstanceOf(NormStatus.Met.class);
  }

  @Test
  void theActionListAtTheMidpointShowsThePolicysDoseAndQueuesTheRestEarliestDueFirst() {
    for (Replay replay : List.of(HENK, CECILIA)) {
      CaseState state = replay.stateAt(replay.journey().midpointInstant());
      ActionList list = ActionList.of(state, KANTELING.policy());
      List<Task> openClientTasks = new ArrayList<>();
      long done = 0;
      for (Task task : state.tasks()) {
        if (task.owner().isClient() && task.clientVisible()) {
          if (task.open()) {
            openClientTasks.add(task);
          } else if (task.status() == TaskStatus.DONE) {
            done++;
          }
        }
      }
      int dose = KANTELING.policy().maxOpenClientActions();

      assertThat(openClientTasks).as(replay.journey().id()).hasSizeGreaterThan(dose); // the demo shows a queue
      assertThat(list.open()).hasSize(dose);
      assertThat(list.queued()).hasSize(openClientTasks.size() - dose);
      assertThat(list.done()).isEqualTo(done);
      assertThat(list.total()).isEqualTo(done + openClientTasks.size());
      LocalDate lastShown = list.open().get(dose - 1).due();
      assertThat(list.queued()).allMatch(item -> !item.due().isBefore(lastShown));
      assertThat(DemoReport.of(replay)).contains("Nog " + Dutch.count(list.queued().size(), "taak", "taken")
          + " in de wachtrij.", list.done() + " van " + list.total() + " klaar.");
    }
  }

  @Test
  void theReportShowsTheRefusalTheRegieChangeAndWhenContactWasLostAndRestored() {
    String report = DemoReport.of(CECILIA);
    Period<Signal> lost = contactLost(CECILIA).get(0);

    assertThat(report).contains("GEWEIGERD " + RuleCode.GUARD_NOT_MET);
    assertThat(report).containsPattern("contact verloren +" + Dutch.moment(lost.from()) + " → "
        + Dutch.moment(lost.until()));
    assertThat(report).contains("regie op de klant gaat over van buurtteam naar weni");
    assertThat(DemoReport.of(HENK)).contains("GEWEIGERD " + RuleCode.REQUIRED_TASKS_OPEN);
  }

  // ---- helpers -------------------------------------------------------------------------------

  private static RuleCode rule(Replay.Outcome outcome) {
    return ((CaseService.Rejected) outcome.result()).rule();
  }

  private static boolean reachesClient(Change change) {
    return change instanceof Change.ContactRecorded && ((Change.ContactRecorded) change).reached()
        || change instanceof Change.AppointmentHeld;
  }

  private static List<Period<Signal>> contactLost(Replay replay) {
    return CaseHistory.ofKind(
        CaseHistory.signals(KANTELING, replay.events(), replay.journey().end(), CALENDAR), SignalKind.CONTACT_LOST);
  }

  private static List<Signal> signalsAt(Replay replay, Instant at) {
    return nl.schuldhulp.workflow.time.Signals.raised(KANTELING, replay.events(), at, CALENDAR);
  }

  private static String holderAt(List<Period<Regie>> regie, Instant at) {
    Optional<Period<Regie>> period = regie.stream()
        .filter(candidate -> candidate.what().kind() == LeadKind.CLIENT_LEAD && candidate.holdsAt(at))
        .findFirst();
    return period.orElseThrow().what().holder();
  }

  private static NormStatus statusAtEnd(Replay replay, String norm) {
    return NormEvaluator.evaluate(KANTELING, replay.events(), replay.journey().end(), CALENDAR).stream()
        .filter(status -> status.norm().equals(norm))
        .findFirst()
        .orElseThrow();
  }

  private static Event first(List<Event> events, Predicate<Change> which) {
    return events.stream().filter(event -> which.test(event.change())).findFirst().orElseThrow();
  }

  private static Event only(List<Event> events, Predicate<Change> which) {
    List<Event> matching = events.stream().filter(event -> which.test(event.change())).toList();
    assertThat(matching).hasSize(1);
    return matching.get(0);
  }

  private static LocalDate date(Instant at) {
    return LocalDate.ofInstant(at, BusinessCalendar.ZONE);
  }
}
