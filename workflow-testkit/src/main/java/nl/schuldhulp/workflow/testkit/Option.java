package nl.schuldhulp.workflow.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import nl.schuldhulp.workflow.casefile.Command;

/**
 * One kind of thing to do in a state, e.g. "record a fact": the generator draws one of its {@link
 * #alternatives} in proportion to {@link #weight}; the model checker tries every one of its {@link
 * #representatives} (empty when it cannot change what the model keeps apart). Both are built when
 * first asked for, so the model checker does not build the commands only the generator draws, nor
 * the options after the first one it samples from (ADR 0067). Not threadsafe (built once,
 * unguarded): an option is used by the one thread that made it.
 */
final class Option {
  /** Which of the alternatives the model checker tries. */
  private enum Tried { ALL, FIRST, NONE, OWN }

  private final String name;
  private final int weight;
  private final Tried tried;
  private Supplier<List<Command>> source;
  private List<Command> alternatives;
  private final Supplier<List<Command>> own;

  private Option(String name, int weight, Tried tried, Supplier<List<Command>> source, Supplier<List<Command>> own) {
    this.name = name;
    this.weight = weight;
    this.tried = tried;
    this.source = source;
    this.own = own;
  }

  /** An option the model checker explores with every alternative. */
  static Option explored(String name, int weight, Supplier<List<Command>> alternatives) {
    return new Option(name, weight, Tried.ALL, alternatives, null);
  }

  /** An option the model checker explores with every alternative. */
  static Option explored(String name, int weight, List<Command> alternatives) {
    return explored(name, weight, () -> alternatives);
  }

  /** An option the model checker tries with its first alternative only. */
  static Option sampled(String name, int weight, Supplier<List<Command>> alternatives) {
    return new Option(name, weight, Tried.FIRST, alternatives, null);
  }

  /** An option the model checker tries with its first alternative only. */
  static Option sampled(String name, int weight, List<Command> alternatives) {
    return sampled(name, weight, () -> alternatives);
  }

  /**
   * An option of {@code first} and then the commands of {@code rest}, built when asked for; the model
   * checker tries {@code first} only.
   */
  static Option sampled(String name, int weight, Command first, Supplier<List<Command>> rest) {
    return of(name, weight, () -> {
      List<Command> alternatives = new ArrayList<>();
      alternatives.add(first);
      alternatives.addAll(rest.get());
      return alternatives;
    }, () -> List.of(first));
  }

  /** An option only the random generator draws. */
  static Option drawn(String name, int weight, Supplier<List<Command>> alternatives) {
    return new Option(name, weight, Tried.NONE, alternatives, null);
  }

  /** An option of which the model checker tries {@code representatives}, commands like some of its alternatives. */
  static Option of(String name, int weight, Supplier<List<Command>> alternatives,
      Supplier<List<Command>> representatives) {
    return new Option(name, weight, Tried.OWN, alternatives, representatives);
  }

  /**
   * An option of every alternative of {@code options}, in order, of which the model checker tries
   * the first: for that, only the options up to the first that has an alternative are built.
   */
  static Option sampledFrom(String name, int weight, List<Option> options) {
    return of(name, weight, () -> {
      List<Command> alternatives = new ArrayList<>();
      options.forEach(option -> alternatives.addAll(option.alternatives()));
      return alternatives;
    }, () -> {
      for (Option option : options) {
        if (!option.alternatives().isEmpty()) {
          return option.alternatives().subList(0, 1);
        }
      }
      return List.of();
    });
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
      alternatives = List.copyOf(source.get());
      source = null;
    }
    return alternatives;
  }

  /** The commands the model checker tries. */
  List<Command> representatives() {
    return switch (tried) {
      case ALL -> alternatives();
      case FIRST -> alternatives().isEmpty() ? List.of() : alternatives().subList(0, 1);
      case NONE -> List.of();
      case OWN -> own.get();
    };
  }
}
