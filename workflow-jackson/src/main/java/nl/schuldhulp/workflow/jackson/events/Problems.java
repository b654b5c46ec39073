package nl.schuldhulp.workflow.jackson.events;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of a read, each stamped with the line being read, up to a maximum; once
 * full it records one last {@link EventProblem.Kind#LIMIT} problem and reports {@link #full()}.
 *
 * <p>This class is not threadsafe.
 */
final class Problems {
  private final List<EventProblem> list = new ArrayList<>();
  private final int max;
  private int line = 1;

  Problems(int max) {
    this.max = max;
  }

  /** Stamps the following problems with {@code line}. */
  void atLine(int line) {
    this.line = line;
  }

  int line() {
    return line;
  }

  void add(EventProblem.Kind kind, String pointer, String message) {
    if (full()) {
      return;
    }
    if (list.size() == max) {
      list.add(new EventProblem(line, "", EventProblem.Kind.LIMIT,
          "more than " + max + " problems; reading stopped here"));
      return;
    }
    list.add(new EventProblem(line, pointer, kind, message));
  }

  /** How many problems were recorded so far; compare before and after to see if a part failed. */
  int count() {
    return list.size();
  }

  boolean full() {
    return list.size() > max;
  }

  /** Throws an {@link EventFormatException} with every problem, if there is any. */
  void throwIfAny() {
    if (!list.isEmpty()) {
      throw new EventFormatException(list);
    }
  }
}
