package nl.schuldhulp.workflow.store;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import nl.schuldhulp.workflow.casefile.CaseId;
import nl.schuldhulp.workflow.casefile.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link EventStore} that hands every event appended through it to a subscriber, so read models
 * such as an {@code Agenda} stay current without scanning the store:
 *
 * <pre>{@code
 * Agenda agenda = Agenda.of(List.of(definition), calendar);
 * EventStore store = PublishingEventStore.of(new InMemoryEventStore(), agenda::apply);
 * CaseService service = CaseService.of(Cases.engine(definition, calendar), store);
 * }</pre>
 *
 * <p>The subscriber sees an event only after its append succeeded (never after a {@link
 * ConcurrencyConflict}), exactly once, and a case's events in version order: appends to one case
 * and their publication are serialised, appends to different cases mostly run side by side (a
 * fixed set of locks, chosen by case). Only appends made through this instance are published;
 * subscribe before the first append, or feed the subscriber what the store held before. The
 * subscriber runs on the appending thread while the case's lock is held, so it must be quick and
 * must not append to this store. A subscriber that throws is logged at WARN and the append stands.
 *
 * <p>This class is threadsafe; the subscriber must be too, as cases publish concurrently.
 */
public final class PublishingEventStore implements EventStore {
  private static final Logger log = LoggerFactory.getLogger(PublishingEventStore.class);
  private static final int LOCKS = 64; // a power of two

  private final EventStore store;
  private final Consumer<? super Event> subscriber;
  private final Object[] locks = new Object[LOCKS];

  private PublishingEventStore(EventStore store, Consumer<? super Event> subscriber) {
    this.store = Objects.requireNonNull(store, "store");
    this.subscriber = Objects.requireNonNull(subscriber, "subscriber");
    for (int i = 0; i < LOCKS; i++) {
      locks[i] = new Object();
    }
  }

  /** {@code store}, publishing every event appended through the result to {@code subscriber}. */
  public static PublishingEventStore of(EventStore store, Consumer<? super Event> subscriber) {
    return new PublishingEventStore(store, subscriber);
  }

  @Override
  public void append(CaseId caseId, long expectedVersion, List<Event> events) {
    Objects.requireNonNull(caseId, "caseId");
    synchronized (lockOf(caseId)) {
      store.append(caseId, expectedVersion, events);
      for (Event event : events) {
        try {
          subscriber.accept(event);
        } catch (RuntimeException e) {
          log.warn("subscriber failed on event {} of case {}; the event is stored", event.version(), caseId, e);
        }
      }
    }
  }

  @Override
  public List<Event> read(CaseId caseId) {
    return store.read(caseId);
  }

  @Override
  public List<Event> read(CaseId caseId, long afterVersion) {
    return store.read(caseId, afterVersion);
  }

  @Override
  public List<CaseId> cases() {
    return store.cases();
  }

  private Object lockOf(CaseId caseId) {
    int hash = caseId.hashCode();
    return locks[(hash ^ (hash >>> 16)) & (LOCKS - 1)];
  }
}
