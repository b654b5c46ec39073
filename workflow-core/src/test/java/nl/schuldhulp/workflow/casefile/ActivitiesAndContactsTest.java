package nl.schuldhulp.workflow.casefile;

import static nl.schuldhulp.workflow.casefile.CaseDriver.BT;
import static nl.schuldhulp.workflow.casefile.CaseDriver.CLIENT;
import static nl.schuldhulp.workflow.casefile.CaseDriver.COUNSELLOR;
import static nl.schuldhulp.workflow.casefile.CaseDriver.changes;
import static nl.schuldhulp.workflow.casefile.CaseDriver.day;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.BUURTTEAM;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.WENI;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.schuldhulp.workflow.definition.ActivityKind;
import nl.schuldhulp.workflow.definition.AppointmentKind;
import nl.schuldhulp.workflow.definition.ClosureType;
import nl.schuldhulp.workflow.definition.Flag;
import nl.schuldhulp.workflow.definition.Norms;
import nl.schuldhulp.workflow.definition.Term;
import org.junit.jupiter.api.Test;

/** Parallel activities, flags and contact moments. */
class ActivitiesAndContactsTest {

  @Test
  void aCrisisInterventionRunsBesideTheStepWithItsDatesAndOrganisation() {
    CaseDriver driver = CaseDriver.kanteling().ledByWeni();

    driver.accept(new Command.StartActivity(COUNSELLOR, day(5), ActivityKind.CRISIS_INTERVENTION, WENI));
    String step = driver.state.step();
    driver.accept(new Command.EndActivity(COUNSELLOR, day(8), "P1", "afgerond"));

    Activity activity = driver.state.activities().get(0);
    assertThat(activity.organisation()).isEqualTo(WENI);
    assertThat(activity.started()).isEqualTo(day(5));
    assertThat(activity.ended()).contains(day(8));
    assertThat(driver.state.step()).isEqualTo(step);
  }

  @Test
  void rejectsAnActivityByAnOrganisationTheDefinitionDoesNotNameForIt() {
    CaseDriver driver = CaseDriver.kanteling().registered();

    assertThat(driver.reject(new Command.StartActivity(BT, day(1), ActivityKind.BUDGET_MANAGEMENT, BUURTTEAM)).rule())
        .isEqualTo(RuleCode.ACTIVITY_NOT_OFFERED);
  }

  @Test
  void aRepeatableActivityMayRunAgainButNotTwiceAtOnce() {
    CaseDriver driver = CaseDriver.kanteling().ledByWeni();
    driver.accept(new Command.StartActivity(COUNSELLOR, day(5), ActivityKind.CRISIS_INTERVENTION, WENI));
    assertThat(driver.reject(new Command.StartActivity(COUNSELLOR, day(5), ActivityKind.CRISIS_INTERVENTION, WENI))
        .rule()).isEqualTo(RuleCode.ACTIVITY_ALREADY_RUNNING);

    driver.accept(new Command.EndActivity(COUNSELLOR, day(6), "P1", "afgerond"));
    driver.accept(new Command.StartActivity(COUNSELLOR, day(20), ActivityKind.CRISIS_INTERVENTION, WENI));
    assertThat(driver.state.activities()).extracting(Activity::id).containsExactly("P1", "P2");
  }

  @Test
  void aNonRepeatableActivityRunsOnlyOncePerCase() {
    CaseDriver driver = CaseDriver.kanteling().ledByWeni();
    driver.accept(new Command.StartActivity(COUNSELLOR, day(5), ActivityKind.BUDGET_MANAGEMENT, WENI));
    driver.accept(new Command.EndActivity(COUNSELLOR, day(6), "P1", "cliënt zelfredzaam"));

    assertThat(driver.reject(new Command.StartActivity(COUNSELLOR, day(7), ActivityKind.BUDGET_MANAGEMENT, WENI))
        .rule()).isEqualTo(RuleCode.ACTIVITY_ALREADY_RUNNING);
  }

  @Test
  void rejectsEndingAnActivityThatIsNotRunning() {
    CaseDriver driver = CaseDriver.kanteling().ledByWeni();

    assertThat(driver.reject(new Command.EndActivity(COUNSELLOR, day(5), "P1", "x")).rule())
        .isEqualTo(RuleCode.ACTIVITY_NOT_RUNNING);
  }

  @Test
  void aContactMomentIsRecordedWithChannelAndDirection() {
    CaseDriver driver = CaseDriver.kanteling().registered();

    List<Event> events = driver.accept(new Command.RecordContact(BT, day(1), ContactChannel.PHONE,
        ContactDirection.OUTBOUND, false));

    assertThat(changes(events)).containsExactly(
        new Change.ContactRecorded(ContactChannel.PHONE, ContactDirection.OUTBOUND, false));
    assertThat(driver.state.contacts().attemptsSinceReached()).isEqualTo(1);
    assertThat(driver.state.contacts().lastReached()).isEmpty();
  }

  @Test
  void acknowledgingAClientsMessageIsAContactThatReachedTheClient() {
    CaseDriver driver = CaseDriver.kanteling().registered();
    driver.accept(new Command.RecordContact(CLIENT, day(1), ContactChannel.MESSAGE, ContactDirection.INBOUND, true));

    List<Event> events = driver.accept(new Command.AcknowledgeMessage(BT, day(2)));

    assertThat(changes(events)).containsExactly(
        new Change.ContactRecorded(ContactChannel.MESSAGE, ContactDirection.OUTBOUND, true));
    assertThat(driver.state.contacts().contacts()).isEqualTo(2);
    assertThat(driver.state.contacts().lastReached()).contains(day(2));
  }

  @Test
  void aFlagIsRaisedWithAReasonAndClearedOnlyWhenRaised() {
    CaseDriver driver = CaseDriver.kanteling().registered();
    assertThat(driver.reject(new Command.ClearFlag(BT, day(1), Flag.CRISIS, "opgelost")).rule())
        .isEqualTo(RuleCode.FLAG_NOT_RAISED);

    driver.accept(new Command.RaiseFlag(BT, day(1), Flag.CRISIS, "dreigende huisuitzetting"));
    assertThat(driver.state.flagged(Flag.CRISIS)).isTrue();
    assertThat(driver.reject(new Command.RaiseFlag(BT, day(1), Flag.CRISIS, "nog eens")).rule())
        .isEqualTo(RuleCode.FLAG_ALREADY_RAISED);

    driver.accept(new Command.ClearFlag(BT, day(2), Flag.CRISIS, "huur betaald"));
    assertThat(driver.state.flags()).isEmpty();
  }

  @Test
  void factsTakeOnlyTheirDeclaredValues() {
    CaseDriver driver = CaseDriver.kanteling().registered();

    assertThat(driver.reject(new Command.RecordFact(BT, day(1), "spoor", "4")).rule())
        .isEqualTo(RuleCode.UNKNOWN_FACT_VALUE);
    driver.accept(new Command.RecordFact(BT, day(1), "spoor", "2"));
    assertThat(driver.state.facts()).containsEntry("spoor", "2");
  }

  /** At the advice meeting after an intake conversation on day 2: the access-decision clock runs. */
  private static CaseDriver afterFirstConversation() {
    CaseDriver driver = CaseDriver.kanteling().atAdvice();
    driver.accept(new Command.ScheduleAppointment(BT, day(2), AppointmentKind.INTAKE, day(2), List.of(BUURTTEAM, WENI), true));
    driver.accept(new Command.HoldAppointment(BT, day(2), "A1", "kennismaking", FollowUp.none("volgt via actielijst")));
    return driver;
  }

  @Test
  void normClocksAreChangedOnlyByARegieHolder() {
    CaseDriver driver = afterFirstConversation();
    String norm = "wgs-beschikking";

    assertThat(driver.reject(new Command.SuspendClock(CaseDriver.COACH, day(3), norm, "wacht op papieren")).rule())
        .isEqualTo(RuleCode.NOT_LEAD_HOLDER);
    driver.accept(new Command.SuspendClock(BT, day(3), norm, "wacht op papieren"));
    assertThat(driver.reject(new Command.SuspendClock(BT, day(3), norm, "nog eens")).rule())
        .isEqualTo(RuleCode.CLOCK_ALREADY_SUSPENDED);
    driver.accept(new Command.ResumeClock(BT, day(4), norm));
    assertThat(driver.reject(new Command.ResumeClock(BT, day(4), norm)).rule()).isEqualTo(RuleCode.CLOCK_NOT_SUSPENDED);
    assertThat(driver.reject(new Command.SuspendClock(BT, day(4), "bestaat-niet", "x")).rule())
        .isEqualTo(RuleCode.UNKNOWN_NORM);
    driver.accept(new Command.ExtendDeadline(BT, day(4), norm, Term.weeks(4), "complex"));
    assertThat(driver.state.suspendedNorms()).isEmpty();
  }

  @Test
  void rejectsStoppingOrExtendingAClockWhoseStartHasNotHappened() {
    CaseDriver driver = CaseDriver.kanteling().atAdvice();

    Rejection rejection = driver.reject(new Command.SuspendClock(BT, day(3), Norms.ACCESS_DECISION, "wacht op papieren"));
    assertThat(rejection.rule()).isEqualTo(RuleCode.CLOCK_NOT_RUNNING);
    assertThat(rejection.reason()).isEqualTo("norm wgs-beschikking cannot be stopped or extended now: "
        + "its clock has not started: its start, FirstConversation, has not happened");
    assertThat(driver.reject(new Command.ExtendDeadline(BT, day(3), Norms.CRISIS_INTERVENTION, Term.weeks(1), "x")).rule())
        .isEqualTo(RuleCode.CLOCK_NOT_RUNNING);
  }

  @Test
  void rejectsStoppingAClockWhoseEndHasHappened() {
    CaseDriver driver = afterFirstConversation();

    assertThat(driver.reject(new Command.SuspendClock(BT, day(3), Norms.FIRST_CONVERSATION, "x")).reason())
        .isEqualTo("norm wgs-eerste-gesprek cannot be stopped or extended now: "
            + "its clock has stopped: its end, FirstConversation, has happened and happens only once");
    assertThat(driver.reject(new Command.SuspendClock(BT, day(3), Norms.FIRST_CONVERSATION_THREATENING, "x")).rule())
        .isEqualTo(RuleCode.CLOCK_NOT_RUNNING);
  }

  @Test
  void aMeetingWithoutTheClientIsNotTheFirstConversationSoItsClockKeepsRunning() {
    CaseDriver driver = CaseDriver.kanteling().atAdvice();
    driver.accept(new Command.ScheduleAppointment(BT, day(2), AppointmentKind.HANDOVER_MEETING, day(2),
        List.of(BUURTTEAM, WENI), false));
    driver.accept(new Command.HoldAppointment(BT, day(2), "A1", "overleg zonder cliënt", FollowUp.none("intern")));

    driver.accept(new Command.SuspendClock(BT, day(3), Norms.FIRST_CONVERSATION, "cliënt op vakantie"));
    assertThat(driver.state.suspendedNorms()).contains(Norms.FIRST_CONVERSATION);
  }

  @Test
  void rejectsStoppingAClockThatClosingTheCaseStopped() {
    CaseDriver driver = CaseDriver.kanteling().registered();
    driver.accept(new Command.SuspendClock(BT, day(1), "kennismaking-binnen-twee-weken", "cliënt op vakantie"));
    driver.accept(new Command.ResumeClock(BT, day(2), "kennismaking-binnen-twee-weken"));
    driver.accept(new Command.CloseCase(BT, day(3), ClosureType.NEGATIVE, "generalist", "", "teruggetrokken"));
    driver.accept(new Command.ReopenCase(BT, day(4), "cliënt meldt zich opnieuw"));

    assertThat(driver.reject(new Command.SuspendClock(BT, day(4), "kennismaking-binnen-twee-weken", "x")).reason())
        .isEqualTo("norm kennismaking-binnen-twee-weken cannot be stopped or extended now: "
            + "its clock has stopped: the case was closed after its start, Registered");
  }

  @Test
  void stopsAClockWhoseStartTheStateCannotRuleOut() {
    CaseDriver driver = CaseDriver.kanteling().registered();
    driver.accept(new Command.RaiseFlag(BT, day(1), Flag.URGENT, "dreigende afsluiting"));

    driver.accept(new Command.SuspendClock(BT, day(1), Norms.FIRST_CONVERSATION_THREATENING, "cliënt in het ziekenhuis"));
    assertThat(driver.state.suspendedNorms()).containsExactly(Norms.FIRST_CONVERSATION_THREATENING);
  }
}
