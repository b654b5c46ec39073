package nl.schuldhulp.workflow.definition;

import static nl.schuldhulp.workflow.internal.Preconditions.requireText;

import jakarta.validation.constraints.NotBlank;

/**
 * A role (position) within an organisation, e.g. the <i>trajectbegeleider W&amp;I</i> of the
 * municipality or the <i>generalist</i> of a neighbourhood team.
 *
 * <p>This class is immutable and threadsafe.
 *
 * @param id identifier, unique within its organisation, e.g. {@code "generalist"}
 * @param label Dutch display label
 */
public record Role(@NotBlank String id, @NotBlank String label) {
  /** Checks the arguments. */
  public Role {
    requireText(id, "id");
    requireText(label, "label");
  }
}
