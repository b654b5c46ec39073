package nl.schuldhulp.workflow.casefile;

import static nl.schuldhulp.workflow.casefile.CaseDriver.BT;
import static nl.schuldhulp.workflow.casefile.CaseDriver.COACH;
import static nl.schuldhulp.workflow.casefile.CaseDriver.CORPORATION;
import static nl.schuldhulp.workflow.casefile.CaseDriver.changes;
import static nl.schuldhulp.workflow.casefile.CaseDriver.day;
import static nl.schuldhulp.workflow.definition.LeadKind.CLIENT_LEAD;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.BUURTTEAM;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.CORPORATIE;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.WENI;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.schuldhulp.workflow.definition.AppointmentKind;
import nl.schuldhulp.workflow.definition.HandoverMode;
import nl.schuldhulp.workflow.definition.LeadKind;
import org.junit.jupiter.api.Test;

/** Regie rules. */
class RegieTest {

  @Test
  void registrationGivesEveryRegieKindOfTheDefinitionExactlyOneHolder() {
    CaseDriver driver = CaseDriver.kanteling();
    driver.accept(new Command.RegisterCase(CORPORATION, day(0), "signaal-corporatie", List.of("client-1")));

    assertThat(driver.state.leads()).containsExactly(java.util.Map.entry(CLIENT_LEAD, BUURTTEAM));
  }

  @Test
  void enteringAStepLedByAnotherOrganisationProposesAHandoverAndTheSenderKeepsRegie() {
    CaseDriver driver = CaseDriver.kanteling().atAdvice();
    driver.accept(new Command.CompleteTask(COACH, day(3), driver.task("actielijst")));

    List<Event> events = driver.accept(new Command.MoveCase(BT, day(3), "stabilisatie"));

    assertThat(changes(events)).contains(
        new Change.LeadHandoverProposed(CLIENT_LEAD, BUURTTEAM, WENI, HandoverMode.WARM, "step stabilisatie"));
    assertThat(driver.state.leadHolder(CLIENT_LEAD)).contains(BUURTTEAM);
    assertThat(driver.state.handover(CLIENT_LEAD)).isPresent();
  }

  @Test
  void rejectsWarmHandoverAcceptedBeforeAHandoverMeetingWithTheReceiver() {
    CaseDriver driver = CaseDriver.kanteling().atStabilisation();

    Rejection rejection = driver.reject(new Command.AcceptLeadHandover(COACH, day(4), CLIENT_LEAD));

    assertThat(rejection.rule()).isEqualTo(RuleCode.WARM_HANDOVER_WITHOUT_APPOINTMENT);
    assertThat(driver.state.leadHolder(CLIENT_LEAD)).contains(BUURTTEAM);
  }

  @Test
  void rejectsWarmHandoverWhenTheOnlyHandoverMeetingWasMissed() {
    CaseDriver driver = CaseDriver.kanteling().atStabilisation();
    driver.accept(new Command.ScheduleAppointment(BT, day(4), AppointmentKind.HANDOVER_MEETING, day(5),
        List.of(BUURTTEAM, WENI), true));
    driver.accept(new Command.MissAppointment(BT, day(5), "A1", "cliënt niet verschenen"));

    assertThat(driver.reject(new Command.AcceptLeadHandover(COACH, day(6), CLIENT_LEAD)).rule())
        .isEqualTo(RuleCode.WARM_HANDOVER_WITHOUT_APPOINTMENT);
  }

  @Test
  void acceptedHandoverMovesRegieToTheReceiverAndEndsThePendingOffer() {
    CaseDriver driver = CaseDriver.kanteling().ledByWeni();

    assertThat(driver.state.leadHolder(CLIENT_LEAD)).contains(WENI);
    assertThat(driver.state.handovers()).isEmpty();
  }

  @Test
  void rejectsHandoverAcceptedByAnotherOrganisationThanTheReceiver() {
    CaseDriver driver = CaseDriver.kanteling().atStabilisation();

    assertThat(driver.reject(new Command.AcceptLeadHandover(BT, day(4), CLIENT_LEAD)).rule())
        .isEqualTo(RuleCode.NOT_HANDOVER_RECEIVER);
  }

  @Test
  void declinedHandoverLeavesRegieWithTheSender() {
    CaseDriver driver = CaseDriver.kanteling().atStabilisation();

    List<Event> events = driver.accept(new Command.DeclineLeadHandover(COACH, day(4), CLIENT_LEAD, "geen capaciteit"));

    assertThat(changes(events)).containsExactly(
        new Change.LeadHandoverDeclined(CLIENT_LEAD, BUURTTEAM, WENI, "geen capaciteit"));
    assertThat(driver.state.leadHolder(CLIENT_LEAD)).contains(BUURTTEAM);
    assertThat(driver.state.handovers()).isEmpty();
  }

  @Test
  void onlyTheHolderMayProposeAHandover() {
    CaseDriver driver = CaseDriver.kanteling().atAdvice();

    assertThat(driver.reject(new Command.ProposeLeadHandover(COACH, day(3), CLIENT_LEAD, BUURTTEAM,
        HandoverMode.COLD, "overname")).rule()).isEqualTo(RuleCode.NOT_LEAD_HOLDER);
  }

  @Test
  void coldHandoverProposedByTheHolderCanBeAcceptedWithoutAnAppointment() {
    CaseDriver driver = CaseDriver.kanteling().atAdvice();
    driver.accept(new Command.ProposeLeadHandover(BT, day(3), CLIENT_LEAD, WENI, HandoverMode.COLD, "overname"));

    driver.accept(new Command.AcceptLeadHandover(COACH, day(3), CLIENT_LEAD));

    assertThat(driver.state.leadHolder(CLIENT_LEAD)).contains(WENI);
  }

  @Test
  void rejectsASecondHandoverWhileOneIsPending() {
    CaseDriver driver = CaseDriver.kanteling().atStabilisation();

    assertThat(driver.reject(new Command.ProposeLeadHandover(BT, day(4), CLIENT_LEAD, CORPORATIE,
        HandoverMode.COLD, "toch anders")).rule()).isEqualTo(RuleCode.HANDOVER_ALREADY_PENDING);
  }

  @Test
  void theSenderMayWithdrawAPendingHandover() {
    CaseDriver driver = CaseDriver.kanteling().atStabilisation();

    driver.accept(new Command.WithdrawLeadHandover(BT, day(4), CLIENT_LEAD, "cliënt wil bij buurtteam blijven"));

    assertThat(driver.state.handovers()).isEmpty();
    assertThat(driver.state.leadHolder(CLIENT_LEAD)).contains(BUURTTEAM);
  }

  @Test
  void rejectsHandoverOfARegieKindTheDefinitionDoesNotUse() {
    CaseDriver driver = CaseDriver.kanteling().registered();

    assertThat(driver.reject(new Command.ProposeLeadHandover(BT, day(1), LeadKind.PROCESS_LEAD, WENI,
        HandoverMode.COLD, "x")).rule()).isEqualTo(RuleCode.LEAD_KIND_UNUSED);
  }

  @Test
  void onlyTheClientLeadHolderMovesTheCase() {
    CaseDriver driver = CaseDriver.kanteling().atAdvice();
    driver.accept(new Command.CompleteTask(COACH, day(3), driver.task("actielijst")));

    assertThat(driver.reject(new Command.MoveCase(COACH, day(3), "stabilisatie")).rule())
        .isEqualTo(RuleCode.NOT_LEAD_HOLDER);
  }

  @Test
  void afterAcceptanceOnlyTheNewHolderMovesTheCase() {
    CaseDriver driver = CaseDriver.kanteling().ledByWeni();

    assertThat(driver.reject(new Command.CloseCase(BT, day(6), nl.schuldhulp.workflow.definition.ClosureType.NEGATIVE,
        "buurtteam", "", "teruggetrokken")).rule()).isEqualTo(RuleCode.NOT_LEAD_HOLDER);
  }
}
