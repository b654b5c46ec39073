package nl.schuldhulp.workflow.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import nl.schuldhulp.workflow.casefile.CaseId;
import nl.schuldhulp.workflow.casefile.CaseState;
import nl.schuldhulp.workflow.casefile.Cases;
import nl.schuldhulp.workflow.casefile.Task;
import nl.schuldhulp.workflow.definition.LeadKind;
import org.junit.jupiter.api.Test;

/** The scenarios measure what they claim to measure. */
class WorkloadTest {
  private final Workload workload = new Workload();
  private final CaseId id = CaseId.of("2024-000001");

  @Test
  void theMidProcessCaseHasRegieHeldThreeOpenTasksAndOneAppointment() {
    CaseState state = workload.midProcess(id);

    assertThat(state.step()).isEqualTo(Workload.STABILISATION);
    assertThat(state.leadHolder(LeadKind.CLIENT_LEAD)).contains("sdv");
    assertThat(state.handovers()).isEmpty();
    assertThat(state.tasks()).filteredOn(Task::open).hasSize(3);
    assertThat(state.appointments()).hasSize(1);
  }

  @Test
  void replayingTheTwentyEventsRebuildsTheMidProcessCase() {
    assertThat(workload.history(id)).hasSize(Restore.EVENTS);
    assertThat(Cases.replay(id, workload.history(id))).isEqualTo(workload.midProcess(id));
  }

  @Test
  void theJourneyPassesThroughTheMidProcessCaseIntoTheOfferMeeting() {
    Workload.Journey journey = workload.journey(id, "client-1", Workload.START);

    assertThat(journey.events().subList(0, journey.ends()[CaseLoad.SHAPES[4]])).isEqualTo(workload.history(id));
    assertThat(Cases.replay(id, journey.events()).step()).isEqualTo(Workload.OFFER);
  }

  @Test
  void theGuardedMoveIsAcceptedOnceTheRequiredTasksAreDoneAndTheSituationIsStable() {
    CaseState ready = workload.readyToLeaveStabilisation(id);

    assertThat(workload.apply(ready, workload.leaveStabilisation).step()).isEqualTo(Workload.OFFER);
  }

  @Test
  void theGuardedMoveIsRefusedInTheMidProcessCase() {
    assertThat(workload.engine.decide(workload.midProcess(id), workload.leaveStabilisation).accepted()).isFalse();
  }
}
