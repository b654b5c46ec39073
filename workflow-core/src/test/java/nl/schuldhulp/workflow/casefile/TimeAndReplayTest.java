package nl.schuldhulp.workflow.casefile;

import static nl.schuldhulp.workflow.casefile.CaseDriver.BT;
import static nl.schuldhulp.workflow.casefile.CaseDriver.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.schuldhulp.workflow.definition.Flag;
import org.junit.jupiter.api.Test;

/** Time and the event history. */
class TimeAndReplayTest {

  @Test
  void rejectsACommandDatedBeforeTheCasesLastEvent() {
    CaseDriver driver = CaseDriver.kanteling().registered();
    driver.accept(new Command.RaiseFlag(BT, day(2), Flag.URGENT, "afsluiting"));

    assertThat(driver.reject(new Command.ClearFlag(BT, day(1), Flag.URGENT, "opgelost")).rule())
        .isEqualTo(RuleCode.INSTANT_BEFORE_LAST_EVENT);
  }

  @Test
  void aCommandAtTheSameInstantAsTheLastEventIsAccepted() {
    CaseDriver driver = CaseDriver.kanteling().registered();

    driver.accept(new Command.RaiseFlag(BT, day(0), Flag.URGENT, "afsluiting"));
  }

  @Test
  void rejectsAnyCommandButRegistrationOnACaseThatDoesNotExist() {
    CaseDriver driver = CaseDriver.kanteling();

    assertThat(driver.reject(new Command.RaiseFlag(BT, day(0), Flag.URGENT, "x")).rule())
        .isEqualTo(RuleCode.CASE_NOT_REGISTERED);
    driver.registered();
    assertThat(driver.reject(new Command.RegisterCase(BT, day(1), "zelfmelding", List.of("x"))).rule())
        .isEqualTo(RuleCode.CASE_ALREADY_REGISTERED);
  }

  @Test
  void aCaseIsRegisteredOnlyOnceItsEntryStepIsEntered() {
    CaseDriver driver = CaseDriver.kanteling().registered();
    CaseState halfway = Cases.newCase(driver.state.id());
    for (Event event : driver.events) {
      if (event.change() instanceof Change.StepEntered) {
        break;
      }
      halfway = Cases.evolve(halfway, event);
    }

    assertThat(halfway.version()).isPositive();
    assertThat(halfway.registered()).isFalse();
    assertThat(halfway.open()).isFalse();
    CaseState unfinished = halfway;
    assertThatThrownBy(unfinished::step).isInstanceOf(IllegalStateException.class)
        .hasMessage("case case-1 is not registered; its entry step was not entered yet");
    assertThatThrownBy(unfinished::phase).isInstanceOf(IllegalStateException.class);
    assertThat(driver.state.registered()).isTrue();
    assertThat(driver.state.step()).isEqualTo("melding");
  }

  @Test
  void rejectsEveryCommandOnACaseWhoseRegistrationIsIncomplete() {
    CaseDriver driver = CaseDriver.kanteling().registered();
    driver.state = Cases.evolve(Cases.newCase(driver.state.id()), driver.events.get(0));

    assertThat(driver.reject(new Command.RegisterCase(BT, day(1), "zelfmelding", List.of("client-1"))).rule())
        .isEqualTo(RuleCode.CASE_NOT_REGISTERED);
    assertThat(driver.reject(new Command.RaiseFlag(BT, day(1), Flag.URGENT, "x")).reason())
        .isEqualTo("case case-1 is not registered; its entry step was not entered");
  }

  @Test
  void everyEventCarriesTheCaseConsecutiveVersionsTheInstantAndTheActor() {
    CaseDriver driver = CaseDriver.kanteling().ledByWeni();

    for (int i = 0; i < driver.events.size(); i++) {
      Event event = driver.events.get(i);
      assertThat(event.caseId()).isEqualTo(driver.state.id());
      assertThat(event.version()).isEqualTo(i + 1);
    }
    assertThat(driver.events.get(0).actor()).isEqualTo(BT);
    assertThat(driver.events.get(0).at()).isEqualTo(day(0));
    assertThat(driver.state.version()).isEqualTo(driver.events.size());
  }

  @Test
  void replayingTheEventsRebuildsExactlyTheSameState() {
    CaseDriver driver = CaseDriver.kanteling().ledByWeni();

    assertThat(Cases.replay(driver.state.id(), driver.events)).isEqualTo(driver.state);
  }

  @Test
  void evolveRefusesAnEventThatDoesNotFollowTheState() {
    CaseDriver driver = CaseDriver.kanteling().registered();
    Event first = driver.events.get(0);

    assertThatThrownBy(() -> Cases.evolve(driver.state, first)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void datesAreReadInAmsterdam() {
    CaseDriver driver = CaseDriver.kanteling();
    // 23:30 UTC on Sunday 3 March is 00:30 on Monday 4 March in Amsterdam
    driver.accept(new Command.RegisterCase(BT, Instant.parse("2024-03-03T23:30:00Z"), "zelfmelding", List.of("c")));

    assertThat(driver.state.phaseHistory().get(0).enteredOn()).isEqualTo(LocalDate.of(2024, 3, 4));
    assertThat(driver.state.tasks().get(0).due()).isEqualTo(LocalDate.of(2024, 3, 11));
  }

  @Test
  void aDeciderForAnotherDefinitionRefusesTheCase() {
    CaseDriver driver = CaseDriver.kanteling().registered();
    CaseEngine other = Cases.engine(nl.schuldhulp.workflow.testing.SampleDefinitions.minimal(),
        nl.schuldhulp.workflow.time.BusinessCalendar.weekdays());

    assertThatThrownBy(() -> other.decide(driver.state, new Command.RaiseFlag(BT, day(1), Flag.URGENT, "x")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kanteling-mini");
  }
}
