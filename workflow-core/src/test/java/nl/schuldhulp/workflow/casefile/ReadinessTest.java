package nl.schuldhulp.workflow.casefile;

import static nl.schuldhulp.workflow.casefile.CaseDriver.CLIENT;
import static nl.schuldhulp.workflow.casefile.CaseDriver.COACH;
import static nl.schuldhulp.workflow.casefile.CaseDriver.COUNSELLOR;
import static nl.schuldhulp.workflow.casefile.CaseDriver.day;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.schuldhulp.workflow.definition.Phase;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.testing.SampleDefinitions;
import org.junit.jupiter.api.Test;

/** A readiness decision before the solution phase. */
class ReadinessTest {
  private static final List<String> CRITERIA = List.of("motivatie", "vaardigheden", "oplosbaarheid", "stabiliteit");
  private static final String SOLUTION_STEP = "dienstverlening-weni";

  private static WorkflowDefinition withReadinessCriteria() {
    WorkflowDefinition kanteling = SampleDefinitions.kanteling();
    return kanteling.toBuilder().policy(kanteling.policy().withReadinessCriteria(CRITERIA)).build();
  }

  /** At the offer meeting with track 3 chosen and access granted: the solution step's guard holds. */
  private static CaseDriver readyToOffer(WorkflowDefinition definition) {
    CaseDriver driver = new CaseDriver(definition).stabilised();
    driver.accept(new Command.RecordAssessment(COACH, day(6), "financien", 3));
    driver.accept(new Command.MoveCase(COACH, day(6), "driegesprek-aanbod"));
    driver.accept(new Command.RecordFact(COACH, day(6), "spoor", "3"));
    driver.accept(new Command.DecideAccess(COUNSELLOR, day(6), AccessOutcome.ADMITTED, LocalDate.of(2024, 3, 10), "toegelaten"));
    return driver;
  }

  private static Command.RecordReadiness decision(boolean ready, List<String> criteria) {
    return new Command.RecordReadiness(COUNSELLOR, day(7), ready, criteria, ready ? "rijp: schulden oplosbaar" : "niet-rijp");
  }

  @Test
  void rejectsEnteringTheSolutionPhaseWithoutAReadinessDecision() {
    CaseDriver driver = readyToOffer(withReadinessCriteria());

    Rejection rejection = driver.reject(new Command.MoveCase(COACH, day(7), SOLUTION_STEP));

    assertThat(rejection.rule()).isEqualTo(RuleCode.READINESS_NOT_DECIDED);
    assertThat(rejection.reason()).isEqualTo("entering dienstverlening-weni (phase oplossen) needs a recorded decision"
        + " that the household is ready (R-58); none was recorded");
  }

  @Test
  void rejectsEnteringTheSolutionPhaseWhenTheLatestDecisionSaysNotReady() {
    CaseDriver driver = readyToOffer(withReadinessCriteria());
    driver.accept(decision(true, CRITERIA));
    driver.accept(decision(false, CRITERIA));

    assertThat(driver.reject(new Command.MoveCase(COACH, day(7), SOLUTION_STEP)).reason())
        .endsWith("the latest says it is not");
  }

  @Test
  void entersTheSolutionPhaseAfterAReadyDecisionThatNamesTheProfessionalAndTheCriteria() {
    CaseDriver driver = readyToOffer(withReadinessCriteria());

    List<Event> events = driver.accept(decision(true, List.of("stabiliteit", "motivatie", "oplosbaarheid", "vaardigheden")));
    driver.accept(new Command.MoveCase(COACH, day(7), SOLUTION_STEP));

    assertThat(CaseDriver.changes(events)).containsExactly(new Change.ReadinessRecorded(true,
        List.of("stabiliteit", "motivatie", "oplosbaarheid", "vaardigheden"), "rijp: schulden oplosbaar"));
    Readiness readiness = driver.state.readiness().orElseThrow();
    assertThat(readiness.decidedBy()).isEqualTo(COUNSELLOR);
    assertThat(readiness.decidedAt()).isEqualTo(day(7));
    assertThat(readiness.criteria()).containsExactlyInAnyOrderElementsOf(CRITERIA);
    assertThat(driver.state.phase()).isEqualTo(Phase.SOLUTION);
  }

  @Test
  void rejectsADecisionThatDoesNotAssessEachCriterionOnce() {
    CaseDriver driver = readyToOffer(withReadinessCriteria());

    Rejection missing = driver.reject(decision(true, List.of("motivatie", "vaardigheden", "oplosbaarheid")));
    assertThat(missing.rule()).isEqualTo(RuleCode.READINESS_CRITERIA_INVALID);
    assertThat(missing.reason()).isEqualTo("a readiness decision must assess each of [motivatie, vaardigheden, "
        + "oplosbaarheid, stabiliteit] once; it assessed [motivatie, vaardigheden, oplosbaarheid]");
    assertThat(driver.reject(decision(true, List.of("motivatie", "motivatie", "vaardigheden", "oplosbaarheid",
        "stabiliteit"))).rule()).isEqualTo(RuleCode.READINESS_CRITERIA_INVALID);
  }

  @Test
  void onlyAProfessionalRecordsAReadinessDecision() {
    CaseDriver driver = readyToOffer(withReadinessCriteria());

    assertThat(driver.reject(new Command.RecordReadiness(CLIENT, day(7), true, CRITERIA, "ik ben er klaar voor")).rule())
        .isEqualTo(RuleCode.ROLE_NOT_ALLOWED);
  }

  @Test
  void aDefinitionWithoutReadinessCriteriaAsksForNoDecision() {
    CaseDriver driver = readyToOffer(SampleDefinitions.kanteling());

    driver.accept(new Command.MoveCase(COACH, day(7), SOLUTION_STEP));

    assertThat(driver.state.readiness()).isEmpty();
    assertThat(driver.state.phase()).isEqualTo(Phase.SOLUTION);
  }
}
