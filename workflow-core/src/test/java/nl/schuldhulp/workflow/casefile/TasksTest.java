package nl.schuldhulp.workflow.casefile;

import static nl.schuldhulp.workflow.casefile.CaseDriver.BT;
import static nl.schuldhulp.workflow.casefile.CaseDriver.CLIENT;
import static nl.schuldhulp.workflow.casefile.CaseDriver.COACH;
import static nl.schuldhulp.workflow.casefile.CaseDriver.COUNSELLOR;
import static nl.schuldhulp.workflow.casefile.CaseDriver.day;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.schuldhulp.workflow.definition.Assignee;
import nl.schuldhulp.workflow.definition.CasePolicy;
import org.junit.jupiter.api.Test;

/** Tasks and the client's action list. */
class TasksTest {

  @Test
  void onlyTheOwnerOrTheRegieHolderCompletesATask() {
    CaseDriver driver = CaseDriver.kanteling().atAdvice();
    String actionList = driver.task("actielijst");

    assertThat(driver.reject(new Command.CompleteTask(COUNSELLOR, day(3), actionList)).rule())
        .as("same organisation, other role").isEqualTo(RuleCode.NOT_TASK_OWNER);
    assertThat(driver.reject(new Command.CompleteTask(CLIENT, day(3), actionList)).rule())
        .isEqualTo(RuleCode.NOT_TASK_OWNER);
    driver.accept(new Command.CompleteTask(BT, day(3), actionList));
  }

  @Test
  void theClientCompletesTheirOwnTask() {
    CaseDriver driver = CaseDriver.kanteling().atHomeVisit();

    driver.accept(new Command.CompleteTask(CLIENT, day(2), driver.task("post-verzamelen")));

    assertThat(driver.state.tasks()).filteredOn(Task::open).isEmpty();
  }

  @Test
  void rejectsCompletingATaskTwice() {
    CaseDriver driver = CaseDriver.kanteling().registered();
    String task = driver.task("kennismaking-plannen");
    driver.accept(new Command.CompleteTask(BT, day(1), task));

    assertThat(driver.reject(new Command.CompleteTask(BT, day(1), task)).rule()).isEqualTo(RuleCode.TASK_NOT_OPEN);
  }

  @Test
  void rejectsCancellingARequiredTask() {
    CaseDriver driver = CaseDriver.kanteling().registered();

    assertThat(driver.reject(new Command.CancelTask(BT, day(1), driver.task("kennismaking-plannen"), "niet nodig"))
        .rule()).isEqualTo(RuleCode.REQUIRED_TASK_NOT_CANCELLABLE);
  }

  @Test
  void theOwnerCancelsATaskThatIsNotRequired() {
    CaseDriver driver = CaseDriver.kanteling().ledByWeni();
    String budget = driver.task("budgetbeheer-regelen");

    driver.accept(new Command.CancelTask(COUNSELLOR, day(5), budget, "cliënt regelt het zelf"));

    assertThat(driver.state.task(budget).orElseThrow().status()).isEqualTo(TaskStatus.CANCELLED);
  }

  @Test
  void rejectsATaskForARoleTheOrganisationDoesNotHave() {
    CaseDriver driver = CaseDriver.kanteling().registered();

    assertThat(driver.reject(new Command.AssignTask(BT, day(1), "Bel de huisbaas", Assignee.role("weni", "directeur"),
        LocalDate.of(2024, 3, 8), false)).rule()).isEqualTo(RuleCode.TASK_OWNER_UNKNOWN);
  }

  @Test
  void anAssignedTaskHasExactlyOneOwnerAndADueDate() {
    CaseDriver driver = CaseDriver.kanteling().registered();

    driver.accept(new Command.AssignTask(BT, day(1), "Bel de huisbaas", Assignee.client(), LocalDate.of(2024, 3, 8), true));

    Task task = driver.state.tasks().get(1);
    assertThat(task.owner()).isEqualTo(Assignee.client());
    assertThat(task.due()).isEqualTo(LocalDate.of(2024, 3, 8));
    assertThat(task.template()).isEmpty();
  }

  @Test
  void actionListShowsOnlyTheClientsOwnOpenActionsDosedToTheMaximumWithTheRestQueued() {
    CaseDriver driver = CaseDriver.kanteling().ledByWeni();
    for (int i = 1; i <= 3; i++) {
      driver.accept(new Command.AssignTask(COACH, day(5), "Actie " + i, Assignee.client(), LocalDate.of(2024, 4, 10 + i), true));
    }

    ActionList list = ActionList.of(driver.state, new CasePolicy(3, false));

    // post-verzamelen is done; loonstroken (21 March), huur-betalen (4 April) and three later ones are open
    assertThat(list.open()).extracting(ActionList.Item::text)
        .containsExactly("Lever uw loonstroken in", "Betaal deze maand uw huur", "Actie 1");
    assertThat(list.queued()).extracting(ActionList.Item::text).containsExactly("Actie 2", "Actie 3");
    assertThat(list.done()).isEqualTo(1);
    assertThat(list.total()).isEqualTo(6);
  }

  @Test
  void aCompletedActionNeverReappearsOnTheClientsListAndTheQueueMovesUp() {
    CaseDriver driver = CaseDriver.kanteling().ledByWeni();
    driver.accept(new Command.AssignTask(COACH, day(5), "Actie 1", Assignee.client(), LocalDate.of(2024, 4, 10), true));
    CasePolicy two = new CasePolicy(2, false);
    assertThat(ActionList.of(driver.state, two).queued()).extracting(ActionList.Item::text).containsExactly("Actie 1");

    String payslips = driver.task("loonstroken");
    driver.accept(new Command.CompleteTask(CLIENT, day(6), payslips));

    ActionList list = ActionList.of(driver.state, two);
    assertThat(list.open()).extracting(ActionList.Item::task).doesNotContain(payslips);
    assertThat(list.queued()).extracting(ActionList.Item::task).doesNotContain(payslips);
    assertThat(list.open()).extracting(ActionList.Item::text).containsExactly("Betaal deze maand uw huur", "Actie 1");
    assertThat(list.done()).isEqualTo(2);
  }

  @Test
  void professionalsTasksAndHiddenTasksStayOffTheClientsList() {
    CaseDriver driver = CaseDriver.kanteling().registered();
    driver.accept(new Command.AssignTask(BT, day(1), "Intern", Assignee.client(), LocalDate.of(2024, 3, 8), false));

    ActionList list = ActionList.of(driver.state, CasePolicy.defaults());

    assertThat(list.open()).isEmpty();
    assertThat(list.total()).isZero();
  }

  /** a task needs a meaningful due date, so not one already past on the day it is assigned. */
  @Test
  void rejectsATaskDueBeforeTheDayItIsAssigned() {
    CaseDriver driver = CaseDriver.kanteling().registered();

    Rejection rejection = driver.reject(new Command.AssignTask(BT, day(1), "Bel de huisbaas", Assignee.client(),
        LocalDate.of(2024, 3, 4), true));

    assertThat(rejection.rule()).isEqualTo(RuleCode.DUE_DATE_BEFORE_COMMAND);
    assertThat(rejection.reason()).contains("2024-03-04", "2024-03-05");
  }

  @Test
  void aTaskMayBeDueOnTheDayItIsAssignedInAmsterdam() {
    CaseDriver driver = CaseDriver.kanteling().registered();
    java.time.Instant lateEvening = java.time.Instant.parse("2024-03-05T22:30:00Z"); // 23:30 on 5 March in Amsterdam

    driver.accept(new Command.AssignTask(BT, lateEvening, "Bel de huisbaas", Assignee.client(), LocalDate.of(2024, 3, 5), true));

    assertThat(driver.state.tasks()).extracting(Task::due).contains(LocalDate.of(2024, 3, 5));
  }
}
