package nl.schuldhulp.workflow.jackson.events;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;

/** Finds the known name closest to a misspelt one, by edit distance ignoring case. */
final class Closest {
  private Closest() {}

  /**
   * {@code "; did you mean \"X\"?"} for the closest of {@code known} within a few edits, else
   * {@code "; expected one of: A, B"} for a short list, else nothing.
   */
  static String hint(String name, Collection<String> known) {
    String lower = name.toLowerCase(Locale.ROOT);
    return known.stream()
        .filter(candidate -> distance(lower, candidate.toLowerCase(Locale.ROOT)) <= Math.max(2, name.length() / 3))
        .min(Comparator.comparingInt(candidate -> distance(lower, candidate.toLowerCase(Locale.ROOT))))
        .map(candidate -> "; did you mean \"" + candidate + "\"?")
        .orElse(known.isEmpty() || known.size() > 10 ? "" : "; expected one of: " + String.join(", ", known));
  }

  /** Levenshtein distance; names are bounded by the text-length limit, so quadratic is fine. */
  static int distance(String a, String b) {
    if (a.length() > 200 || b.length() > 200) {
      return Integer.MAX_VALUE;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
