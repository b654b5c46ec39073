package nl.schuldhulp.workflow.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import nl.schuldhulp.workflow.casefile.Actor;
import nl.schuldhulp.workflow.casefile.CaseId;
import nl.schuldhulp.workflow.casefile.Change;
import nl.schuldhulp.workflow.casefile.ContactChannel;
import nl.schuldhulp.workflow.casefile.ContactDirection;
import nl.schuldhulp.workflow.casefile.Event;
import org.junit.jupiter.api.Test;

/** The in-memory event store: optimistic concurrency, reading, listing. */
class InMemoryEventStoreTest {
  static final CaseId CASE = CaseId.of("case-1");

  static Event contact(CaseId caseId, long version, String writer) {
    return new Event(caseId, version, Instant.parse("2024-03-04T08:00:00Z"), Actor.professional("sdv", "consulent", writer),
        new Change.ContactRecorded(ContactChannel.PHONE, ContactDirection.OUTBOUND, true));
  }

  @Test
  void appendedEventsAreReadBackInOrder() {
    InMemoryEventStore store = new InMemoryEventStore();
    store.append(CASE, 0, List.of(contact(CASE, 1, "a"), contact(CASE, 2, "a")));
    store.append(CASE, 2, List.of(contact(CASE, 3, "b")));

    assertThat(store.read(CASE)).extracting(Event::version).containsExactly(1L, 2L, 3L);
    assertThat(store.read(CASE, 2)).extracting(Event::version).containsExactly(3L);
  }

  @Test
  void aStaleWriterGetsAConflictAndNothingIsWritten() {
    InMemoryEventStore store = new InMemoryEventStore();
    store.append(CASE, 0, List.of(contact(CASE, 1, "a")));

    assertThatThrownBy(() -> store.append(CASE, 0, List.of(contact(CASE, 1, "b"), contact(CASE, 2, "b"))))
        .isInstanceOfSatisfying(ConcurrencyConflict.class, conflict -> {
          assertThat(conflict.expectedVersion()).isZero();
          assertThat(conflict.actualVersion()).isEqualTo(1);
          assertThat(conflict.caseId()).isEqualTo(CASE);
        });
    assertThat(store.read(CASE)).extracting(event -> ((Actor.Professional) event.actor()).professional())
        .containsExactly("a");
  }

  @Test
  void rejectsEventsOfAnotherCaseOrWithAGapInTheirVersions() {
    InMemoryEventStore store = new InMemoryEventStore();

    assertThatThrownBy(() -> store.append(CASE, 0, List.of(contact(CaseId.of("other"), 1, "a"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.append(CASE, 0, List.of(contact(CASE, 2, "a"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.read(CASE)).isEmpty();
    assertThat(store.cases()).isEmpty();
  }

  @Test
  void listsCasesInTheOrderTheyWereFirstAppended() {
    InMemoryEventStore store = new InMemoryEventStore();
    CaseId second = CaseId.of("case-2");
    store.append(second, 0, List.of(contact(second, 1, "a")));
    store.append(CASE, 0, List.of(contact(CASE, 1, "a")));
    store.append(second, 1, List.of(contact(second, 2, "a")));

    assertThat(store.cases()).containsExactly(second, CASE);
    assertThat(store.read(CaseId.of("unknown"))).isEmpty();
  }

  @Test
  void listsCasesAsASnapshotThatLaterAppendsLeaveAlone() {
    InMemoryEventStore store = new InMemoryEventStore();
    store.append(CASE, 0, List.of(contact(CASE, 1, "a")));
    List<CaseId> before = store.cases();
    CaseId second = CaseId.of("case-2");
    store.append(second, 0, List.of(contact(second, 1, "a")));

    assertThat(before).containsExactly(CASE);
    assertThat(store.cases()).containsExactly(CASE, second);
  }
}
