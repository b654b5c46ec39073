package nl.schuldhulp.workflow.casefile;

import static nl.schuldhulp.workflow.casefile.CaseDriver.BT;
import static nl.schuldhulp.workflow.casefile.CaseDriver.COACH;
import static nl.schuldhulp.workflow.casefile.CaseDriver.changes;
import static nl.schuldhulp.workflow.casefile.CaseDriver.day;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.BUURTTEAM;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.WENI;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.schuldhulp.workflow.definition.AppointmentKind;
import org.junit.jupiter.api.Test;

/** Appointments: the driegesprek and its follow-up, missed appointments. */
class AppointmentsTest {

  private static CaseDriver withTripartiteMeeting() {
    CaseDriver driver = CaseDriver.kanteling().atAdvice();
    driver.accept(new Command.ScheduleAppointment(BT, day(3), AppointmentKind.TRIPARTITE_MEETING, day(5),
        List.of(BUURTTEAM, WENI), true));
    return driver;
  }

  @Test
  void rejectsADriegesprekWithoutTheClientANeighbourhoodTeamAndASpecialist() {
    CaseDriver driver = CaseDriver.kanteling().atAdvice();

    assertThat(driver.reject(new Command.ScheduleAppointment(BT, day(3), AppointmentKind.TRIPARTITE_MEETING, day(5),
        List.of(BUURTTEAM, WENI), false)).rule()).isEqualTo(RuleCode.APPOINTMENT_PARTICIPANTS_MISSING);
    assertThat(driver.reject(new Command.ScheduleAppointment(BT, day(3), AppointmentKind.TRIPARTITE_MEETING, day(5),
        List.of(BUURTTEAM), true)).rule()).isEqualTo(RuleCode.APPOINTMENT_PARTICIPANTS_MISSING);
    assertThat(driver.reject(new Command.ScheduleAppointment(BT, day(3), AppointmentKind.TRIPARTITE_MEETING, day(5),
        List.of(WENI), true)).rule()).isEqualTo(RuleCode.APPOINTMENT_PARTICIPANTS_MISSING);
  }

  @Test
  void rejectsADriegesprekHeldWithoutAFollowUpOrAReasonForNone() {
    CaseDriver driver = withTripartiteMeeting();

    assertThat(driver.reject(new Command.HoldAppointment(COACH, day(5), "A1", "Advies besproken",
        FollowUp.notRecorded())).rule()).isEqualTo(RuleCode.FOLLOW_UP_MISSING);
  }

  @Test
  void aDriegesprekIsHeldWithAnExplicitReasonForNoFollowUp() {
    CaseDriver driver = withTripartiteMeeting();

    List<Event> events = driver.accept(new Command.HoldAppointment(COACH, day(5), "A1", "Advies besproken",
        FollowUp.none("cliënt belt zelf na overleg met partner")));

    assertThat(driver.state.appointment("A1").orElseThrow().status()).isEqualTo(AppointmentStatus.HELD);
    assertThat(changes(events)).hasSize(1).first().isInstanceOf(Change.AppointmentHeld.class);
  }

  @Test
  void aDriegesprekIsHeldWithALaterScheduledFollowUpAppointment() {
    CaseDriver driver = withTripartiteMeeting();
    driver.accept(new Command.ScheduleAppointment(BT, day(4), AppointmentKind.PROGRESS_REVIEW, day(12),
        List.of(BUURTTEAM), true));

    driver.accept(new Command.HoldAppointment(COACH, day(5), "A1", "Advies besproken", FollowUp.scheduled("A2")));

    assertThat(driver.state.appointment("A1").orElseThrow().status()).isEqualTo(AppointmentStatus.HELD);
  }

  @Test
  void rejectsAFollowUpThatIsNotALaterScheduledAppointment() {
    CaseDriver driver = withTripartiteMeeting();

    assertThat(driver.reject(new Command.HoldAppointment(COACH, day(5), "A1", "Advies", FollowUp.scheduled("A1")))
        .rule()).isEqualTo(RuleCode.FOLLOW_UP_INVALID);
    assertThat(driver.reject(new Command.HoldAppointment(COACH, day(5), "A1", "Advies", FollowUp.scheduled("A9")))
        .rule()).isEqualTo(RuleCode.FOLLOW_UP_INVALID);
  }

  @Test
  void rejectsHoldingAnAppointmentBeforeItStarts() {
    CaseDriver driver = withTripartiteMeeting();

    assertThat(driver.reject(new Command.HoldAppointment(COACH, day(4), "A1", "Advies", FollowUp.none("geen")))
        .rule()).isEqualTo(RuleCode.APPOINTMENT_NOT_STARTED);
  }

  @Test
  void aMissedAppointmentIsRecordedAsSuchAndCannotBeHeldAfterwards() {
    CaseDriver driver = withTripartiteMeeting();

    List<Event> events = driver.accept(new Command.MissAppointment(BT, day(5), "A1", "cliënt niet verschenen"));

    assertThat(changes(events)).containsExactly(
        new Change.AppointmentMissed("A1", AppointmentKind.TRIPARTITE_MEETING, "cliënt niet verschenen"));
    assertThat(driver.reject(new Command.HoldAppointment(COACH, day(6), "A1", "x", FollowUp.none("y"))).rule())
        .isEqualTo(RuleCode.APPOINTMENT_NOT_SCHEDULED);
  }

  @Test
  void rejectsAnUnknownAppointment() {
    CaseDriver driver = CaseDriver.kanteling().registered();

    assertThat(driver.reject(new Command.MissAppointment(BT, day(1), "A7", "x")).rule())
        .isEqualTo(RuleCode.UNKNOWN_APPOINTMENT);
  }
}
