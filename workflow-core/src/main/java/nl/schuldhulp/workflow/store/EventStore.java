package nl.schuldhulp.workflow.store;

import java.util.List;
import nl.schuldhulp.workflow.casefile.CaseId;
import nl.schuldhulp.workflow.casefile.Event;

/**
 * Where a case's events are kept (SPI). Appends are all-or-nothing and guarded by the expected
 * version (optimistic concurrency): a stale writer gets a {@link ConcurrencyConflict} and nothing
 * is written. {@link InMemoryEventStore} is the embedded default; vendors implement this for their
 * own database.
 *
 * <p>Implementations must be threadsafe.
 */
public interface EventStore {

  /**
   * Appends {@code events} to case {@code caseId} if its version is still {@code expectedVersion}.
   * The events must belong to the case and be numbered {@code expectedVersion + 1} on, without gaps.
   *
   * @throws ConcurrencyConflict if the case's version is not {@code expectedVersion}; nothing is
   *     written
   * @throws IllegalArgumentException if the events do not belong to the case or are misnumbered
   */
  void append(CaseId caseId, long expectedVersion, List<Event> events);

  /** Every event of the case, in version order; empty for an unknown case. */
  List<Event> read(CaseId caseId);

  /** The events of the case after {@code afterVersion}, in version order. */
  default List<Event> read(CaseId caseId, long afterVersion) {
    List<Event> all = read(caseId);
    return all.subList((int) Math.min(afterVersion, all.size()), all.size());
  }

  /** Every case with at least one event, in the order they were first appended. */
  List<CaseId> cases();
}
