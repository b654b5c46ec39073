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
    addSuggesting(code, at, "", message, args);
  }

  /**
   * Adds a problem whose message is {@code String.format(message, args)} and which suggests the
   * known id {@code near} (empty for none); the message says it too, through {@link #hint}.
   */
  void addSuggesting(ProblemCode code, Pointer at, String near, String message, Object... args) {
    problems.add(new Problem(code, at.value(), String.format(message, args), near));
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
    String near = nearest(id, known);
    addSuggesting(ProblemCode.UNKNOWN_REFERENCE, at, near, "unknown %s '%s'%s", what, id, hint(near));
    return false;
  }

  /** The known id closest to {@code id}, when one is close enough to be a slip; else empty. */
  static String nearest(String id, Collection<String> known) {
    return Spelling.closest(id, known).orElse("");
  }

  /** {@code " (did you mean 'x'?)"} for the suggestion {@code near}; empty for none. */
  static String hint(String near) {
    return near.isEmpty() ? "" : " (did you mean '" + near + "'?)";
  }

  /** The problems so far, in the order added. */
  List<Problem> toList() {
    return List.copyOf(problems);
  }
}
