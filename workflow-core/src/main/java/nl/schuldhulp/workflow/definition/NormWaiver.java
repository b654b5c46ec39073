package nl.schuldhulp.workflow.definition;

import static nl.schuldhulp.workflow.internal.Preconditions.requireText;

import jakarta.validation.constraints.NotBlank;

/**
 * An explicit, written decision to leave a legal norm out of a definition, e.g. for a programme
 * that never handles first requests for help. Without a waiver, the validator requires the Wgs
 * norms (see {@link Norms#legal()}).
 *
 * <p>This class is immutable and threadsafe.
 *
 * @param norm the id of the waived norm, e.g. {@code "wgs-eerste-gesprek"}
 * @param reason why it does not apply, in words a supervisor can check
 */
public record NormWaiver(@NotBlank String norm, @NotBlank String reason) {
  /** Checks the arguments. */
  public NormWaiver {
    requireText(norm, "norm");
    requireText(reason, "reason");
  }
}
