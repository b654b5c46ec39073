package nl.schuldhulp.workflow.definition;

import static nl.schuldhulp.workflow.internal.Preconditions.checkArgument;
import static nl.schuldhulp.workflow.internal.Preconditions.copy;
import static nl.schuldhulp.workflow.internal.Preconditions.requireText;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/**
 * A fact about a case that professionals record and guards read, with its closed list of values,
 * e.g. {@code spoor} with values {@code 1, 2, 3} or {@code rijp} with {@code ja, nee}. The closed
 * list keeps guards checkable and lets the model checker enumerate every combination.
 *
 * <p>This class is immutable and threadsafe.
 *
 * @param id identifier, unique in the definition
 * @param label Dutch display label
 * @param values the values the fact may take; at least one, no duplicates
 */
public record Fact(@NotBlank String id, @NotBlank String label, @NotEmpty List<@NotBlank String> values) {
  /** Checks the arguments and copies the list. */
  public Fact {
    requireText(id, "id");
    requireText(label, "label");
    values = copy(values, "values");
    checkArgument(!values.isEmpty(), "fact %s must have at least one value", id);
  }
}
