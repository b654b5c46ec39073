package nl.schuldhulp.workflow.testkit;

import java.util.List;
import nl.schuldhulp.workflow.casefile.Command;

/**
 * One kind of thing to do in a state, e.g. "record the fact spoor": the generator draws one of its
 * {@code alternatives} in proportion to {@code weight}; the model checker tries every one of its
 * {@code representatives} (empty when it cannot change what the model keeps apart). Immutable.
 */
record Option(String name, int weight, List<Command> alternatives, List<Command> representatives) {
  Option {
    alternatives = List.copyOf(alternatives);
    representatives = List.copyOf(representatives);
  }

  /** An option the model checker explores with every alternative. */
  static Option explored(String name, int weight, List<Command> alternatives) {
    return new Option(name, weight, alternatives, alternatives);
  }

  /** An option the model checker tries with its first alternative only. */
  static Option sampled(String name, int weight, List<Command> alternatives) {
    return new Option(name, weight, alternatives, alternatives.isEmpty() ? List.of() : alternatives.subList(0, 1));
  }

  /** An option only the random generator draws. */
  static Option drawn(String name, int weight, List<Command> alternatives) {
    return new Option(name, weight, alternatives, List.of());
  }
}
