package nl.schuldhulp.workflow.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import nl.schuldhulp.workflow.internal.Spelling;

/**
 * The collector every rule family adds its problems to, in the order found. Not threadsafe; one per
 * validation run.
 */
final class ProblemList {
  private final List<Problem> problems = new ArrayList<>();

  /** Adds a problem whose message is {@code String.format(message, args)}. */
  void add(ProblemCode code, Pointer at, String message, Object... args) {
    problems.add(new Problem(code, at.value(), String.format(message, args)));
  }

  /**
   * Checks that {@code id} is one of {@code known}; if not, reports an unknown {@code what} at
   * {@code at}, suggesting the nearest known id when one is close.
   *
   * @return whether the id is known
   */
  boolean requireKnown(String what, String id, Collection<String> known, Pointer at) {
    if (known.contains(id)) {
      return true;
    }
    add(ProblemCode.UNKNOWN_REFERENCE, at, "unknown %s '%s'%s", what, id, hint(id, known));
    return false;
  }

  /** {@code " (did you mean 'x'?)"} when a known id is close to {@code id}, else empty. */
  static String hint(String id, Collection<String> known) {
    return Spelling.closest(id, known).map(near -> " (did you mean '" + near + "'?)").orElse("");
  }

  /** The problems so far, in the order added. */
  List<Problem> toList() {
    return List.copyOf(problems);
  }
}
