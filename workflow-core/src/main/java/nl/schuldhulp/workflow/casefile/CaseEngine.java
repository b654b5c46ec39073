package nl.schuldhulp.workflow.casefile;

import java.util.Objects;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.internal.UnvalidatedEngines;
import nl.schuldhulp.workflow.time.BusinessCalendar;
import nl.schuldhulp.workflow.validation.DefinitionValidator;

/**
 * The case engine for one definition: {@link #decide} turns a command into events or a rejection,
 * {@link #evolve} folds an event into a state. Both are pure; the engine never reads a clock. The
 * definition is compiled once (lookups by id, regie rules by kind), so keep one engine per
 * definition version. Obtain one from {@link Cases#engine}, which runs only a definition the {@link
 * DefinitionValidator} accepts (ADR 0025).
 *
 * <p>This class is immutable and threadsafe.
 */
public final class CaseEngine {
  private final CompiledDefinition compiled;
  private final BusinessCalendar calendar;
  private final Decider decider;

  static {
    UnvalidatedEngines.register(CaseEngine::new);
  }

  /** An engine for {@code definition}, which the caller has validated (or, the testkit, means not to). */
  CaseEngine(WorkflowDefinition definition, BusinessCalendar calendar) {
    this.compiled = new CompiledDefinition(definition);
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.decider = new Decider(compiled, calendar);
  }

  /** The definition this engine runs. */
  public WorkflowDefinition definition() {
    return compiled.definition;
  }

  /** The calendar task due dates are counted on. */
  public BusinessCalendar calendar() {
    return calendar;
  }

  /**
   * Decides {@code command} against {@code state}: the events it causes, or why it is refused. A
   * rejection leaves the state untouched (states are immutable anyway).
   *
   * @throws IllegalArgumentException if the case runs under another definition or version
   */
  public Decision decide(CaseState state, Command command) {
    return decider.decide(state, command);
  }

  /** The state after {@code event}; see {@link Cases#evolve}. */
  public CaseState evolve(CaseState state, Event event) {
    return Evolver.evolve(state, event);
  }
}
