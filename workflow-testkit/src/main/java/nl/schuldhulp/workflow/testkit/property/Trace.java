package nl.schuldhulp.workflow.testkit.property;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The actions taken so far and the states they led to, starting with the initial state. Not API;
 * not threadsafe.
 */
final class Trace<S, A> {
  private final List<A> actions = new ArrayList<>();
  private final List<S> states = new ArrayList<>();

  Trace(S initial) {
    states.add(initial);
  }

  S last() {
    return states.get(states.size() - 1);
  }

  List<A> actions() {
    return actions;
  }

  /** Records a step; {@code after} is empty when the step threw. */
  void add(A action, List<S> after) {
    actions.add(action);
    states.addAll(after);
  }

  Failing<S, A> withFailure(Throwable failure) {
    return new Failing<>(List.copyOf(actions), List.copyOf(states), failure);
  }

  /**
   * A run that failed after its last action (or in the initial state, if it has none); {@code
   * states} holds the initial state and the state after each action, but none after the last
   * action when that action's step threw.
   */
  record Failing<S, A>(List<A> actions, List<S> states, Throwable failure) {

    /** The run step by step: the initial state, then each action and the state it led to. */
    String describe(Function<? super A, String> actionFormat,
        Function<? super S, String> stateFormat) {
      StringBuilder text = new StringBuilder("initial: ").append(stateFormat.apply(states.get(0)));
      for (int i = 0; i < actions.size(); i++) {
        String after = i + 1 < states.size()
            ? stateFormat.apply(states.get(i + 1))
            : "threw " + failure;
        text.append('\n').append(i + 1).append(". ").append(actionFormat.apply(actions.get(i)))
            .append(" -> ").append(after);
      }
      return text.toString();
    }
  }
}
