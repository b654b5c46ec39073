package nl.schuldhulp.workflow.definition;

import static nl.schuldhulp.workflow.internal.Preconditions.requireText;

import jakarta.validation.constraints.NotBlank;

/**
 * A life domain that professionals score from 1 (acute problems) to 5 (fully self-reliant), as the
 * Zelfredzaamheid-Matrix does, e.g. {@code financien} or {@code huisvesting}.
 *
 * <p>This class is immutable and threadsafe.
 *
 * @param id identifier, unique in the definition
 * @param label Dutch display label
 */
public record AssessmentDomain(@NotBlank String id, @NotBlank String label) {
  /** The lowest score: acute problems. */
  public static final int MIN_SCORE = 1;
  /** The highest score: fully self-reliant. */
  public static final int MAX_SCORE = 5;

  /** Checks the arguments. */
  public AssessmentDomain {
    requireText(id, "id");
    requireText(label, "label");
  }
}
