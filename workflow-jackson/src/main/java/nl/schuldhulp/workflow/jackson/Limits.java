package nl.schuldhulp.workflow.jackson;

import static nl.schuldhulp.workflow.internal.Preconditions.checkArgument;

/**
 * The defensive limits applied while reading, so that hostile or broken input fails with a clear
 * problem instead of a stack overflow or an out-of-memory error. The defaults are far above any
 * real definition (a large municipal definition is some tens of kilobytes, nests about fifteen
 * levels and has lists of tens of elements).
 *
 * @param maxDocumentChars the longest document, in characters (bytes for a file)
 * @param maxDepth the deepest nesting of objects and arrays
 * @param maxTextLength the longest string or member name, in characters
 * @param maxElements the most elements in one array, or members in one object
 * @param maxValues the most values (tokens) in the whole document
 * @param maxNumberLength the most characters in one number
 */
record Limits(
    int maxDocumentChars,
    int maxDepth,
    int maxTextLength,
    int maxElements,
    int maxValues,
    int maxNumberLength) {

  /** One million characters, 64 levels, 10,000-character texts, 10,000 elements, 500,000 values. */
  static final Limits DEFAULTS = new Limits(1_000_000, 64, 10_000, 10_000, 500_000, 20);

  Limits {
    checkArgument(maxDocumentChars > 0, "maxDocumentChars (%s) must be positive", maxDocumentChars);
    checkArgument(maxDepth > 1, "maxDepth (%s) must be more than 1", maxDepth);
    checkArgument(maxTextLength > 0, "maxTextLength (%s) must be positive", maxTextLength);
    checkArgument(maxElements > 0, "maxElements (%s) must be positive", maxElements);
    checkArgument(maxValues > 0, "maxValues (%s) must be positive", maxValues);
    checkArgument(maxNumberLength > 0, "maxNumberLength (%s) must be positive", maxNumberLength);
  }
}
