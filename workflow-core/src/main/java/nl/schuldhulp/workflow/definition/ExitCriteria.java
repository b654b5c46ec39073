package nl.schuldhulp.workflow.definition;

import static nl.schuldhulp.workflow.internal.Preconditions.checkArgument;
import static nl.schuldhulp.workflow.internal.Preconditions.copy;
import static nl.schuldhulp.workflow.internal.Preconditions.requireText;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;

/**
 * Explicit criteria for letting go (<i>loslaatcriteria</i>, R-64, R-65): from which steps a case
 * may be closed with a closure type, and what must hold then. A step named by any exit criteria
 * is a closing step.
 *
 * <p>This class is immutable and threadsafe.
 *
 * @param id identifier, unique in the definition, e.g. {@code "positief-afgesloten"}
 * @param label Dutch description of the criteria, as the client lead reads them
 * @param type the closure type these criteria allow
 * @param steps the steps from which the case may be closed this way; at least one
 * @param condition what must hold to close
 * @param requiresConsultation whether the decision must be taken in a multidisciplinary
 *     consultation (<i>casuïstiekoverleg</i>) and the closing command must name it
 */
public record ExitCriteria(
    @NotBlank String id,
    @NotBlank String label,
    @NotNull ClosureType type,
    @NotEmpty List<@NotBlank String> steps,
    @NotNull @Valid Guard condition,
    boolean requiresConsultation) {

  /** Checks the arguments and copies the list. */
  public ExitCriteria {
    requireText(id, "id");
    requireText(label, "label");
    Objects.requireNonNull(type, "type");
    steps = copy(steps, "steps");
    checkArgument(!steps.isEmpty(), "exit criteria %s must name at least one step", id);
    Objects.requireNonNull(condition, "condition");
  }
}
