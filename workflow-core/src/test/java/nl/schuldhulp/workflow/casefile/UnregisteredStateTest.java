package nl.schuldhulp.workflow.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;
import nl.schuldhulp.workflow.definition.Flag;
import nl.schuldhulp.workflow.definition.LeadKind;
import org.junit.jupiter.api.Test;

/** The state's javadoc, checked: which accessors throw before registration and what the others say. */
class UnregisteredStateTest {
  private final CaseState state = Cases.newCase(CaseId.of("nieuw"));

  @Test
  void theAccessorsOfRegistrationDataThrowBeforeRegistration() {
    List<Function<CaseState, Object>> registrationData = List.of(CaseState::lastEventAt, CaseState::definitionId,
        CaseState::definitionVersion, CaseState::entryPoint, CaseState::clients, CaseState::step, CaseState::phase,
        CaseState::registeredOn);

    for (Function<CaseState, Object> accessor : registrationData) {
      assertThatThrownBy(() -> accessor.apply(state)).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("not registered");
    }
  }

  @Test
  void everyOtherAccessorAnswersAsForACaseWhereNothingHappened() {
    assertThat(state.leadHolder(LeadKind.CLIENT_LEAD)).isEmpty();
    assertThat(state.leads()).isEmpty();
    assertThat(state.holdsLead("buurtteam")).isFalse();
    assertThat(state.handovers()).isEmpty();
    assertThat(state.declinedHandovers()).isEmpty();
    assertThat(state.tasks()).isEmpty();
    assertThat(state.appointments()).isEmpty();
    assertThat(state.facts()).isEmpty();
    assertThat(state.flags()).isEmpty();
    assertThat(state.flagged(Flag.CRISIS)).isFalse();
    assertThat(state.scores()).isEmpty();
    assertThat(state.activities()).isEmpty();
    assertThat(state.access()).isEqualTo(AccessStatus.UNDECIDED);
    assertThat(state.readiness()).isEmpty();
    assertThat(state.closures()).isEmpty();
    assertThat(state.closure()).isEmpty();
    assertThat(state.open()).isFalse();
    assertThat(state.closed()).isFalse();
    assertThat(state.involvedOrganisations()).isEmpty();
    assertThat(state.version()).isZero();
  }

  @Test
  void theLeadsMapListsHoldersInTheOrderOfTheirKinds() {
    CaseDriver driver = CaseDriver.kanteling().registered();

    assertThat(driver.state.leads()).containsExactly(java.util.Map.entry(LeadKind.CLIENT_LEAD, "buurtteam"));
    assertThat(driver.state.leads().get(LeadKind.PROCESS_LEAD)).isNull();
    assertThat(driver.state.leads()).isEqualTo(java.util.Map.of(LeadKind.CLIENT_LEAD, "buurtteam"));
    assertThat(driver.state.holdsLead("buurtteam")).isTrue();
  }
}
