package nl.schuldhulp.workflow.time;

import static nl.schuldhulp.workflow.testing.SampleDefinitions.BUURTTEAM;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.WENI;
import static nl.schuldhulp.workflow.time.CaseScript.BT;
import static nl.schuldhulp.workflow.time.CaseScript.on;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.schuldhulp.workflow.casefile.Command;
import nl.schuldhulp.workflow.casefile.ContactChannel;
import nl.schuldhulp.workflow.casefile.ContactDirection;
import nl.schuldhulp.workflow.casefile.FollowUp;
import nl.schuldhulp.workflow.casefile.LifeEventKind;
import nl.schuldhulp.workflow.definition.ActivityKind;
import nl.schuldhulp.workflow.definition.AppointmentKind;
import nl.schuldhulp.workflow.definition.Assignee;
import nl.schuldhulp.workflow.definition.ClosureType;
import nl.schuldhulp.workflow.definition.Flag;
import nl.schuldhulp.workflow.definition.HandoverMode;
import nl.schuldhulp.workflow.definition.LeadKind;
import nl.schuldhulp.workflow.definition.Norms;
import org.junit.jupiter.api.Test;

/**
 * Example tests of every signal kind under the default signal rules: contact
 * lost after 6 weeks or 2 missed appointments, follow-up within 2 weeks, 3 months' monitoring
 * after a crisis, handover accepted within 5 working days, stalled after 3 months, norm warning 3
 * working days ahead, 12-month re-registration window.
 */
class SignalsTest {

  @Test
  void contactIsLostAfterSixWeeksWithoutContact() {
    CaseScript script = CaseScript.registered();

    assertThat(script.signals(on("2024-04-15", 23), SignalKind.CONTACT_LOST)).isEmpty();
    assertThat(script.signals(on("2024-04-16", 9), SignalKind.CONTACT_LOST)).singleElement()
        .satisfies(signal -> {
          assertThat(signal.arose()).isEqualTo(on("2024-04-16", 0));
          assertThat(signal.reason()).contains("2024-03-04", "6 weken");
          assertThat(signal.owner()).isEqualTo("buurtteam");
        });
  }

  @Test
  void aContactThatReachesTheClientRestartsTheContactClock() {
    CaseScript script = CaseScript.registered();
    script.accept(new Command.RecordContact(BT, on("2024-04-01", 9), ContactChannel.PHONE, ContactDirection.OUTBOUND, false));
    assertThat(script.signals(on("2024-04-16", 9), SignalKind.CONTACT_LOST)).hasSize(1);

    script.accept(new Command.RecordContact(BT, on("2024-04-02", 9), ContactChannel.PHONE, ContactDirection.OUTBOUND, true));
    assertThat(script.signals(on("2024-04-16", 9), SignalKind.CONTACT_LOST)).isEmpty();
  }

  @Test
  void contactIsLostAfterTwoMissedAppointmentsInARow() {
    CaseScript script = CaseScript.registered();
    String first = script.schedule(on("2024-03-05", 9), AppointmentKind.INTAKE);
    String second = script.schedule(on("2024-03-05", 10), AppointmentKind.INTAKE);
    script.accept(new Command.MissAppointment(BT, on("2024-03-05", 11), first, "niet verschenen"));
    assertThat(script.signals(on("2024-03-06", 9), SignalKind.CONTACT_LOST)).isEmpty();

    script.accept(new Command.MissAppointment(BT, on("2024-03-12", 11), second, "niet verschenen"));
    assertThat(script.signals(on("2024-03-12", 12), SignalKind.CONTACT_LOST)).singleElement()
        .satisfies(signal -> assertThat(signal.arose()).isEqualTo(on("2024-03-12", 11)));
  }

  @Test
  void noFollowUpAfterAnAdviceMeetingWithoutContactWithinTwoWeeks() {
    CaseScript script = CaseScript.registered();
    String advice = script.schedule(on("2024-03-05", 9), AppointmentKind.ADVICE_MEETING);
    String next = script.schedule(on("2024-03-05", 10), AppointmentKind.PROGRESS_REVIEW);
    script.accept(new Command.HoldAppointment(BT, on("2024-03-05", 10), advice, "advies gegeven", FollowUp.scheduled(next)));

    assertThat(script.signals(on("2024-03-19", 23), SignalKind.NO_FOLLOW_UP)).isEmpty();
    assertThat(script.signals(on("2024-03-20", 9), SignalKind.NO_FOLLOW_UP)).singleElement()
        .satisfies(signal -> assertThat(signal.arose()).isEqualTo(on("2024-03-20", 0)));
  }

  @Test
  void anAdviceMeetingWithAReasonForNoFollowUpRaisesNoSignal() {
    CaseScript script = CaseScript.registered().held(on("2024-03-05", 9), AppointmentKind.ADVICE_MEETING,
        FollowUp.none("cliënt kan zelf verder"));

    assertThat(script.signals(on("2024-04-01", 9), SignalKind.NO_FOLLOW_UP)).isEmpty();
  }

  @Test
  void aCrisisThatIsOverIsMonitoredCloselyForThreeMonths() {
    CaseScript script = CaseScript.registered();
    script.accept(new Command.RaiseFlag(BT, on("2024-03-05", 9), Flag.CRISIS, "afsluiting dreigt"));
    script.schedule(on("2024-03-06", 9), on("2024-03-20", 9), AppointmentKind.PROGRESS_REVIEW);
    assertThat(script.signals(on("2024-03-06", 9), SignalKind.CRISIS_MONITORING)).isEmpty();

    script.accept(new Command.ClearFlag(BT, on("2024-03-08", 9), Flag.CRISIS, "betalingsregeling"));
    assertThat(script.signals(on("2024-03-08", 10), SignalKind.CRISIS_MONITORING)).singleElement()
        .satisfies(signal -> assertThat(signal.arose()).isEqualTo(on("2024-03-08", 9)));
    assertThat(script.signals(on("2024-06-08", 23), SignalKind.CRISIS_MONITORING)).hasSize(1);
    assertThat(script.signals(on("2024-06-09", 0), SignalKind.CRISIS_MONITORING)).isEmpty();
  }

  @Test
  void aCrisisEndedWithoutABookedAppointmentWithTheClientIsSignalledAtOnceUntilOneIsBooked() {
    CaseScript script = CaseScript.registered();
    script.start(on("2024-03-05", 9), ActivityKind.CRISIS_INTERVENTION);
    String intervention = script.state.activities().get(0).id();
    script.accept(new Command.EndActivity(BT, on("2024-03-08", 9), intervention, "crisis bezworen"));

    // no follow-up appointment, so the monitoring signal says so and outlasts the 3 months
    assertThat(script.signals(on("2024-03-08", 9), SignalKind.CRISIS_MONITORING)).singleElement()
        .satisfies(signal -> {
          assertThat(signal.reason()).startsWith("geen vervolgafspraak na crisis");
          assertThat(signal.arose()).isEqualTo(on("2024-03-08", 9));
        });
    assertThat(script.signals(on("2024-07-01", 9), SignalKind.CRISIS_MONITORING)).hasSize(1);

    script.schedule(on("2024-03-12", 9), on("2024-03-19", 9), AppointmentKind.PROGRESS_REVIEW);
    assertThat(script.signals(on("2024-03-12", 10), SignalKind.CRISIS_MONITORING)).singleElement()
        .satisfies(signal -> assertThat(signal.reason()).startsWith("crisis voorbij op 2024-03-08"));
    assertThat(script.signals(on("2024-07-01", 9), SignalKind.CRISIS_MONITORING)).isEmpty();
  }

  @Test
  void aLifeEventMakesARescreeningDueUntilTheNextAssessment() {
    CaseScript script = CaseScript.registered();
    script.accept(new Command.RecordLifeEvent(BT, on("2024-03-05", 9), LifeEventKind.JOB_LOSS));
    assertThat(script.signals(on("2024-03-05", 9), SignalKind.RESCREENING_DUE)).singleElement()
        .satisfies(signal -> assertThat(signal.reason()).contains("baanverlies"));

    script.accept(new Command.RecordAssessment(BT, on("2024-03-07", 9), "financien", 2));
    assertThat(script.signals(on("2024-03-07", 9), SignalKind.RESCREENING_DUE)).isEmpty();
  }

  @Test
  void aHandoverNotAcceptedWithinFiveWorkingDaysIsSignalledToTheReceiver() {
    CaseScript script = CaseScript.registered();
    script.accept(new Command.ProposeLeadHandover(BT, on("2024-03-05", 9), LeadKind.CLIENT_LEAD, WENI, HandoverMode.COLD, "specialistische hulp"));

    assertThat(script.signals(on("2024-03-12", 23), SignalKind.HANDOVER_NOT_ACCEPTED)).isEmpty();
    assertThat(script.signals(on("2024-03-13", 9), SignalKind.HANDOVER_NOT_ACCEPTED)).singleElement()
        .satisfies(signal -> {
          assertThat(signal.arose()).isEqualTo(on("2024-03-13", 0));
          assertThat(signal.subject()).isEqualTo("CLIENT_LEAD");
          assertThat(signal.owner()).isEqualTo(WENI);
        });
  }

  @Test
  void aDeclinedHandoverIsSignalledToTheSenderWithItsReasonUntilANewHandoverIsProposed() {
    CaseScript script = CaseScript.registered();
    script.accept(new Command.ProposeLeadHandover(BT, on("2024-03-05", 9), LeadKind.CLIENT_LEAD, WENI, HandoverMode.COLD, "specialistische hulp"));
    script.accept(new Command.DeclineLeadHandover(CaseScript.WI, on("2024-03-06", 9), LeadKind.CLIENT_LEAD, "geen capaciteit"));

    //
    assertThat(script.signals(on("2024-03-06", 9), SignalKind.HANDOVER_DECLINED)).singleElement()
        .satisfies(signal -> {
          assertThat(signal.arose()).isEqualTo(on("2024-03-06", 9));
          assertThat(signal.reason()).contains("geen capaciteit", WENI);
          assertThat(signal.subject()).isEqualTo("CLIENT_LEAD");
          assertThat(signal.owner()).isEqualTo("buurtteam");
        });
    assertThat(script.signals(on("2024-05-01", 9), SignalKind.HANDOVER_DECLINED)).hasSize(1);

    script.accept(new Command.ProposeLeadHandover(BT, on("2024-03-07", 9), LeadKind.CLIENT_LEAD, WENI, HandoverMode.COLD, "opnieuw"));
    assertThat(script.signals(on("2024-03-07", 9), SignalKind.HANDOVER_DECLINED)).isEmpty();
  }

  @Test
  void aCaseInOneStepForThreeMonthsIsStalled() {
    CaseScript script = CaseScript.registered();

    assertThat(script.signals(on("2024-06-04", 23), SignalKind.STALLED)).isEmpty();
    assertThat(script.signals(on("2024-06-05", 9), SignalKind.STALLED)).singleElement()
        .satisfies(signal -> assertThat(signal.subject()).isEqualTo("melding"));
  }

  @Test
  void anOpenTaskPastItsDueDateIsOverdueForItsOwnersOrganisation() {
    CaseScript script = CaseScript.registered();

    // kennismaking-plannen is due 5 working days after Monday 4 March: Monday 11 March
    assertThat(script.signals(on("2024-03-11", 23), SignalKind.TASK_OVERDUE)).isEmpty();
    assertThat(script.signals(on("2024-03-12", 9), SignalKind.TASK_OVERDUE)).singleElement()
        .satisfies(signal -> assertThat(signal.owner()).isEqualTo(BUURTTEAM));
  }

  @Test
  void aClientsOwnOverdueTaskIsSignalledToTheHolderOfClientRegie() {
    CaseScript script = CaseScript.registered();
    script.accept(new Command.AssignTask(BT, on("2024-03-05", 9), "Lever uw loonstroken in", Assignee.client(),
        LocalDate.of(2024, 3, 8), false));

    assertThat(script.signals(on("2024-03-09", 9), SignalKind.TASK_OVERDUE))
        .filteredOn(signal -> signal.reason().contains("loonstroken")).singleElement()
        .satisfies(signal -> assertThat(signal.owner()).isEqualTo(BUURTTEAM));
  }

  @Test
  void aNormIsSignalledThreeWorkingDaysBeforeItIsDueAndWhenItIsBreached() {
    CaseScript script = CaseScript.registered();

    // due Easter Monday 1 April; three working days before is Wednesday 27 March
    assertThat(script.signals(on("2024-03-26", 23), SignalKind.NORM_DUE_SOON)).isEmpty();
    assertThat(script.signals(on("2024-03-27", 9), SignalKind.NORM_DUE_SOON))
        .extracting(Signal::subject).containsExactly(Norms.FIRST_CONVERSATION);
    assertThat(script.signals(on("2024-04-02", 9), SignalKind.NORM_DUE_SOON)).isEmpty();
    assertThat(script.signals(on("2024-04-02", 9), SignalKind.NORM_BREACHED))
        .filteredOn(signal -> signal.subject().equals(Norms.FIRST_CONVERSATION)).singleElement()
        .satisfies(signal -> assertThat(signal.arose()).isEqualTo(on("2024-04-02", 0)));
  }

  @Test
  void aCaseReopenedWithinTheWindowHasAReturningClient() {
    CaseScript script = CaseScript.registered();
    script.accept(new Command.CloseCase(BT, on("2024-03-10", 9), ClosureType.NEGATIVE, "buurtteam", "", "teruggetrokken"));
    script.accept(new Command.ReopenCase(BT, on("2024-09-10", 9), "nieuwe aanmelding"));

    assertThat(script.signals(on("2024-09-10", 9), SignalKind.RETURNING_CLIENT)).singleElement()
        .satisfies(signal -> assertThat(signal.arose()).isEqualTo(on("2024-09-10", 9)));
  }

  @Test
  void aClosedCaseRaisesNoSignals() {
    CaseScript script = CaseScript.registered();
    script.accept(new Command.CloseCase(BT, on("2024-03-10", 9), ClosureType.NEGATIVE, "buurtteam", "", "teruggetrokken"));

    assertThat(script.signals(on("2025-03-10", 9))).isEmpty();
  }
}
