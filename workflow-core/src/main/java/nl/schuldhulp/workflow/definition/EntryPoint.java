package nl.schuldhulp.workflow.definition;

import static nl.schuldhulp.workflow.internal.Preconditions.copy;
import static nl.schuldhulp.workflow.internal.Preconditions.requireText;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;

/**
 * A way into the process: self-registration, a referral by a partner, or an early
 * warning from a fixed-cost partner, landing on a step. Several entry points may land on the same
 * step, so there is no wrong door (<i>geen verkeerde deur</i>).
 *
 * <p>This class is immutable and threadsafe.
 *
 * @param id identifier, unique in the definition
 * @param label Dutch display label
 * @param channel the registration channel
 * @param step the step a case registered here starts in
 * @param organisations the organisations that may register a case through this entry point
 */
public record EntryPoint(
    @NotBlank String id,
    @NotBlank String label,
    @NotNull EntryChannel channel,
    @NotBlank String step,
    @NotEmpty List<@NotBlank String> organisations) {

  /** Checks the arguments and copies the list. */
  public EntryPoint {
    requireText(id, "id");
    requireText(label, "label");
    Objects.requireNonNull(channel, "channel");
    requireText(step, "step");
    organisations = copy(organisations, "organisations");
  }
}
