package nl.schuldhulp.workflow.store;

import static nl.schuldhulp.workflow.internal.Preconditions.checkArgument;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.schuldhulp.workflow.casefile.ActionList;
import nl.schuldhulp.workflow.casefile.CaseEngine;
import nl.schuldhulp.workflow.casefile.CaseId;
import nl.schuldhulp.workflow.casefile.CaseState;
import nl.schuldhulp.workflow.casefile.Cases;
import nl.schuldhulp.workflow.casefile.Command;
import nl.schuldhulp.workflow.casefile.Decision;
import nl.schuldhulp.workflow.casefile.Event;
import nl.schuldhulp.workflow.casefile.OrganisationView;
import nl.schuldhulp.workflow.casefile.Rejection;
import nl.schuldhulp.workflow.casefile.RuleCode;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.time.BusinessCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The facade a vendor embeds: loads a case, decides a command, appends the events and returns the
 * new state or the rejection. On a concurrent append by another writer it reloads and decides
 * again (deciding is pure, so this is safe).
 *
 * <p>It caches the latest state of at most {@value #DEFAULT_CACHED_CASES} cases by default (set
 * another bound with {@link #of(CaseEngine, EventStore, int)}), least recently used evicted first;
 * a case that is not cached is replayed from the store. The cache only saves replays: every state
 * it answers is brought up to date with the store first.
 *
 * <pre>{@code
 * CaseService service = CaseService.inMemory(definition, calendar);
 * CaseService.Result result = service.handle(caseId, command);
 * Optional<OrganisationView> view = service.view(caseId, "corporatie");
 * }</pre>
 *
 * <p>This class is threadsafe.
 */
public final class CaseService {
  private static final Logger log = LoggerFactory.getLogger(CaseService.class);
  private static final int ATTEMPTS = 1_000;
  /** How many case states a service caches unless told otherwise. */
  public static final int DEFAULT_CACHED_CASES = 10_000;

  private final CaseEngine engine;
  private final EventStore store;
  private final int cachedCases;
  /** The latest known states, least recently used first; a state never replaces a newer one. Guarded by itself. */
  private final LinkedHashMap<CaseId, CaseState> cache = new LinkedHashMap<>(16, 0.75f, true);

  private CaseService(CaseEngine engine, EventStore store, int cachedCases) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.store = Objects.requireNonNull(store, "store");
    checkArgument(cachedCases >= 0, "the number of cached cases (%s) must not be negative", cachedCases);
    this.cachedCases = cachedCases;
  }

  /** A service for {@code definition} over a new {@link InMemoryEventStore}. */
  public static CaseService inMemory(WorkflowDefinition definition, BusinessCalendar calendar) {
    return of(Cases.engine(definition, calendar), new InMemoryEventStore());
  }

  /** A service running {@code engine} over {@code store}, caching {@value #DEFAULT_CACHED_CASES} cases. */
  public static CaseService of(CaseEngine engine, EventStore store) {
    return of(engine, store, DEFAULT_CACHED_CASES);
  }

  /**
   * A service running {@code engine} over {@code store} that caches the states of at most {@code
   * cachedCases} cases (0: none, every call replays the case).
   *
   * @throws IllegalArgumentException if {@code cachedCases} is negative
   */
  public static CaseService of(CaseEngine engine, EventStore store, int cachedCases) {
    return new CaseService(engine, store, cachedCases);
  }

  /** The store the service appends to. */
  public EventStore store() {
    return store;
  }

  /** The engine the service decides with. */
  public CaseEngine engine() {
    return engine;
  }

  /**
   * Decides {@code command} on case {@code caseId} and appends the events.
   *
   * @throws ConcurrencyConflict only if other writers kept winning for a thousand attempts
   */
  public Result handle(CaseId caseId, Command command) {
    Objects.requireNonNull(command, "command");
    ConcurrencyConflict last = null;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      CaseState state = state(caseId);
      Decision decision = engine.decide(state, command);
      if (decision instanceof Decision.Rejected rejected) {
        Rejection rejection = rejected.rejection();
        log.debug("case {}: {} rejected by rule {}", caseId, command.getClass().getSimpleName(), rejection.rule());
        return new Rejected(rejection.rule(), rejection.reason());
      }
      List<Event> events = ((Decision.Accepted) decision).events();
      try {
        store.append(caseId, state.version(), events);
      } catch (ConcurrencyConflict conflict) {
        last = conflict;
        continue;
      }
      CaseState next = Cases.replay(state, events);
      cache(next);
      log.debug("case {}: {} accepted, now at version {}", caseId, command.getClass().getSimpleName(), next.version());
      return new Accepted(next, events);
    }
    throw last;
  }

  /** The current state of case {@code caseId}; version 0 and unregistered when it has no events. */
  public CaseState state(CaseId caseId) {
    Objects.requireNonNull(caseId, "caseId");
    CaseState known;
    synchronized (cache) {
      known = cache.getOrDefault(caseId, CaseState.unregistered(caseId));
    }
    CaseState current = Cases.replay(known, store.read(caseId, known.version()));
    if (current.version() > known.version()) {
      cache(current);
    }
    return current;
  }

  /** Caches {@code state} unless a newer state of its case is cached, evicting the least recently used case beyond the bound. */
  private void cache(CaseState state) {
    if (cachedCases > 0) {
      synchronized (cache) {
        cache.merge(state.id(), state, (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
        if (cache.size() > cachedCases) {
          cache.remove(cache.keySet().iterator().next());
        }
      }
    }
  }

  /** How many case states are cached now; for tests. */
  int cachedCases() {
    synchronized (cache) {
      return cache.size();
    }
  }

  /** What {@code organisation} may see of the case; empty when it is not involved. */
  public Optional<OrganisationView> view(CaseId caseId, String organisation) {
    return OrganisationView.of(state(caseId), engine.definition(), organisation);
  }

  /** The client's action list of the case. */
  public ActionList actionList(CaseId caseId) {
    return ActionList.of(state(caseId), engine.definition().policy());
  }

  /**
   * The outcome of {@link #handle}.
   *
   * <p>Implementations are immutable and threadsafe.
   */
  public sealed interface Result permits Accepted, Rejected {
    /** Whether the command was accepted. */
    default boolean accepted() {
      return this instanceof Accepted;
    }
  }

  /**
   * The command was accepted and its events appended.
   *
   * @param state the new state
   * @param events the appended events
   */
  public record Accepted(CaseState state, List<Event> events) implements Result {
    /** Copies the list. */
    public Accepted {
      Objects.requireNonNull(state, "state");
      events = List.copyOf(events);
    }
  }

  /**
   * The command was refused; nothing was appended.
   *
   * @param rule the rule broken
   * @param reason what was wrong, in plain words
   */
  public record Rejected(RuleCode rule, String reason) implements Result {
    /** Checks the arguments. */
    public Rejected {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
