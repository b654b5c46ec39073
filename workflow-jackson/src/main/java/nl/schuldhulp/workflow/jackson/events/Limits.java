package nl.schuldhulp.workflow.jackson.events;

import static nl.schuldhulp.workflow.internal.Preconditions.checkArgument;

/**
 * Defensive limits applied while reading events, so that hostile or broken input fails with a
 * problem instead of an out-of-memory error or a stack overflow. The defaults are far above any
 * real event (a few hundred characters, three levels deep).
 *
 * @param maxLineChars the longest line (one event), in characters
 * @param maxDepth the deepest nesting of objects and arrays in one line
 * @param maxTextLength the longest string or member name, in characters
 * @param maxNumberLength the most characters in one number
 * @param maxLines the most lines in one stream
 * @param maxProblems the most problems listed; reading stops after that many
 */
record Limits(
    int maxLineChars, int maxDepth, int maxTextLength, int maxNumberLength, int maxLines, int maxProblems) {

  /** 100,000-character lines, 16 levels, 10,000-character texts, 20-digit numbers, 1,000,000 lines, 1,000 problems. */
  static final Limits DEFAULTS = new Limits(100_000, 16, 10_000, 20, 1_000_000, 1_000);

  Limits {
    checkArgument(maxLineChars > 0, "maxLineChars (%s) must be positive", maxLineChars);
    checkArgument(maxDepth > 2, "maxDepth (%s) must be more than 2", maxDepth);
    checkArgument(maxTextLength > 0, "maxTextLength (%s) must be positive", maxTextLength);
    checkArgument(maxNumberLength > 0, "maxNumberLength (%s) must be positive", maxNumberLength);
    checkArgument(maxLines > 0, "maxLines (%s) must be positive", maxLines);
    checkArgument(maxProblems > 0, "maxProblems (%s) must be positive", maxProblems);
  }
}
