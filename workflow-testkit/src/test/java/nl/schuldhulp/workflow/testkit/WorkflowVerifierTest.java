package nl.schuldhulp.workflow.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import nl.schuldhulp.workflow.casefile.Command;
import java.util.Set;
import nl.schuldhulp.workflow.casefile.Decision;
import nl.schuldhulp.workflow.casefile.RuleCode;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.testing.SampleDefinitions;
import nl.schuldhulp.workflow.testkit.property.Property;
import nl.schuldhulp.workflow.testkit.property.PropertyResult;
import nl.schuldhulp.workflow.validation.DefinitionValidator;
import nl.schuldhulp.workflow.validation.ProblemCode;
import org.junit.jupiter.api.Test;

/** The sample definitions pass both checks; the generator goes deep and plants every kind of refusal. */
class WorkflowVerifierTest {

  @Test
  void kantelingIsSoundByBothChecks() {
    VerificationReport report = WorkflowVerifier.of(SampleDefinitions.kanteling()).commands(1_000).seed(42).check();

    report.assertPassed();
    assertThat(report.model().complete()).isTrue();
    assertThat(report.model().states()).isGreaterThan(SampleDefinitions.kanteling().steps().size());
    assertThat(report.text()).contains("seed 42", "toestanden verkend", "grens 20000 toestanden", "volledig verkend");
  }

  @Test
  void minimalIsSoundByBothChecks() {
    VerificationReport report = WorkflowVerifier.of(SampleDefinitions.minimal()).commands(500).seed(1).check();

    report.assertPassed();
    assertThat(report.model().unreachableSteps()).isEmpty();
    assertThat(report.model().neverFired()).isEmpty();
  }

  /**
   * The family-approach fixture uses three kinds of regie and names a holder of each in every step,
   * as the definition validator requires: sound by both checks, every step reachable,
   * closure always reachable, every transition fires.
   */
  @Test
  void gezinsaanpakIsSoundByBothChecks() {
    WorkflowDefinition gezinsaanpak = SampleDefinitions.gezinsaanpak();
    VerificationReport report = WorkflowVerifier.of(gezinsaanpak).commands(1_000).seed(9).check();

    assertThat(DefinitionValidator.validate(gezinsaanpak).isValid()).isTrue();
    report.assertPassed();
    assertThat(report.model().complete()).isTrue();
    assertThat(report.model().unreachableSteps()).isEmpty();
    assertThat(report.model().deadEnds()).isEmpty();
    assertThat(report.model().neverFired()).isEmpty();
  }

  @Test
  void thePlantedRegieGapIsWhatTheValidatorCallsAMissingLead() {
    assertThat(DefinitionValidator.validate(Defects.regieGap()).problems(ProblemCode.MISSING_LEAD)).hasSize(1);
  }

  @Test
  void theReadmeExamplePasses() {
    WorkflowVerifier.of(SampleDefinitions.kanteling())
        .commands(1_000)
        .seed(42)
        .invariant("nazorg alleen na een schuldregelingsvoorstel", state -> !state.step().equals("nazorg")
            || state.tasks().stream().anyMatch(task -> task.template().equals("voorstel") && !task.open()))
        .check()
        .assertPassed();
  }

  @Test
  void generatedCasesReachEveryStepAndEveryKindOfRefusal() {
    WorkflowDefinition kanteling = SampleDefinitions.kanteling();
    Set<String> steps = new HashSet<>();
    Set<RuleCode> refusals = EnumSet.noneOf(RuleCode.class);
    int[] mustRefuse = new int[1];
    WorkflowVerifier.of(kanteling).commands(3_000).seed(3)
        .stepInvariant("verzamelt wat er gebeurt", step -> {
          if (step.after().registered()) {
            steps.add(step.after().step());
          }
          if (step.decision() instanceof Decision.Rejected rejected) {
            refusals.add(rejected.rejection().rule());
          }
          mustRefuse[0] += step.mustBeRefused() ? 1 : 0;
          return true;
        })
        .checkProperties()
        .assertPassed();

    assertThat(steps).containsExactlyInAnyOrderElementsOf(
        kanteling.steps().stream().map(nl.schuldhulp.workflow.definition.Step::id).toList());
    assertThat(refusals).contains(RuleCode.ACTOR_NOT_INVOLVED, RuleCode.ROLE_NOT_ALLOWED, RuleCode.TRANSITION_NOT_DEFINED,
        RuleCode.REQUIRED_TASKS_OPEN, RuleCode.INSTANT_BEFORE_LAST_EVENT, RuleCode.CASE_CLOSED,
        RuleCode.NOT_LEAD_HOLDER, RuleCode.NOT_HANDOVER_RECEIVER, RuleCode.CASE_NOT_CLOSED);
    assertThat(mustRefuse[0]).isGreaterThan(100);
  }

  @Test
  void generatedCasesServeAsValuesOfAPropertyOfYourOwnAndShrink() {
    PropertyResult<List<CaseStep>> result = Property.forAll(WorkflowVerifier.of(SampleDefinitions.minimal()).cases())
        .seed(4)
        .check(steps -> steps.stream().noneMatch(step -> step.after().registered() && step.after().closed()));

    assertThat(result).isInstanceOfSatisfying(PropertyResult.Failed.class, failed ->
        assertThat((List<?>) failed.shrunk()).hasSize(3));
  }

  @Test
  void generatedCasesRefuseEndingAParticipationWhileItsPositionOwnsOpenTasks() {
    PropertyResult<List<CaseStep>> result = Property.forAll(WorkflowVerifier.of(SampleDefinitions.kanteling()).cases())
        .seed(4)
        .check(steps -> steps.stream().noneMatch(step -> step.command() instanceof Command.EndParticipation
            && step.refusalExpected().contains("open taken") && !step.accepted()));

    assertThat(result).isInstanceOf(PropertyResult.Failed.class);
  }

  @Test
  void theSameSeedGivesTheSameReport() {
    WorkflowVerifier verifier = WorkflowVerifier.of(Defects.regieGap()).commands(300).seed(11);

    assertThat(verifier.checkProperties()).isEqualTo(verifier.checkProperties());
  }

  @Test
  void aFailedCheckThrowsItsReportAsAssertionError() {
    VerificationReport report = WorkflowVerifier.of(Defects.regieGap()).commands(300).seed(5).check();

    assertThat(report.passed()).isFalse();
    assertThatThrownBy(report::assertPassed).isInstanceOf(AssertionError.class)
        .hasMessageContaining(StandardInvariants.NO_REGIE_GAP)
        .hasMessageContaining("stap afronding wijst niemand aan voor regie op de klant")
        .hasMessageContaining("Herhaal met .seed(5L)")
        .hasMessageContaining("meldt de zaak aan via loket");
  }

  @Test
  void anExplorationCutOffByItsBoundSaysSoAndDoesNotPass() {
    ModelReport report = WorkflowVerifier.of(SampleDefinitions.kanteling()).maxStates(25).explore();

    assertThat(report.complete()).isFalse();
    assertThat(report.states()).isEqualTo(25);
    assertThat(report.passed()).isFalse();
    assertThat(report.text()).contains("grens 25 toestanden", "GRENS BEREIKT");
  }

  @Test
  void aStateInvariantIsCheckedOnlyOnRegisteredStates() {
    CaseInvariant invariant = CaseInvariant.onState("heeft een stap", state -> !state.step().isBlank());

    WorkflowVerifier.of(SampleDefinitions.minimal()).commands(200).seed(2).invariant(invariant).check().assertPassed();
  }
}
