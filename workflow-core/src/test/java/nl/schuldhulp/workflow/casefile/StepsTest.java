package nl.schuldhulp.workflow.casefile;

import static nl.schuldhulp.workflow.casefile.CaseDriver.BT;
import static nl.schuldhulp.workflow.casefile.CaseDriver.COACH;
import static nl.schuldhulp.workflow.casefile.CaseDriver.day;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.schuldhulp.workflow.definition.Assignee;
import nl.schuldhulp.workflow.definition.Guard;
import nl.schuldhulp.workflow.definition.LeadRule;
import nl.schuldhulp.workflow.definition.Phase;
import nl.schuldhulp.workflow.definition.Step;
import nl.schuldhulp.workflow.definition.TaskTemplate;
import nl.schuldhulp.workflow.definition.Term;
import nl.schuldhulp.workflow.definition.Transition;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.testing.SampleDefinitions;
import org.junit.jupiter.api.Test;

/** Steps, transitions, guards and the tasks created on entering a step. */
class StepsTest {

  @Test
  void registrationEntersTheEntryStepWithItsPhaseAndTasks() {
    CaseDriver driver = CaseDriver.kanteling().registered();

    assertThat(driver.state.step()).isEqualTo("melding");
    assertThat(driver.state.phase()).isEqualTo(Phase.REGISTRATION);
    assertThat(driver.state.tasks()).extracting(Task::template).containsExactly("kennismaking-plannen");
    assertThat(driver.state.phaseHistory()).containsExactly(new PhaseEntry(Phase.REGISTRATION, day(0)));
  }

  @Test
  void enteringAStepCreatesItsTasksWithDueDatesInWorkingDays() {
    CaseDriver driver = CaseDriver.kanteling().registered();

    // registered Monday 4 March 2024; 5 working days later is Monday 11 March
    assertThat(driver.state.tasks().get(0).due()).isEqualTo(LocalDate.of(2024, 3, 11));
  }

  @Test
  void enteringAStepCreatesTasksWithDueDatesInCalendarWeeks() {
    CaseDriver driver = CaseDriver.kanteling().atHomeVisit();

    // entered on Tuesday 5 March; one week later
    assertThat(driver.state.task(driver.task("post-verzamelen")).orElseThrow().due()).isEqualTo(LocalDate.of(2024, 3, 12));
  }

  @Test
  void rejectsLeavingAStepWhileItsRequiredTasksAreOpen() {
    CaseDriver driver = CaseDriver.kanteling().registered();

    assertThat(driver.reject(new Command.MoveCase(BT, day(1), "huisbezoek")).rule())
        .isEqualTo(RuleCode.REQUIRED_TASKS_OPEN);
  }

  @Test
  void rejectsAMoveAlongATransitionTheDefinitionDoesNotHave() {
    CaseDriver driver = CaseDriver.kanteling().registered();
    driver.accept(new Command.CompleteTask(BT, day(1), driver.task("kennismaking-plannen")));

    assertThat(driver.reject(new Command.MoveCase(BT, day(1), "nazorg")).rule())
        .isEqualTo(RuleCode.TRANSITION_NOT_DEFINED);
  }

  @Test
  void rejectsAMoveWhoseGuardDoesNotHold() {
    CaseDriver driver = CaseDriver.kanteling().stabilised();
    Actor weni = CaseDriver.COUNSELLOR;

    // the move to driegesprek-aanbod needs a financien score of at least 3
    driver.accept(new Command.RecordAssessment(weni, day(5), "financien", 2));
    assertThat(driver.reject(new Command.MoveCase(weni, day(5), "driegesprek-aanbod")).rule())
        .isEqualTo(RuleCode.GUARD_NOT_MET);

    driver.accept(new Command.RecordAssessment(weni, day(6), "financien", 3));
    driver.accept(new Command.MoveCase(weni, day(6), "driegesprek-aanbod"));
    assertThat(driver.state.step()).isEqualTo("driegesprek-aanbod");
  }

  @Test
  void aMoveRecordsTheStepLeftAndAddsThePhaseToTheHistoryWhenItChanges() {
    CaseDriver driver = CaseDriver.kanteling().registered();
    driver.accept(new Command.CompleteTask(BT, day(1), driver.task("kennismaking-plannen")));

    List<Event> events = driver.accept(new Command.MoveCase(BT, day(1), "huisbezoek"));

    assertThat(events.get(0).change()).isEqualTo(new Change.StepEntered("huisbezoek", Phase.INTAKE, "melding"));
    assertThat(driver.state.phaseHistory()).extracting(PhaseEntry::phase).containsExactly(Phase.REGISTRATION, Phase.INTAKE);
  }

  @Test
  void guardsOnFactsChooseTheRouteAfterTheOffer() {
    CaseDriver driver = CaseDriver.kanteling().stabilised();
    Actor weni = CaseDriver.COUNSELLOR;
    driver.accept(new Command.RecordAssessment(weni, day(5), "financien", 4));
    driver.accept(new Command.MoveCase(weni, day(5), "driegesprek-aanbod"));
    driver.accept(new Command.RecordFact(weni, day(6), "spoor", "3"));

    // spoor 3 also needs admission
    assertThat(driver.reject(new Command.MoveCase(weni, day(6), "dienstverlening-weni")).rule())
        .isEqualTo(RuleCode.GUARD_NOT_MET);
    assertThat(driver.reject(new Command.MoveCase(weni, day(6), "begeleiding-buurtteam")).rule())
        .isEqualTo(RuleCode.GUARD_NOT_MET);
    driver.accept(new Command.DecideAccess(weni, day(7), AccessOutcome.ADMITTED, LocalDate.of(2024, 3, 11), "voldoet"));
    driver.accept(new Command.MoveCase(weni, day(7), "dienstverlening-weni"));
    assertThat(driver.state.phase()).isEqualTo(Phase.SOLUTION);
  }

  @Test
  void rejectsTheLowerPriorityTransitionWhileAHigherOneIsEnabled() {
    WorkflowDefinition minimal = SampleDefinitions.minimal();
    WorkflowDefinition prioritised = minimal.toBuilder()
        .replaceStep(minimal.step("aanmelding").orElseThrow().toBuilder().clearTransitions()
            .transition(Transition.to("afronding"))
            .transition(new Transition("spoed", Guard.always(), 1, "spoed"))
            .build())
        .step(Step.builder("spoed", "Spoed", Phase.STABILISATION).lead(LeadRule.clientLead("sdv"))
            .task(new TaskTemplate("bel", "Bel de cliënt", Assignee.role("sdv", "consulent"), Term.days(1), false, false))
            .transition(Transition.to("afronding")).build())
        .build();
    CaseDriver driver = new CaseDriver(prioritised);
    Actor consulent = Actor.professional("sdv", "consulent", "c-1");
    driver.accept(new Command.RegisterCase(consulent, day(0), "loket", List.of("client-1")));

    assertThat(driver.reject(new Command.MoveCase(consulent, day(0), "afronding")).rule())
        .isEqualTo(RuleCode.HIGHER_PRIORITY_TRANSITION_ENABLED);
    driver.accept(new Command.MoveCase(consulent, day(0), "spoed"));
    assertThat(driver.state.tasks()).extracting(Task::template).containsExactly("bel");
  }

  @Test
  void taskOwnersOutsideTheCaseBecomeInvolvedWhenTheirTaskIsCreated() {
    CaseDriver driver = CaseDriver.kanteling().atAdvice();

    assertThat(driver.state.involves(SampleDefinitions.WENI)).isTrue();
    driver.accept(new Command.CompleteTask(COACH, day(3), driver.task("actielijst")));
  }
}
