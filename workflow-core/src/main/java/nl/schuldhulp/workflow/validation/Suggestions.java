package nl.schuldhulp.workflow.validation;

import java.util.Optional;

/**
 * Finds the existing id nearest to a misspelt one, by optimal-string-alignment distance
 * (Levenshtein plus transposition of two neighbouring characters, as Damerau counts typing errors).
 * An id is suggested only when it is reasonably close: at most one edit for ids up to five
 * characters, two up to eight, three beyond. Ties go to the id that comes first in the definition.
 */
final class Suggestions {
  private Suggestions() {}

  /** The nearest of {@code known} to {@code unknown}, if one is close enough. */
  static Optional<String> nearest(String unknown, Iterable<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int distance = distance(unknown, candidate);
      if (distance < bestDistance && distance <= tolerance(candidate)) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /** How many edits still count as a typing error of {@code id}. */
  static int tolerance(String id) {
    return id.length() <= 5 ? 1 : id.length() <= 8 ? 2 : 3;
  }

  /** The optimal-string-alignment distance between two strings. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
