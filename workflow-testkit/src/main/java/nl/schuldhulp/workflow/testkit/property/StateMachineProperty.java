package nl.schuldhulp.workflow.testkit.property;

import static nl.schuldhulp.workflow.internal.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A property of a state machine: runs random sequences of actions from an initial state, each
 * action generated from the state reached so far, and checks the invariants on the initial state
 * and after every step. A failing sequence is shrunk by removing chunks of actions and by
 * simplifying single actions; the shrunk sequence is replayed as it stands, so an action that
 * no longer fits its state must simply be handled (typically rejected) by the step function.
 *
 * <pre>{@code
 * StateMachineProperty.of(() -> Stack.EMPTY,
 *         stack -> stack.isEmpty() ? push : Gen.oneOf(push, pop),
 *         Stack::apply)
 *     .invariant(Invariant.of("size is never negative", stack -> stack.size() >= 0))
 *     .stepInvariant(StepInvariant.of("push grows by one",
 *         (before, op, after) -> !(op instanceof Push) || after.size() == before.size() + 1))
 *     .formatActions(Op::describe)
 *     .tries(200)
 *     .check()
 *     .assertPassed();
 * }</pre>
 *
 * <p>A failure report shows the shrunk sequence step by step: each action as formatted by
 * {@link #formatActions} and the state it led to as formatted by {@link #formatStates}. The seed
 * is chosen as for {@link Property}. The step function, the action generators and the invariants
 * must be deterministic, so that the same seed gives the same run; actions should be values
 * (records), since shrinking compares them with {@code equals}.
 *
 * <p>Immutable and threadsafe: each setter returns a copy.
 *
 * @param <S> the type of the states
 * @param <A> the type of the actions
 */
public final class StateMachineProperty<S, A> {
  private final Supplier<? extends S> initial;
  private final Function<? super S, ? extends Gen<? extends A>> actions;
  private final BiFunction<? super S, ? super A, ? extends S> step;
  private final List<Invariant<? super S>> invariants;
  private final List<StepInvariant<? super S, ? super A>> stepInvariants;
  private final Function<? super A, String> actionFormat;
  private final Function<? super S, String> stateFormat;
  private final int tries;
  private final int maxSteps;
  private final long seed;

  private StateMachineProperty(
      Supplier<? extends S> initial,
      Function<? super S, ? extends Gen<? extends A>> actions,
      BiFunction<? super S, ? super A, ? extends S> step,
      List<Invariant<? super S>> invariants,
      List<StepInvariant<? super S, ? super A>> stepInvariants,
      Function<? super A, String> actionFormat,
      Function<? super S, String> stateFormat,
      int tries,
      int maxSteps,
      long seed) {
    this.initial = initial;
    this.actions = actions;
    this.step = step;
    this.invariants = List.copyOf(invariants);
    this.stepInvariants = List.copyOf(stepInvariants);
    this.actionFormat = actionFormat;
    this.stateFormat = stateFormat;
    this.tries = tries;
    this.maxSteps = maxSteps;
    this.seed = seed;
  }

  /**
   * A state machine property: 100 sequences of 1 to 50 steps, no invariants yet, the default seed.
   *
   * @param initial makes the initial state, afresh for every sequence and every replay
   * @param actions the generator of the next action in a state
   * @param step the state after an action; an action that does not apply should leave the state
   *     as it is (a rejection), not throw: a throw counts as a failure
   */
  public static <S, A> StateMachineProperty<S, A> of(
      Supplier<? extends S> initial,
      Function<? super S, ? extends Gen<? extends A>> actions,
      BiFunction<? super S, ? super A, ? extends S> step) {
    Objects.requireNonNull(initial, "initial");
    Objects.requireNonNull(actions, "actions");
    Objects.requireNonNull(step, "step");
    return new StateMachineProperty<>(initial, actions, step, List.of(), List.of(),
        String::valueOf, String::valueOf, 100, 50, Seeds.initial());
  }

  /** A copy that also checks {@code invariant} on the initial state and after every step. */
  public StateMachineProperty<S, A> invariant(Invariant<? super S> invariant) {
    Objects.requireNonNull(invariant, "invariant");
    List<Invariant<? super S>> more = new ArrayList<>(invariants);
    more.add(invariant);
    return new StateMachineProperty<>(initial, actions, step, more, stepInvariants,
        actionFormat, stateFormat, tries, maxSteps, seed);
  }

  /** A copy that also checks {@code invariant} on every step. */
  public StateMachineProperty<S, A> stepInvariant(StepInvariant<? super S, ? super A> invariant) {
    Objects.requireNonNull(invariant, "invariant");
    List<StepInvariant<? super S, ? super A>> more = new ArrayList<>(stepInvariants);
    more.add(invariant);
    return new StateMachineProperty<>(initial, actions, step, invariants, more,
        actionFormat, stateFormat, tries, maxSteps, seed);
  }

  /** A copy that shows actions in reports as {@code format} writes them. */
  public StateMachineProperty<S, A> formatActions(Function<? super A, String> format) {
    Objects.requireNonNull(format, "format");
    return new StateMachineProperty<>(initial, actions, step, invariants, stepInvariants,
        format, stateFormat, tries, maxSteps, seed);
  }

  /** A copy that shows states in reports as {@code format} writes them. */
  public StateMachineProperty<S, A> formatStates(Function<? super S, String> format) {
    Objects.requireNonNull(format, "format");
    return new StateMachineProperty<>(initial, actions, step, invariants, stepInvariants,
        actionFormat, format, tries, maxSteps, seed);
  }

  /** A copy that runs {@code tries} sequences. */
  public StateMachineProperty<S, A> tries(int tries) {
    checkArgument(tries > 0, "tries (%s) must be positive", tries);
    return new StateMachineProperty<>(initial, actions, step, invariants, stepInvariants,
        actionFormat, stateFormat, tries, maxSteps, seed);
  }

  /** A copy whose sequences have 1 to {@code maxSteps} steps. */
  public StateMachineProperty<S, A> maxSteps(int maxSteps) {
    checkArgument(maxSteps > 0, "maxSteps (%s) must be positive", maxSteps);
    return new StateMachineProperty<>(initial, actions, step, invariants, stepInvariants,
        actionFormat, stateFormat, tries, maxSteps, seed);
  }

  /** A copy that draws its sequences from {@code seed}. */
  public StateMachineProperty<S, A> seed(long seed) {
    return new StateMachineProperty<>(initial, actions, step, invariants, stepInvariants,
        actionFormat, stateFormat, tries, maxSteps, seed);
  }

  /** Runs the sequences; the result's counterexamples are the failing action sequences. */
  public PropertyResult<List<A>> check() {
    SplittableRandom seeds = new SplittableRandom(seed);
    for (int tryNumber = 1; tryNumber <= tries; tryNumber++) {
      Optional<SequenceShrinker.Sequence<S, A>> failing = generate(seeds.nextLong());
      if (failing.isPresent()) {
        return failed(tryNumber, failing.get());
      }
    }
    return new PropertyResult.Passed<>(seed, tries);
  }

  /** Generates and runs one sequence, action by action; the failing sequence if it fails. */
  private Optional<SequenceShrinker.Sequence<S, A>> generate(long trySeed) {
    Source source = Source.random(trySeed);
    List<long[]> choices = new ArrayList<>();
    return run(source.choose(1, maxSteps), (state, index) -> {
      int start = source.position();
      A action = generate(actionsIn(state), source);
      choices.add(source.choicesSince(start));
      return action;
    }).map(failing -> new SequenceShrinker.Sequence<>(failing, choices));
  }

  private static <A> A generate(Gen<? extends A> gen, Source source) {
    try {
      return gen.generate(source);
    } catch (Source.Invalid e) {
      throw new IllegalStateException("cannot generate an action: " + e.getMessage(), e);
    }
  }

  Gen<? extends A> actionsIn(S state) {
    return Objects.requireNonNull(actions.apply(state), "the action generator returned null");
  }

  /**
   * Replays {@code sequence} from a fresh initial state, up to the first failure; the trace of
   * the failing prefix, or empty if every step passes.
   */
  Optional<Trace.Failing<S, A>> execute(List<A> sequence) {
    return run(sequence.size(), (state, index) -> sequence.get(index));
  }

  /**
   * Runs one action per element of {@code choices}, each regenerated from its choices in the state
   * reached so far, up to the first failure; the failing run and the choices each action was
   * actually drawn from, or empty if every step passes or the choices make no action.
   */
  Optional<SequenceShrinker.Sequence<S, A>> regenerate(List<long[]> choices) {
    List<long[]> drawn = new ArrayList<>();
    try {
      return run(choices.size(), (state, index) -> {
        Source source = Source.replay(choices.get(index));
        A action = actionsIn(state).generate(source);
        drawn.add(source.choices());
        return action;
      }).map(failing -> new SequenceShrinker.Sequence<>(failing, drawn));
    } catch (Source.Invalid e) {
      return Optional.empty();
    }
  }

  /** Runs {@code length} steps, each action given by {@code next} from the state and index. */
  private Optional<Trace.Failing<S, A>> run(int length, BiFunction<S, Integer, A> next) {
    Trace<S, A> trace = new Trace<>(initial.get());
    Optional<Throwable> failure = checkInvariants(trace.last());
    for (int index = 0; failure.isEmpty() && index < length; index++) {
      failure = advance(trace, next.apply(trace.last(), index));
    }
    return failure.map(trace::withFailure);
  }

  /** Takes one step and checks the invariants; the failure, if any. */
  private Optional<Throwable> advance(Trace<S, A> trace, A action) {
    S before = trace.last();
    List<S> after = new ArrayList<>(1);
    Optional<Throwable> thrown = Failures.of(() -> after.add(Objects.requireNonNull(
        step.apply(before, action), "the step function returned null")));
    trace.add(action, after);
    if (thrown.isPresent()) {
      return thrown;
    }
    int stepNumber = trace.actions().size();
    for (StepInvariant<? super S, ? super A> invariant : stepInvariants) {
      Optional<Throwable> violation = violation(invariant.name(),
          () -> invariant.holds(before, action, after.get(0)), "step " + stepNumber);
      if (violation.isPresent()) {
        return violation;
      }
    }
    return checkInvariants(after.get(0), "after step " + stepNumber);
  }

  private Optional<Throwable> checkInvariants(S state) {
    return checkInvariants(state, "in the initial state");
  }

  private Optional<Throwable> checkInvariants(S state, String where) {
    for (Invariant<? super S> invariant : invariants) {
      Optional<Throwable> violation = violation(invariant.name(), () -> invariant.holds(state),
          where);
      if (violation.isPresent()) {
        return violation;
      }
    }
    return Optional.empty();
  }

  private static Optional<Throwable> violation(String name, BooleanSupplier holds, String where) {
    String message = "invariant '" + name + "' does not hold " + where;
    Optional<Throwable> thrown = Failures.of(() -> {
      if (!holds.getAsBoolean()) {
        throw new Failures.InvariantViolation(name, message, null);
      }
    });
    return thrown.map(failure -> failure instanceof Failures.InvariantViolation
        ? failure
        : new Failures.InvariantViolation(name, message + ": " + failure, failure));
  }

  private PropertyResult<List<A>> failed(int tryNumber, SequenceShrinker.Sequence<S, A> original) {
    SequenceShrinker.Shrunk<S, A> shrunk =
        SequenceShrinker.shrink(this, original, Property.SHRINK_BUDGET);
    Trace.Failing<S, A> simplest = shrunk.sequence().run();
    Throwable failure = simplest.failure();
    String report = Failures.report(seed, tryNumber, tries, shrunk.shrinks(),
        original.run().describe(actionFormat, stateFormat),
        simplest.describe(actionFormat, stateFormat), failure);
    return new PropertyResult.Failed<>(seed, tryNumber, original.run().actions(),
        simplest.actions(), shrunk.shrinks(), failure, report);
  }
}
