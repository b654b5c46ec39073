package nl.schuldhulp.workflow.jackson.internal;

import java.util.Collection;

/**
 * Finds the word someone probably meant, for the definition and the event format's "did you mean"
 * hints: delegates to the core's one implementation ({@link nl.schuldhulp.workflow.internal.Spelling}).
 * Not API (see the package). Stateless and threadsafe.
 */
public final class Spelling {
  private Spelling() {}

  /** The closest candidate, or {@code ""} when none is close; never {@code value} itself. */
  public static String closest(String value, Collection<String> candidates) {
    return nl.schuldhulp.workflow.internal.Spelling.closest(value, candidates).orElse("");
  }
}
