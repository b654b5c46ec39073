package nl.schuldhulp.workflow.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.schuldhulp.workflow.casefile.Actor;
import nl.schuldhulp.workflow.casefile.CaseEngine;
import nl.schuldhulp.workflow.casefile.CaseId;
import nl.schuldhulp.workflow.casefile.CaseState;
import nl.schuldhulp.workflow.casefile.Cases;
import nl.schuldhulp.workflow.casefile.Command;
import nl.schuldhulp.workflow.casefile.Decision;
import nl.schuldhulp.workflow.casefile.Event;
import nl.schuldhulp.workflow.definition.Flag;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.testing.SampleDefinitions;
import nl.schuldhulp.workflow.time.BusinessCalendar;
import nl.schuldhulp.workflow.time.DutchCalendar;
import nl.schuldhulp.workflow.time.NormEvaluator;
import org.junit.jupiter.api.Test;

/**
 * The norm invariant folds a step's history on from the kept tracker of the history before it
 * only when that is the very same history; whatever it does, it gives the evaluator's statuses.
 */
class NormConsistencyTest {
  private static final BusinessCalendar CALENDAR = DutchCalendar.standard();
  private static final WorkflowDefinition DEFINITION = SampleDefinitions.kanteling();
  private static final Actor BT = Actor.professional(SampleDefinitions.BUURTTEAM, SampleDefinitions.GENERALIST, "bt-1");
  private static final Instant MONDAY = ZonedDateTime.of(2024, 3, 4, 9, 0, 0, 0, BusinessCalendar.ZONE).toInstant();

  private final CaseEngine engine = Cases.engine(DEFINITION, CALENDAR);
  private final NormConsistency consistency = new NormConsistency(CALENDAR);

  @Test
  void aStepThatExtendsACheckedHistoryGetsTheEvaluatorsStatuses() {
    CaseStep registered = step(Cases.newCase(CaseId.of("case-1")), List.of(),
        new Command.RegisterCase(BT, MONDAY, "zelfmelding", List.of("client-1")));
    CaseStep urgent = step(registered.after(), registered.history(),
        new Command.RaiseFlag(BT, MONDAY.plus(Duration.ofDays(1)), Flag.URGENT, "huisuitzetting dreigt"));

    for (CaseStep step : List.of(registered, urgent)) {
      Instant at = step.after().lastEventAt();
      assertThat(consistency.statuses(step, at)).isEqualTo(NormEvaluator.evaluate(DEFINITION, step.history(), at, CALENDAR));
      assertThat(consistency.holds(step)).isTrue();
    }
  }

  @Test
  void aHistoryEndingInTheSameEventObjectButStartingElsewhereIsEvaluatedWhole() {
    CaseStep registered = step(Cases.newCase(CaseId.of("case-1")), List.of(),
        new Command.RegisterCase(BT, MONDAY, "zelfmelding", List.of("client-1")));
    assertThat(registered.history()).hasSizeGreaterThan(1);
    consistency.statuses(registered, registered.after().lastEventAt()); // keeps the tracker of this history
    List<Event> elsewhere = new ArrayList<>(registered.history());
    Event first = elsewhere.get(0);
    elsewhere.set(0, new Event(first.caseId(), first.version(), first.at().minus(Duration.ofDays(20)), first.actor(),
        first.change()));
    CaseState before = Cases.replay(Cases.newCase(CaseId.of("case-1")), elsewhere);
    CaseStep urgent = step(before, elsewhere,
        new Command.RaiseFlag(BT, MONDAY.plus(Duration.ofDays(1)), Flag.URGENT, "huisuitzetting dreigt"));

    Instant at = urgent.after().lastEventAt();
    assertThat(consistency.statuses(urgent, at))
        .isEqualTo(NormEvaluator.evaluate(DEFINITION, urgent.history(), at, CALENDAR))
        .isNotEqualTo(NormEvaluator.evaluate(DEFINITION, join(registered.history(), urgent.events()), at, CALENDAR));
  }

  @Test
  void eventsThatGoBackInTimeAreEvaluatedAsTheEvaluatorDoes() {
    CaseStep registered = step(Cases.newCase(CaseId.of("case-1")), List.of(),
        new Command.RegisterCase(BT, MONDAY, "zelfmelding", List.of("client-1")));
    consistency.statuses(registered, registered.after().lastEventAt());
    CaseStep urgent = step(registered.after(), registered.history(),
        new Command.RaiseFlag(BT, MONDAY.plus(Duration.ofDays(1)), Flag.URGENT, "huisuitzetting dreigt"));
    Event flag = urgent.events().get(0);
    Event early = new Event(flag.caseId(), flag.version(), MONDAY.minus(Duration.ofDays(1)), flag.actor(), flag.change());
    CaseStep backwards = new CaseStep(DEFINITION, registered.after(), urgent.command(), "",
        new Decision.Accepted(List.of(early)), urgent.after(), join(registered.history(), List.of(early)));

    Instant at = urgent.after().lastEventAt();
    assertThat(consistency.statuses(backwards, at))
        .isEqualTo(NormEvaluator.evaluate(DEFINITION, backwards.history(), at, CALENDAR));
  }

  private CaseStep step(CaseState before, List<Event> history, Command command) {
    Decision decision = engine.decide(before, command);
    assertThat(decision.accepted()).as("%s", decision).isTrue();
    List<Event> events = ((Decision.Accepted) decision).events();
    return new CaseStep(DEFINITION, before, command, "", decision, Cases.replay(before, events), join(history, events));
  }

  private static List<Event> join(List<Event> history, List<Event> events) {
    List<Event> all = new ArrayList<>(history);
    all.addAll(events);
    return List.copyOf(all);
  }
}
