package nl.schuldhulp.workflow.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.testing.SampleDefinitions;
import org.junit.jupiter.api.Test;

/**
 * The harness can fail: each planted defect is found by the property check and by the model check,
 * each with a minimal trace (issue 6).
 */
class PlantedDefectsTest {

  private static WorkflowVerifier verifier(WorkflowDefinition definition) {
    return WorkflowVerifier.of(definition).commands(600).seed(7L);
  }

  private static void assertPropertyFinds(PropertyReport report, String invariant, int steps) {
    assertThat(report.passed()).as(report.text()).isFalse();
    assertThat(report.failure()).as(report.text()).contains(invariant);
    assertThat(report.counterexample()).as(report.text()).hasSize(steps);
    assertThat(report.text()).contains(".seed(7L)");
  }

  private static void assertModelFinds(ModelReport report, String invariant, int steps) {
    assertThat(report.passed()).isFalse();
    assertThat(report.violations()).as(report.text())
        .filteredOn(finding -> finding.what().startsWith("'" + invariant + "'"))
        .singleElement()
        .satisfies(finding -> assertThat(finding.trace()).as(report.text()).hasSize(steps));
  }

  @Test
  void findsARegieGapWithTheTwoStepsThatReachIt() {
    WorkflowVerifier verifier = verifier(Defects.regieGap());

    assertPropertyFinds(verifier.checkProperties(), StandardInvariants.NO_REGIE_GAP, 2);
    assertModelFinds(verifier.explore(), StandardInvariants.NO_REGIE_GAP, 2);
  }

  @Test
  void findsAStepWithoutExitAsADeadEndAndAsAStepWithoutWayOut() {
    WorkflowVerifier verifier = verifier(Defects.stepWithoutExit());

    assertPropertyFinds(verifier.checkProperties(), StandardInvariants.WAY_OUT, 2);
    ModelReport model = verifier.explore();
    assertModelFinds(model, StandardInvariants.WAY_OUT, 2);
    assertThat(model.deadEnds()).singleElement().satisfies(deadEnd -> {
      assertThat(deadEnd.what()).contains("vanuit stap wachten");
      assertThat(deadEnd.trace()).hasSize(2);
      assertThat(deadEnd.trace().get(1)).contains("zet de zaak door naar wachten");
    });
  }

  @Test
  void findsATransitionThatAHigherPriorityAlwaysShadowsAndTheStepItLeadsTo() {
    ModelReport model = verifier(Defects.shadowedTransition()).explore();

    assertThat(model.complete()).isTrue();
    assertThat(model.unreachableSteps()).containsExactly("archief");
    assertThat(model.neverFired()).containsExactly("aanmelding -> archief (archief)");
    assertThat(model.violations()).isEmpty();
    assertThat(model.text()).contains("Onbereikbare stappen: archief", "aanmelding -> archief");
  }

  @Test
  void findsAnEngineThatLetsACaseLeaveAStepWithRequiredTasksOpen() {
    WorkflowDefinition kanteling = SampleDefinitions.kanteling();
    WorkflowVerifier verifier = verifier(kanteling).engine(Defects.ignoringRequiredTasks(kanteling));

    PropertyReport properties = verifier.checkProperties();
    assertPropertyFinds(properties, StandardInvariants.MUST_REFUSE, 2);
    assertThat(properties.counterexample().get(1)).contains("zet de zaak door naar huisbezoek", "verplichte taken");
    assertModelFinds(verifier.explore(), StandardInvariants.MUST_REFUSE, 2);
  }

  @Test
  void findsAnEngineThatChangesAClosedCase() {
    WorkflowVerifier verifier = verifier(SampleDefinitions.minimal())
        .engine(Defects.changingClosedCases(SampleDefinitions.minimal()));

    assertPropertyFinds(verifier.checkProperties(), StandardInvariants.CLOSED, 4);
    assertModelFinds(verifier.explore(), StandardInvariants.CLOSED, 4);
  }

  @Test
  void findsAnEngineWhoseStateDiffersFromTheReplayedEvents() {
    WorkflowDefinition kanteling = SampleDefinitions.kanteling();
    WorkflowVerifier verifier = verifier(kanteling).engine(Defects.forgettingCompletedTasks(kanteling));

    assertPropertyFinds(verifier.checkProperties(), StandardInvariants.REPLAY, 2);
    assertModelFinds(verifier.explore(), StandardInvariants.REPLAY, 2);
  }

  @Test
  void findsAnEngineThatLetsAParticipantEndWhileOwningOpenTasks() {
    WorkflowDefinition kanteling = SampleDefinitions.kanteling();
    PropertyReport properties = verifier(kanteling).commands(20_000)
        .engine(Defects.endingParticipantsWithOpenTasks(kanteling)).checkProperties();

    assertThat(properties.passed()).as(properties.text()).isFalse();
    assertThat(properties.failure()).as(properties.text()).contains(StandardInvariants.MUST_REFUSE, "open taken (R-17)");
    assertThat(String.join("\n", properties.counterexample())).contains("laat", "deelnemen", "beëindigt de deelname");
  }

  @Test
  void findsAViolatedUserInvariantWithTheShortestRouteIntoStabilisation() {
    WorkflowVerifier verifier = verifier(SampleDefinitions.kanteling())
        .invariant("geen zaak komt in stabilisatie", state -> !state.step().equals("stabilisatie"));

    assertPropertyFinds(verifier.commands(3_000).checkProperties(), "geen zaak komt in stabilisatie", 7);
    assertModelFinds(verifier.explore(), "geen zaak komt in stabilisatie", 7);
  }
}
