package nl.schuldhulp.workflow.jackson.events;

import java.util.Collection;
import nl.schuldhulp.workflow.jackson.internal.Spelling;

/** The hint for a misspelt name, from the known names closest to it ({@link Spelling}). */
final class Closest {
  private Closest() {}

  /**
   * {@code "; did you mean \"X\"?"} for the closest of {@code known} within a few edits, else
   * {@code "; expected one of: A, B"} for a short list, else nothing.
   */
  static String hint(String name, Collection<String> known) {
    String closest = Spelling.closest(name, known);
    if (!closest.isEmpty()) {
      return "; did you mean \"" + closest + "\"?";
    }
    return known.isEmpty() || known.size() > 10 ? "" : "; expected one of: " + String.join(", ", known);
  }
}
