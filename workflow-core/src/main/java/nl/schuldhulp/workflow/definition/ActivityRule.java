package nl.schuldhulp.workflow.definition;

import static nl.schuldhulp.workflow.internal.Preconditions.copy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;

/**
 * A parallel activity the definition offers and the organisations that may carry it out, e.g.
 * <i>budgetbeheer</i> by the municipal debt service. The organisation carrying out a running
 * activity holds its execution regie (<i>regie op de uitvoering</i>).
 *
 * <p>This class is immutable and threadsafe.
 *
 * @param kind the activity kind
 * @param organisations the organisations that may carry it out; at least one
 */
public record ActivityRule(
    @NotNull ActivityKind kind, @NotEmpty List<@NotBlank String> organisations) {
  /** Checks the arguments and copies the list. */
  public ActivityRule {
    Objects.requireNonNull(kind, "kind");
    organisations = copy(organisations, "organisations");
  }
}
