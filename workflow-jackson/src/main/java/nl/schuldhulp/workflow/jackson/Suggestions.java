package nl.schuldhulp.workflow.jackson;

import java.util.Collection;
import java.util.Locale;

/**
 * Finds the word someone probably meant: the closest candidate by edit distance (ignoring case),
 * if it is close enough to be a likely misspelling. Package-private; stateless.
 */
final class Suggestions {
  private Suggestions() {}

  /** The closest candidate, or {@code ""} when none is close; never {@code value} itself. */
  static String closest(String value, Collection<String> candidates) {
    String lower = value.toLowerCase(Locale.ROOT);
    String best = "";
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      if (candidate.equals(value)) {
        continue;
      }
      int distance = distance(lower, candidate.toLowerCase(Locale.ROOT), bestDistance);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    int allowed = Math.max(2, best.length() / 3);
    return bestDistance <= allowed ? best : "";
  }

  /** Levenshtein distance, giving up (returning {@code limit}) once it cannot beat {@code limit}. */
  private static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) >= limit) {
      return limit;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMinimum = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
        rowMinimum = Math.min(rowMinimum, current[j]);
      }
      if (rowMinimum >= limit) {
        return limit;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
