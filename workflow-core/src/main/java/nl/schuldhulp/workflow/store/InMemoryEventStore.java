package nl.schuldhulp.workflow.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.schuldhulp.workflow.casefile.CaseId;
import nl.schuldhulp.workflow.casefile.Event;

/**
 * The embedded default {@link EventStore}: events in memory, one lock per case, so appends to
 * different cases never wait on each other and two writers to one case never interleave.
 *
 * <p>This class is threadsafe.
 */
public final class InMemoryEventStore implements EventStore {
  private final ConcurrentMap<CaseId, List<Event>> streams = new ConcurrentHashMap<>();
  private final List<CaseId> order = new CopyOnWriteArrayList<>();

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
        order.add(caseId);
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
    return List.copyOf(order);
  }
}
