package nl.schuldhulp.workflow.time;

import static nl.schuldhulp.workflow.time.CaseScript.START;
import static nl.schuldhulp.workflow.time.CaseScript.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.schuldhulp.workflow.casefile.Event;
import nl.schuldhulp.workflow.definition.AppointmentKind;
import nl.schuldhulp.workflow.definition.Norms;
import org.junit.jupiter.api.Test;

/** Example tests of {@link NormTracker}: folding on, branching, and what it refuses. */
class NormTrackerTest {

  @Test
  void aBranchFoldsOnWithoutChangingTheTrackerItCameFrom() {
    CaseScript script = CaseScript.registered();
    List<Event> registration = List.copyOf(script.events);
    script.held(on("2024-03-14", 10), AppointmentKind.INTAKE);
    NormTracker registered = NormTracker.of(script.definition, CaseScript.CALENDAR).after(registration);

    NormTracker held = registered.after(script.events.subList(registration.size(), script.events.size()));

    assertThat(status(held, on("2024-03-20", 12)))
        .isEqualTo(new NormStatus.Met(Norms.FIRST_CONVERSATION, START, LocalDate.of(2024, 4, 1), on("2024-03-14", 10)));
    assertThat(status(registered, on("2024-03-20", 12)))
        .isEqualTo(new NormStatus.Pending(Norms.FIRST_CONVERSATION, START, LocalDate.of(2024, 4, 1), false));
  }

  @Test
  void beforeAnyEventEveryNormIsNotApplicable() {
    NormTracker tracker = NormTracker.of(CaseScript.registered().definition, CaseScript.CALENDAR);

    assertThat(tracker.statuses(START)).isNotEmpty().allSatisfy(status ->
        assertThat(status).isEqualTo(new NormStatus.NotApplicable(status.norm(), "de zaak is nog niet aangemeld")));
    assertThat(tracker.after(List.of())).isSameAs(tracker);
  }

  @Test
  void refusesAnInstantBeforeTheLastEventAndEventsOutOfOrder() {
    CaseScript script = CaseScript.registered().held(on("2024-03-14", 10), AppointmentKind.INTAKE);
    NormTracker tracker = NormTracker.of(script.definition, CaseScript.CALENDAR).after(script.events);
    Event last = script.events.get(script.events.size() - 1);

    assertThatThrownBy(() -> tracker.statuses(on("2024-03-14", 9)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("use NormEvaluator");
    Event earlier = new Event(last.caseId(), last.version() + 1, on("2024-03-13", 9), last.actor(), last.change());
    assertThatThrownBy(() -> tracker.after(List.of(earlier)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is before the event before it");
  }

  private static NormStatus status(NormTracker tracker, Instant at) {
    return tracker.statuses(at).stream().filter(s -> s.norm().equals(Norms.FIRST_CONVERSATION)).findFirst().orElseThrow();
  }
}
