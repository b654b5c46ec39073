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
import nl.schuldhulp.workflow.definition.Flag;
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

  @Test
  void normClocksAreChangedOnlyByARegieHolder() {
    CaseDriver driver = CaseDriver.kanteling().atAdvice();
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
    driver.accept(new Command.ExtendDeadline(BT, day(4), norm, nl.schuldhulp.workflow.definition.Term.weeks(4), "complex"));
    assertThat(driver.state.suspendedNorms()).isEmpty();
  }
}
