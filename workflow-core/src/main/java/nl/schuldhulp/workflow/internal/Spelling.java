package nl.schuldhulp.workflow.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the name someone probably meant: the closest candidate by optimal-string-alignment distance
 * (Levenshtein plus swapping two neighbouring characters, as Damerau counts typing errors), ignoring
 * case. A candidate is suggested only when it is close enough to be a typing error of it: at most one
 * edit for names up to five characters, two up to eight, three beyond. Ties go to the candidate that
 * comes first. The one "did you mean" of the library: the definition validator and the JSON readers
 * use it. Not API. Stateless and threadsafe.
 */
public final class Spelling {
  private Spelling() {}

  /**
   * The closest of {@code candidates} to {@code value}, if one is close enough; never {@code value}
   * itself.
   */
  public static Optional<String> closest(String value, Collection<String> candidates) {
    String lower = value.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      if (candidate.equals(value)) {
        continue;
      }
      int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance && distance <= tolerance(candidate)) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /** How many edits still count as a typing error of {@code name}. */
  static int tolerance(String name) {
    return name.length() <= 5 ? 1 : name.length() <= 8 ? 2 : 3;
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
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
