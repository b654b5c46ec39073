package nl.schuldhulp.workflow.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import nl.schuldhulp.workflow.casefile.CaseId;
import nl.schuldhulp.workflow.casefile.Event;

/**
 * The embedded default {@link EventStore}: events in memory, one lock per case, so appends to
 * different cases never wait on each other and two writers to one case never interleave. The list
 * of cases is appended to in O(1) (a first append to a case holds its lock briefly) and {@link
 * #cases()} copies it, so listing costs O(cases) and appending stays O(events) however many cases
 * there are.
 *
 * <p>This class is threadsafe.
 */
public final class InMemoryEventStore implements EventStore {
  private final ConcurrentMap<CaseId, List<Event>> streams = new ConcurrentHashMap<>();
  private final List<CaseId> order = new ArrayList<>(); // guarded by itself

  @Override
  public void append(CaseId caseId, long expectedVersion, List<Event> events) {
    Objects.requireNonNull(caseId, "caseId");
    List<Event> batch = List.copyOf(events);
    for (int i = 0; i < batch.size(); i++) {
      Event event = batch.get(i);
      if (!event.caseId().equals(caseId) || event.version() != expectedVersion + 1 + i) {
        throw new IllegalArgumentException("event " + event.version() + " of case " + event.caseId()
            + " does not follow version " + (expectedVersion + i) + " of case " + caseId);
      }
    }
    List<Event> stream = streams.computeIfAbsent(caseId, id -> new ArrayList<>());
    synchronized (stream) {
      if (stream.size() != expectedVersion) {
        throw new ConcurrencyConflict(caseId, expectedVersion, stream.size());
      }
      if (stream.isEmpty() && !batch.isEmpty()) {
        synchronized (order) {
          order.add(caseId);
        }
      }
      stream.addAll(batch);
    }
  }

  @Override
  public List<Event> read(CaseId caseId) {
    return read(caseId, 0);
  }

  @Override
  public List<Event> read(CaseId caseId, long afterVersion) {
    List<Event> stream = streams.get(Objects.requireNonNull(caseId, "caseId"));
    if (stream == null) {
      return List.of();
    }
    synchronized (stream) {
      int from = (int) Math.min(Math.max(afterVersion, 0), stream.size());
      return List.copyOf(stream.subList(from, stream.size()));
    }
  }

  @Override
  public List<CaseId> cases() {
    synchronized (order) {
      return List.copyOf(order);
    }
  }
}
