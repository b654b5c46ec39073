package nl.schuldhulp.workflow.store;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.schuldhulp.workflow.casefile.CaseId;
import nl.schuldhulp.workflow.casefile.CaseState;

/**
 * The latest known states of at most {@code capacity} cases, least recently used evicted first; a
 * state never replaces a newer one. Capacity 0 keeps nothing. Threadsafe: one lock, held only for
 * a map operation.
 */
final class StateCache {
  private final int capacity;
  private final LinkedHashMap<CaseId, CaseState> states;

  StateCache(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("the number of cached cases (" + capacity + ") must not be negative");
    }
    this.capacity = capacity;
    this.states = new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<CaseId, CaseState> eldest) {
        return size() > StateCache.this.capacity;
      }
    };
  }

  /** The cached state of {@code caseId}, or {@code unregistered} when none is cached. */
  synchronized CaseState get(CaseId caseId, CaseState unregistered) {
    return states.getOrDefault(caseId, unregistered);
  }

  /** Keeps {@code state} unless a newer state of its case is cached. */
  synchronized void offer(CaseState state) {
    if (capacity > 0) {
      states.merge(state.id(), state, (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
    }
  }

  synchronized int size() {
    return states.size();
  }
}
