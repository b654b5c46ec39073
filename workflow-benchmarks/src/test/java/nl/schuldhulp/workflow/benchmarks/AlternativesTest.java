package nl.schuldhulp.workflow.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each alternative runs the same step graph with the same guards as our engine. */
class AlternativesTest {
  private final StepGraph graph = new Workload().graph;

  @ParameterizedTest
  @ValueSource(strings = {Libraries.STATELESS4J, Libraries.SQUIRREL, Libraries.SPRING})
  void opensInTheEntryStep(String library) {
    Alternative<Object, Object> alternative = Libraries.named(library, graph);

    assertThat(alternative.state(alternative.open(new CaseData()))).isEqualTo("melding");
  }

  @ParameterizedTest
  @ValueSource(strings = {Libraries.STATELESS4J, Libraries.SQUIRREL, Libraries.SPRING})
  void takesTheGuardedMoveOnlyWhenTheGuardHolds(String library) {
    Alternative<Object, Object> alternative = Libraries.named(library, graph);
    CaseData data = new CaseData();
    Object machine = Libraries.openAt(alternative, graph, Workload.STABILISATION, data);

    assertThatThrownBy(() -> alternative.fire(machine, Workload.OFFER, data)).isInstanceOf(IllegalStateException.class);
    data.facts.put("situatie-stabiel", "ja");
    alternative.fire(machine, Workload.OFFER, data);
    assertThat(alternative.state(machine)).isEqualTo(Workload.OFFER);
  }

  @ParameterizedTest
  @ValueSource(strings = {Libraries.STATELESS4J, Libraries.SQUIRREL, Libraries.SPRING})
  void refusesAMoveWhileARequiredTaskIsOpen(String library) {
    Alternative<Object, Object> alternative = Libraries.named(library, graph);
    CaseData data = Workload.readyToLeaveStabilisation();
    Object machine = Libraries.openAt(alternative, graph, Workload.STABILISATION, data);
    data.openRequiredTasks = 1;

    assertThatThrownBy(() -> alternative.fire(machine, Workload.OFFER, data)).isInstanceOf(IllegalStateException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {Libraries.STATELESS4J, Libraries.SQUIRREL, Libraries.SPRING})
  void restoresAPersistedMachineInItsStep(String library) {
    Alternative<Object, Object> alternative = Libraries.named(library, graph);
    CaseData data = Workload.readyToLeaveStabilisation();
    Object persisted = alternative.persist(Libraries.openAt(alternative, graph, Workload.STABILISATION, data));

    Object restored = alternative.restore(persisted, data);

    assertThat(alternative.state(restored)).isEqualTo(Workload.STABILISATION);
    alternative.fire(restored, Workload.OFFER, data);
    assertThat(alternative.state(restored)).isEqualTo(Workload.OFFER);
  }
}
