package nl.schuldhulp.workflow.casefile;

import java.util.Objects;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.time.BusinessCalendar;
import nl.schuldhulp.workflow.validation.DefinitionValidator;
import nl.schuldhulp.workflow.validation.InvalidWorkflowDefinitionException;

/**
 * The front door of the case engine.
 *
 * <pre>{@code
 * CaseEngine engine = Cases.engine(definition, calendar);
 * Decision decision = engine.decide(Cases.newCase(CaseId.of("2024-0001")), registerCommand);
 * CaseState state = Cases.replay(caseId, events);
 * }</pre>
 *
 * <p>This class is threadsafe (it has no state).
 */
public final class Cases {
  private Cases() {}

  /**
   * An engine for {@code definition}, counting working days on {@code calendar}. The engine runs
   * only a definition the validator accepts, so it never meets, say, a step without a client-regie
   * holder (ADR 0025).
   *
   * @throws InvalidWorkflowDefinitionException with the validator's report if the definition is
   *     invalid
   */
  public static CaseEngine engine(WorkflowDefinition definition, BusinessCalendar calendar) {
    return new CaseEngine(DefinitionValidator.requireValid(definition), Objects.requireNonNull(calendar, "calendar"));
  }

  /**
   * Decides one command without keeping an engine: compiles {@code definition} each time, so prefer
   * {@link #engine} when deciding more than once.
   *
   * @throws InvalidWorkflowDefinitionException if the definition is invalid
   */
  public static Decision decide(WorkflowDefinition definition, BusinessCalendar calendar, CaseState state, Command command) {
    return engine(definition, calendar).decide(state, command);
  }

  /** Decides one command with an engine. */
  public static Decision decide(CaseEngine engine, CaseState state, Command command) {
    return engine.decide(state, command);
  }

  /** The state of a case that is not registered yet. */
  public static CaseState newCase(CaseId id) {
    return CaseState.unregistered(id);
  }

  /**
   * The state after {@code event}. Pure; needs no definition.
   *
   * @throws IllegalArgumentException if the event belongs to another case or does not follow the
   *     state's version
   */
  public static CaseState evolve(CaseState state, Event event) {
    return Evolver.evolve(Objects.requireNonNull(state, "state"), Objects.requireNonNull(event, "event"));
  }

  /** The state rebuilt from a case's events, in order. */
  public static CaseState replay(CaseId id, Iterable<Event> events) {
    return replay(CaseState.unregistered(id), events);
  }

  /** {@code state} with {@code events} applied in order. */
  public static CaseState replay(CaseState state, Iterable<Event> events) {
    return Evolver.replay(Objects.requireNonNull(state, "state"), Objects.requireNonNull(events, "events"));
  }
}
