package nl.schuldhulp.workflow.testkit.property;

import static nl.schuldhulp.workflow.internal.Preconditions.requireText;

import java.util.Objects;

/**
 * A named condition every step must satisfy, over the state before, the action and the state
 * after; the {@link StateMachineProperty} checks it after every step.
 *
 * <pre>{@code
 * StepInvariant<Outcome, Command> rejectionKeepsState = StepInvariant.of(
 *     "a rejected command leaves the state untouched",
 *     (before, command, after) -> !after.rejected() || after.state().equals(before.state()));
 * }</pre>
 *
 * <p>Immutable; threadsafe when the condition is.
 *
 * @param name what must hold, in words; shown in reports
 * @param condition true when the step satisfies the invariant
 * @param <S> the type of the states
 * @param <A> the type of the actions
 */
public record StepInvariant<S, A>(String name, Condition<S, A> condition) {

  /** Checks that the name is not blank. */
  public StepInvariant {
    requireText(name, "name");
    Objects.requireNonNull(condition, "condition");
  }

  /** A step invariant named {@code name} that holds when {@code condition} is true. */
  public static <S, A> StepInvariant<S, A> of(String name, Condition<S, A> condition) {
    return new StepInvariant<>(name, condition);
  }

  /** Whether the step from {@code before} by {@code action} to {@code after} is allowed. */
  public boolean holds(S before, A action, S after) {
    return condition.holds(before, action, after);
  }

  /**
   * The condition of a step invariant.
   *
   * @param <S> the type of the states
   * @param <A> the type of the actions
   */
  @FunctionalInterface
  public interface Condition<S, A> {
    /** True when the step from {@code before} by {@code action} to {@code after} is allowed. */
    boolean holds(S before, A action, S after);
  }
}
