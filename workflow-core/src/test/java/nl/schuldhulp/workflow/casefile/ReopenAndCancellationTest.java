package nl.schuldhulp.workflow.casefile;

import static nl.schuldhulp.workflow.casefile.CaseDriver.BT;
import static nl.schuldhulp.workflow.casefile.CaseDriver.COACH;
import static nl.schuldhulp.workflow.casefile.CaseDriver.changes;
import static nl.schuldhulp.workflow.casefile.CaseDriver.day;
import static nl.schuldhulp.workflow.definition.LeadKind.CLIENT_LEAD;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.BUURTTEAM;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.WENI;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.schuldhulp.workflow.definition.AppointmentKind;
import nl.schuldhulp.workflow.definition.ClosureType;
import org.junit.jupiter.api.Test;

/**
 * What closing and reopening do to what was planned: closing cancels scheduled
 * appointments, a cancelled meeting never counts for a warm handover, and a reopen does not issue
 * again what was done.
 */
class ReopenAndCancellationTest {

  @Test
  void closingCancelsEveryScheduledAppointmentWithAnEvent() {
    CaseDriver driver = CaseDriver.kanteling().registered();
    driver.accept(new Command.ScheduleAppointment(BT, day(1), AppointmentKind.INTAKE, day(10), List.of(BUURTTEAM), true));
    driver.accept(new Command.ScheduleAppointment(BT, day(1), AppointmentKind.HOME_VISIT, day(11), List.of(BUURTTEAM), true));

    List<Event> events = driver.accept(
        new Command.CloseCase(BT, day(2), ClosureType.NEGATIVE, "bt-17", "", "teruggetrokken"));

    assertThat(changes(events)).containsSubsequence(
        new Change.AppointmentCancelled("A1", AppointmentKind.INTAKE, "case closed"),
        new Change.AppointmentCancelled("A2", AppointmentKind.HOME_VISIT, "case closed"));
    assertThat(changes(events).get(events.size() - 1)).isInstanceOf(Change.CaseClosed.class);
    assertThat(driver.state.appointments()).extracting(Appointment::status)
        .containsOnly(AppointmentStatus.CANCELLED);
  }

  @Test
  void closingLeavesHeldAndMissedAppointmentsAsTheyWere() {
    CaseDriver driver = CaseDriver.kanteling().registered();
    driver.accept(new Command.ScheduleAppointment(BT, day(1), AppointmentKind.INTAKE, day(1), List.of(BUURTTEAM), true));
    driver.accept(new Command.MissAppointment(BT, day(1), "A1", "niet verschenen"));

    List<Event> events = driver.accept(
        new Command.CloseCase(BT, day(2), ClosureType.NEGATIVE, "bt-17", "", "teruggetrokken"));

    assertThat(changes(events)).noneMatch(Change.AppointmentCancelled.class::isInstance);
    assertThat(driver.state.appointment("A1").orElseThrow().status()).isEqualTo(AppointmentStatus.MISSED);
  }

  @Test
  void aHandoverMeetingCancelledByClosingNeverCountsForAWarmHandover() {
    CaseDriver driver = CaseDriver.kanteling().atStabilisation();
    driver.accept(new Command.ScheduleAppointment(BT, day(4), AppointmentKind.HANDOVER_MEETING, day(9),
        List.of(BUURTTEAM, WENI), true));
    driver.accept(new Command.CloseCase(BT, day(4), ClosureType.NEGATIVE, "bt-17", "", "teruggetrokken"));

    driver.accept(new Command.ReopenCase(BT, day(4), "cliënt meldt zich opnieuw")); // offered anew, same instant

    assertThat(driver.state.handover(CLIENT_LEAD)).hasValueSatisfying(
        pending -> assertThat(pending.proposedAt()).isEqualTo(day(4)));
    assertThat(driver.reject(new Command.AcceptLeadHandover(COACH, day(4), CLIENT_LEAD)).rule())
        .isEqualTo(RuleCode.WARM_HANDOVER_WITHOUT_APPOINTMENT);
  }

  @Test
  void reopeningDoesNotIssueAgainTheTasksAlreadyDoneInTheStep() {
    CaseDriver driver = CaseDriver.kanteling().stabilised();
    List<String> done = driver.state.tasks().stream()
        .filter(task -> task.status() == TaskStatus.DONE && task.step().equals("stabilisatie"))
        .map(Task::template).toList();
    assertThat(done).contains("loonstroken", "huur-betalen");
    driver.accept(new Command.CloseCase(COACH, day(6), ClosureType.NEGATIVE, "wi-3", "", "teruggetrokken"));

    List<Event> events = driver.accept(new Command.ReopenCase(COACH, day(7), "cliënt meldt zich opnieuw"));

    assertThat(changes(events)).filteredOn(Change.TaskAssigned.class::isInstance)
        .extracting(change -> ((Change.TaskAssigned) change).template())
        .doesNotContainAnyElementsOf(done);
    assertThat(ActionList.of(driver.state, driver.engine.definition().policy()).open()).extracting(ActionList.Item::text)
        .doesNotContain("Lever uw loonstroken in", "Betaal deze maand uw huur");
  }

  @Test
  void reopeningIssuesAgainTheTasksThatClosingCancelled() {
    CaseDriver driver = CaseDriver.kanteling().registered();
    driver.accept(new Command.CloseCase(BT, day(1), ClosureType.NEGATIVE, "bt-17", "", "teruggetrokken"));

    List<Event> events = driver.accept(new Command.ReopenCase(BT, day(2), "cliënt meldt zich opnieuw"));

    assertThat(changes(events)).filteredOn(Change.TaskAssigned.class::isInstance)
        .extracting(change -> ((Change.TaskAssigned) change).template())
        .contains("kennismaking-plannen");
  }
}
