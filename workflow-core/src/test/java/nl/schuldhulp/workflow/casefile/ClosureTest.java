package nl.schuldhulp.workflow.casefile;

import static nl.schuldhulp.workflow.casefile.CaseDriver.BT;
import static nl.schuldhulp.workflow.casefile.CaseDriver.COUNSELLOR;
import static nl.schuldhulp.workflow.casefile.CaseDriver.day;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.schuldhulp.workflow.definition.ActivityKind;
import nl.schuldhulp.workflow.definition.ClosureType;
import nl.schuldhulp.workflow.definition.Flag;
import nl.schuldhulp.workflow.definition.SignalRules;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.testing.SampleDefinitions;
import org.junit.jupiter.api.Test;

/** Closure (loslaten) and reopening. */
class ClosureTest {

  private static CaseDriver withdrawnAfterRegistration() {
    CaseDriver driver = CaseDriver.kanteling().registered();
    driver.accept(new Command.CloseCase(BT, day(1), ClosureType.NEGATIVE, "generalist en teamleider", "",
        "cliënt trekt zich terug"));
    return driver;
  }

  @Test
  void rejectsAClosureTypeWhoseExitCriteriaDoNotAllowClosingFromTheStep() {
    CaseDriver driver = CaseDriver.kanteling().registered();

    assertThat(driver.reject(new Command.CloseCase(BT, day(1), ClosureType.POSITIVE, "MDO", "MDO 12-3", "klaar")).rule())
        .isEqualTo(RuleCode.EXIT_CRITERIA_NOT_MET);
  }

  /** Records unanswered outgoing contact attempts by the neighbourhood team, one per channel given. */
  private static void attempt(CaseDriver driver, int day, ContactChannel... channels) {
    for (ContactChannel channel : channels) {
      driver.accept(new Command.RecordContact(BT, day(day), channel, ContactDirection.OUTBOUND, false));
    }
  }

  private static Command.CloseCase contactLost(int day) {
    return new Command.CloseCase(BT, day(day), ClosureType.CONTACT_LOST, "generalist", "casuïstiekoverleg", "onbereikbaar");
  }

  @Test
  void closingAsContactLostNeedsThreeUnansweredAttemptsOverTwoChannelsByDefault() {
    CaseDriver driver = CaseDriver.kanteling().registered();
    attempt(driver, 1, ContactChannel.PHONE, ContactChannel.PHONE, ContactChannel.PHONE);

    Rejection oneChannel = driver.reject(contactLost(4));
    assertThat(oneChannel.rule()).isEqualTo(RuleCode.CONTACT_ATTEMPTS_MISSING);
    assertThat(oneChannel.reason()).isEqualTo("closing as contact lost needs at least 3 unanswered contact attempts over"
        + " at least 2 channels since the client was last reached (R-66); there were 3 over 1");
    attempt(driver, 4, ContactChannel.LETTER);
    driver.accept(contactLost(5));
    assertThat(driver.state.closure().orElseThrow().type()).isEqualTo(ClosureType.CONTACT_LOST);
  }

  @Test
  void contactAttemptsCountOnlyOutgoingOnesSinceTheClientWasLastReached() {
    CaseDriver driver = CaseDriver.kanteling().registered();
    attempt(driver, 1, ContactChannel.PHONE, ContactChannel.LETTER, ContactChannel.EMAIL);
    driver.accept(new Command.RecordContact(CaseDriver.CLIENT, day(2), ContactChannel.MESSAGE, ContactDirection.INBOUND, true));
    attempt(driver, 3, ContactChannel.PHONE);
    driver.accept(new Command.RecordContact(BT, day(3), ContactChannel.VISIT, ContactDirection.INBOUND, false));
    attempt(driver, 4, ContactChannel.LETTER);

    assertThat(driver.state.contacts().outboundAttemptsSinceReached()).isEqualTo(2);
    assertThat(driver.state.contacts().outboundAttemptChannels()).containsExactlyInAnyOrder(ContactChannel.PHONE,
        ContactChannel.LETTER);
    assertThat(driver.reject(contactLost(5)).reason()).endsWith("there were 2 over 2");
  }

  @Test
  void theDefinitionSetsHowManyAttemptsClosingAsContactLostNeeds() {
    WorkflowDefinition definition = SampleDefinitions.kanteling().toBuilder()
        .signals(SignalRules.defaults().withContactLostAttempts(1, 1)).build();
    CaseDriver driver = new CaseDriver(definition).registered();
    attempt(driver, 1, ContactChannel.VISIT);

    driver.accept(contactLost(2));
  }

  @Test
  void rejectsAClosureThatMustBeDecidedInAConsultationWithoutNamingIt() {
    CaseDriver driver = CaseDriver.kanteling().registered();
    attempt(driver, 1, ContactChannel.PHONE, ContactChannel.PHONE, ContactChannel.VISIT);

    assertThat(driver.reject(new Command.CloseCase(BT, day(1), ClosureType.CONTACT_LOST, "generalist", "",
        "onbereikbaar")).rule()).isEqualTo(RuleCode.CONSULTATION_REQUIRED);
    driver.accept(new Command.CloseCase(BT, day(1), ClosureType.CONTACT_LOST, "generalist", "casuïstiekoverleg 5 maart",
        "onbereikbaar na drie pogingen"));
    assertThat(driver.state.closure().orElseThrow().exit()).isEqualTo("contact-verloren");
  }

  @Test
  void closingRecordsTheExitCriteriaTheDecisionAndWhoDecided() {
    CaseDriver driver = withdrawnAfterRegistration();

    Closure closure = driver.state.closure().orElseThrow();
    assertThat(closure.exit()).isEqualTo("teruggetrokken");
    assertThat(closure.type()).isEqualTo(ClosureType.NEGATIVE);
    assertThat(closure.decidedBy()).isEqualTo("generalist en teamleider");
    assertThat(closure.step()).isEqualTo("melding");
    assertThat(driver.state.closed()).isTrue();
  }

  @Test
  void closingDropsOpenTasksAndEndsRunningActivitiesExplicitly() {
    CaseDriver driver = CaseDriver.kanteling().ledByWeni();
    driver.accept(new Command.StartActivity(COUNSELLOR, day(5), ActivityKind.BUDGET_MANAGEMENT, "weni"));

    List<Event> events = driver.accept(new Command.CloseCase(COUNSELLOR, day(6), ClosureType.NEGATIVE, "consulent", "",
        "cliënt trekt zich terug"));

    assertThat(CaseDriver.changes(events)).last().isInstanceOf(Change.CaseClosed.class);
    assertThat(driver.state.tasks()).noneMatch(Task::open);
    assertThat(driver.state.activities()).noneMatch(Activity::running);
    assertThat(ActionList.of(driver.state, SampleDefinitions.kanteling().policy()).open()).isEmpty();
  }

  @Test
  void aClosedCaseAcceptsNoCommandButReopen() {
    CaseDriver driver = withdrawnAfterRegistration();

    assertThat(driver.reject(new Command.RaiseFlag(BT, day(2), Flag.URGENT, "huisuitzetting")).rule())
        .isEqualTo(RuleCode.CASE_CLOSED);
    assertThat(driver.reject(new Command.RecordContact(CaseDriver.CLIENT, day(2), ContactChannel.PHONE,
        ContactDirection.INBOUND, true)).rule()).isEqualTo(RuleCode.CASE_CLOSED);
    driver.accept(new Command.ReopenCase(BT, day(2), "cliënt meldt zich opnieuw"));
    assertThat(driver.state.open()).isTrue();
  }

  @Test
  void rejectsReopeningAnOpenCase() {
    CaseDriver driver = CaseDriver.kanteling().registered();

    assertThat(driver.reject(new Command.ReopenCase(BT, day(1), "x")).rule()).isEqualTo(RuleCode.CASE_NOT_CLOSED);
  }

  @Test
  void aReopenWithinTheWindowMarksAReturningClientAndKeepsTheEarlierHistory() {
    CaseDriver driver = withdrawnAfterRegistration();

    List<Event> events = driver.accept(new Command.ReopenCase(BT, day(200), "crisisdienst meldt opnieuw"));

    assertThat(events.get(0).change()).isEqualTo(new Change.CaseReopened("crisisdienst meldt opnieuw", true));
    assertThat(driver.state.returning()).isTrue();
    assertThat(driver.state.closures()).hasSize(1);
    assertThat(driver.state.step()).isEqualTo("melding");
    assertThat(driver.state.tasks()).filteredOn(Task::open).extracting(Task::template)
        .containsExactly("kennismaking-plannen");
    assertThat(driver.state.tasks()).hasSize(2);
  }

  @Test
  void aReopenAfterTheWindowIsNotARevolvingDoor() {
    CaseDriver driver = withdrawnAfterRegistration();

    driver.accept(new Command.ReopenCase(BT, day(400), "nieuwe hulpvraag"));

    assertThat(driver.state.returning()).isFalse();
    assertThat(driver.state.returns()).isZero();
  }
}
