package nl.schuldhulp.workflow.jackson.events;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The random choices a generator makes, recorded so that a value can be made again from them and
 * made simpler by lowering them: choice 0 is always the simplest option (the first letter, the
 * shortest text, the first constant). Draws past the end of a replayed sequence are 0.
 */
final class Draws {
  private final SplittableRandom random;
  private final List<Integer> replayed;
  private final List<Integer> made = new ArrayList<>();

  private Draws(SplittableRandom random, List<Integer> replayed) {
    this.random = random;
    this.replayed = replayed;
  }

  static Draws random(long seed) {
    return new Draws(new SplittableRandom(seed), List.of());
  }

  static Draws replay(List<Integer> choices) {
    return new Draws(null, choices);
  }

  /** A choice from 0 to {@code bound - 1}. */
  int below(int bound) {
    int index = made.size();
    int choice = random != null ? random.nextInt(bound) : index < replayed.size() ? Math.min(replayed.get(index), bound - 1) : 0;
    made.add(choice);
    return choice;
  }

  <T> T oneOf(List<T> options) {
    return options.get(below(options.size()));
  }

  <T> T oneOf(T[] options) {
    return options[below(options.length)];
  }

  boolean bool() {
    return below(2) == 1;
  }

  /** The choices made so far. */
  List<Integer> choices() {
    return List.copyOf(made);
  }
}
