package nl.schuldhulp.workflow.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import nl.schuldhulp.workflow.casefile.Command;

/**
 * One kind of thing to do in a state, e.g. "record the fact spoor": the generator draws one of its
 * {@link #alternatives} in proportion to {@link #weight}; the model checker tries every one of its
 * {@link #representatives} (empty when it cannot change what the model keeps apart). The
 * alternatives are built when first asked for, so the model checker, which mostly asks only for the
 * representatives, does not build the commands only the generator draws (ADR 0067). Not threadsafe
 * (the alternatives are built once, unguarded); an option is used by the one thread that made it.
 */
final class Option {
  private final String name;
  private final int weight;
  private Supplier<List<Command>> build;
  private List<Command> alternatives;
  private final Supplier<List<Command>> representatives;

  private Option(String name, int weight, Supplier<List<Command>> build, Supplier<List<Command>> representatives) {
    this.name = name;
    this.weight = weight;
    this.build = build;
    this.representatives = representatives;
  }

  /** An option with these alternatives, of which the model checker tries {@code representatives}. */
  Option(String name, int weight, List<Command> alternatives, List<Command> representatives) {
    this(name, weight, null, constant(representatives));
    this.alternatives = List.copyOf(alternatives);
  }

  private static Supplier<List<Command>> constant(List<Command> commands) {
    List<Command> copy = List.copyOf(commands);
    return () -> copy;
  }

  /** An option whose alternatives are built when asked for; the model checker tries {@code representatives}. */
  static Option lazy(String name, int weight, Supplier<List<Command>> alternatives, List<Command> representatives) {
    return new Option(name, weight, alternatives, constant(representatives));
  }

  /** An option the model checker explores with every alternative. */
  static Option explored(String name, int weight, List<Command> alternatives) {
    return new Option(name, weight, alternatives, alternatives);
  }

  /** An option the model checker tries with its first alternative only. */
  static Option sampled(String name, int weight, List<Command> alternatives) {
    return new Option(name, weight, alternatives, alternatives.isEmpty() ? List.of() : alternatives.subList(0, 1));
  }

  /**
   * An option of every alternative of {@code options}, in order, of which the model checker tries
   * the first; for that, only the options up to the first that has an alternative are built.
   */
  static Option sampledFrom(String name, int weight, List<Option> options) {
    return new Option(name, weight, () -> {
      List<Command> alternatives = new ArrayList<>();
      options.forEach(option -> alternatives.addAll(option.alternatives()));
      return alternatives;
    }, () -> {
      for (Option option : options) {
        if (!option.alternatives().isEmpty()) {
          return List.of(option.alternatives().get(0));
        }
      }
      return List.of();
    });
  }

  /** An option only the random generator draws, its alternatives built when it does. */
  static Option drawn(String name, int weight, Supplier<List<Command>> alternatives) {
    return new Option(name, weight, alternatives, List::of);
  }

  /** An option only the random generator draws. */
  static Option drawn(String name, int weight, List<Command> alternatives) {
    return new Option(name, weight, alternatives, List.of());
  }

  String name() {
    return name;
  }

  int weight() {
    return weight;
  }

  /** Every command of this option, built on the first call. */
  List<Command> alternatives() {
    if (alternatives == null) {
      alternatives = List.copyOf(build.get());
      build = null;
    }
    return alternatives;
  }

  /** The commands the model checker tries. */
  List<Command> representatives() {
    return representatives.get();
  }
}
