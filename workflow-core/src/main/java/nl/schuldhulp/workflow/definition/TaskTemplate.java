package nl.schuldhulp.workflow.definition;

import static nl.schuldhulp.workflow.internal.Preconditions.requireText;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * A task that is created when a case enters a step (<i>taakverdeling</i>, R-39): one owner, a due
 * date counted from entering the step, and a plain-language text the client can read.
 *
 * <p>This class is immutable and threadsafe.
 *
 * @param id identifier, unique within its step
 * @param text plain-language text (B1), e.g. "Lever uw loonstroken van de laatste drie maanden in"
 * @param owner who must do it: the client or an organisation role
 * @param due how long after entering the step it is due
 * @param required whether it must be done before the case may leave the step
 * @param clientVisible whether it appears on the client's action list
 */
public record TaskTemplate(
    @NotBlank String id,
    @NotBlank String text,
    @NotNull Assignee owner,
    @NotNull Term due,
    boolean required,
    boolean clientVisible) {

  /** Checks the arguments. */
  public TaskTemplate {
    requireText(id, "id");
    requireText(text, "text");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(due, "due");
  }
}
