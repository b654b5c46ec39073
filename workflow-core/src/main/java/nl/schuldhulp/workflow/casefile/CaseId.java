package nl.schuldhulp.workflow.casefile;

import static nl.schuldhulp.workflow.internal.Preconditions.requireText;

/**
 * Identifies one case (<i>casus</i>) of one household. The value is chosen by the embedding
 * application, e.g. its own dossier number; it carries no personal data.
 *
 * <p>This class is immutable and threadsafe.
 *
 * @param value the identifier, not blank
 */
public record CaseId(String value) {
  /** Checks the argument. */
  public CaseId {
    requireText(value, "value");
  }

  /** The case id {@code value}. */
  public static CaseId of(String value) {
    return new CaseId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
