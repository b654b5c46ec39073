package nl.schuldhulp.workflow.testkit.property;

import static nl.schuldhulp.workflow.internal.Preconditions.requireText;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * A named condition every reachable state must satisfy; the {@link StateMachineProperty} checks
 * it on the initial state and after every step, and reports a violation by its name.
 *
 * <pre>{@code
 * Invariant<CaseState> oneHolder = Invariant.of("exactly one regie holder",
 *     state -> state.isClosed() || state.regieHolders().size() == 1);
 * }</pre>
 *
 * <p>Immutable; threadsafe when the condition is.
 *
 * @param name what must hold, in words; shown in reports
 * @param condition true when the invariant holds
 * @param <S> the type of the states
 */
public record Invariant<S>(String name, Predicate<? super S> condition) {

  /** Checks that the name is not blank. */
  public Invariant {
    requireText(name, "name");
    Objects.requireNonNull(condition, "condition");
  }

  /** An invariant named {@code name} that holds when {@code condition} is true. */
  public static <S> Invariant<S> of(String name, Predicate<? super S> condition) {
    return new Invariant<>(name, condition);
  }

  /** Whether the invariant holds in {@code state}. */
  public boolean holds(S state) {
    return condition.test(state);
  }
}
