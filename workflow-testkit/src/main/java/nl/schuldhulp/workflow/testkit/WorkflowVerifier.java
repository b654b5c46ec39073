package nl.schuldhulp.workflow.testkit;

import static nl.schuldhulp.workflow.internal.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Predicate;
import nl.schuldhulp.workflow.casefile.CaseState;
import nl.schuldhulp.workflow.casefile.Command;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.internal.UnvalidatedEngines;
import nl.schuldhulp.workflow.testkit.property.Gen;
import nl.schuldhulp.workflow.testkit.property.Invariant;
import nl.schuldhulp.workflow.testkit.property.PropertyResult;
import nl.schuldhulp.workflow.testkit.property.StateMachineProperty;
import nl.schuldhulp.workflow.time.BusinessCalendar;
import nl.schuldhulp.workflow.time.DutchCalendar;

/**
 * Proves a definition sound in one JUnit test: drives the engine with seeded random command
 * sequences against the definition (mostly commands it allows, so runs go deep, mixed with
 * commands that must be refused), checks the invariants every correct definition and engine keep
 * after every command, and explores every reachable abstract state for unreachable steps, dead
 * ends and transitions that never fire. A failure is shrunk to a small counterexample, written as
 * readable steps with the seed to reproduce it.
 *
 * <pre>{@code
 * @Test
 * void kantelingIsSound() {
 *   WorkflowVerifier.of(definition)
 *       .commands(1_000)
 *       .seed(42)
 *       .invariant("budgetbeheer alleen na toelating",
 *           state -> state.admitted() || state.activities().isEmpty())
 *       .check()
 *       .assertPassed();
 * }
 * }</pre>
 *
 * <p>The standard invariants: exactly one regie holder per kind while open; every step names its
 * regie holders (no regie gap); a handover never leaves a moment without a holder; every open task
 * has one owner and a due date; a closed case changes only by reopen; replay equals state;
 * versions increase by one per event; a refused command changes nothing; a command that must be
 * refused is refused; a step is left only along a transition whose guard holds; every reached step
 * has a way out; a case closes only by exit criteria that hold; a held driegesprek has a follow-up;
 * every norm status is consistent with the events.
 *
 * <p>Immutable and threadsafe: each setter returns a copy.
 */
public final class WorkflowVerifier {
  private final WorkflowDefinition definition;
  private final BusinessCalendar calendar;
  private final EngineUnderTest engine;
  private final List<CaseInvariant> invariants;
  private final int commands;
  private final int maxCommandsPerCase;
  private final int maxStates;
  private final OptionalLong seed;

  private WorkflowVerifier(WorkflowDefinition definition, BusinessCalendar calendar, EngineUnderTest engine,
      List<CaseInvariant> invariants, int commands, int maxCommandsPerCase, int maxStates, OptionalLong seed) {
    this.definition = definition;
    this.calendar = calendar;
    this.engine = engine;
    this.invariants = List.copyOf(invariants);
    this.commands = commands;
    this.maxCommandsPerCase = maxCommandsPerCase;
    this.maxStates = maxStates;
    this.seed = seed;
  }

  /**
   * A verifier of {@code definition} with the real engine on the standard Dutch calendar: 1,000
   * commands in cases of up to 60 commands, at most 20,000 explored states, a random seed (or
   * {@code -Dworkflow.testkit.seed}).
   */
  public static WorkflowVerifier of(WorkflowDefinition definition) {
    Objects.requireNonNull(definition, "definition");
    return new WorkflowVerifier(definition, DutchCalendar.standard(), null, List.of(), 1_000, 60, 20_000,
        OptionalLong.empty());
  }

  /** A copy that runs about {@code commands} generated commands in all. */
  public WorkflowVerifier commands(int commands) {
    checkArgument(commands > 0, "commands (%s) must be positive", commands);
    return new WorkflowVerifier(definition, calendar, engine, invariants, commands, maxCommandsPerCase, maxStates, seed);
  }

  /** A copy whose generated cases have 1 to {@code max} commands. */
  public WorkflowVerifier maxCommandsPerCase(int max) {
    checkArgument(max > 0, "maxCommandsPerCase (%s) must be positive", max);
    return new WorkflowVerifier(definition, calendar, engine, invariants, commands, max, maxStates, seed);
  }

  /** A copy that draws its commands from {@code seed}; the same seed repeats the same run. */
  public WorkflowVerifier seed(long seed) {
    return new WorkflowVerifier(definition, calendar, engine, invariants, commands, maxCommandsPerCase, maxStates,
        OptionalLong.of(seed));
  }

  /** A copy whose model check explores at most {@code maxStates} abstract states. */
  public WorkflowVerifier maxStates(int maxStates) {
    checkArgument(maxStates > 0, "maxStates (%s) must be positive", maxStates);
    return new WorkflowVerifier(definition, calendar, engine, invariants, commands, maxCommandsPerCase, maxStates, seed);
  }

  /** A copy that counts working days on {@code calendar}. */
  public WorkflowVerifier calendar(BusinessCalendar calendar) {
    Objects.requireNonNull(calendar, "calendar");
    return new WorkflowVerifier(definition, calendar, engine, invariants, commands, maxCommandsPerCase, maxStates, seed);
  }

  /** A copy that drives {@code engine} instead of the real one. */
  public WorkflowVerifier engine(EngineUnderTest engine) {
    Objects.requireNonNull(engine, "engine");
    return new WorkflowVerifier(definition, calendar, engine, invariants, commands, maxCommandsPerCase, maxStates, seed);
  }

  /** A copy that also checks {@code invariant} on every step. */
  public WorkflowVerifier invariant(CaseInvariant invariant) {
    Objects.requireNonNull(invariant, "invariant");
    List<CaseInvariant> more = new ArrayList<>(invariants);
    more.add(invariant);
    return new WorkflowVerifier(definition, calendar, engine, more, commands, maxCommandsPerCase, maxStates, seed);
  }

  /** A copy that also checks that {@code condition} holds on every registered state. */
  public WorkflowVerifier invariant(String name, Predicate<CaseState> condition) {
    return invariant(CaseInvariant.onState(name, condition));
  }

  /** A copy that also checks that {@code condition} holds on every step. */
  public WorkflowVerifier stepInvariant(String name, Predicate<CaseStep> condition) {
    return invariant(CaseInvariant.of(name, condition));
  }

  /** Runs the property check and the model check. */
  public VerificationReport check() {
    return new VerificationReport(checkProperties(), explore());
  }

  /** Runs only the property check: seeded random command sequences, shrunk on failure. */
  public PropertyReport checkProperties() {
    CaseContext context = context();
    CommandGen generator = new CommandGen(context);
    int tries = Math.max(1, (int) Math.ceil(commands / ((1.0 + maxCommandsPerCase) / 2)));
    StateMachineProperty<CaseRun, Command> property = StateMachineProperty.<CaseRun, Command>of(
            context::fresh, generator::next, (run, command) -> run.apply(command, context))
        .tries(tries)
        .maxSteps(maxCommandsPerCase);
    for (CaseInvariant invariant : context.invariants()) {
      property = property.invariant(Invariant.of(invariant.name(), run -> run.last() == null || invariant.holds(run.last())));
    }
    if (seed.isPresent()) {
      property = property.seed(seed.getAsLong());
    }
    PropertyResult<List<Command>> result = property.check();
    String name = definition.id() + " v" + definition.version();
    if (!(result instanceof PropertyResult.Failed<List<Command>> failed)) {
      return new PropertyReport(name, result.seed(), result.tries(), maxCommandsPerCase, "", List.of(), 0);
    }
    List<String> steps = new ArrayList<>();
    String failure = replay(context, failed.shrunk(), steps);
    return new PropertyReport(name, failed.seed(), failed.tries(), maxCommandsPerCase,
        failure.isEmpty() ? failed.failure().toString() : failure, steps, failed.shrinks());
  }

  /** Replays {@code commands} into readable {@code steps}; what went wrong at the end, or "". */
  private static String replay(CaseContext context, List<Command> commands, List<String> steps) {
    Narrator narrator = context.narrator();
    CaseRun run = context.fresh();
    for (Command command : commands) {
      try {
        run = run.apply(command, context);
      } catch (RuntimeException e) {
        steps.add(narrator.describe(run.state(), command, "de engine faalt: " + e));
        return "de engine faalt: " + e;
      }
      steps.add(narrator.describe(run.last()));
      java.util.Optional<String> violation = context.firstViolation(run.last());
      if (violation.isPresent()) {
        return "invariant " + violation.get();
      }
    }
    return "";
  }

  /**
   * The generator of whole cases this verifier runs: the steps of one case of 1 to {@link
   * #maxCommandsPerCase} generated commands, decided by the engine. For a property of your own as
   * one test method, shrunk like any generated value:
   *
   * <pre>{@code
   * @PropertyTest(tries = 200)
   * void noCaseIsClosedWithinADay(@ForAll("cases") List<CaseStep> steps) { ... }
   *
   * static Gen<List<CaseStep>> cases() {
   *   return WorkflowVerifier.of(definition).cases();
   * }
   * }</pre>
   */
  public Gen<List<CaseStep>> cases() {
    CaseContext context = context();
    CommandGen generator = new CommandGen(context);
    return source -> {
      int length = source.choose(1, maxCommandsPerCase);
      CaseRun run = context.fresh();
      List<CaseStep> steps = new ArrayList<>(length);
      for (int i = 0; i < length; i++) {
        run = run.apply(generator.next(run).generate(source), context);
        steps.add(run.last());
      }
      return List.copyOf(steps);
    };
  }

  /** Runs only the model check: exhaustive exploration of the abstract states. */
  public ModelReport explore() {
    return new ModelChecker(context(), maxStates).explore();
  }

  private CaseContext context() {
    // the verifier runs invalid definitions too, to show what their defects do (ADR 0025)
    EngineUnderTest driven = engine != null ? engine : EngineUnderTest.of(UnvalidatedEngines.engine(definition, calendar));
    return CaseContext.of(definition, driven, calendar, invariants);
  }
}
