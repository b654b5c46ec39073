package nl.schuldhulp.workflow.definition;

import static nl.schuldhulp.workflow.internal.Preconditions.requireText;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Objects;

/**
 * A permitted move from the step that declares it to another step, allowed while its guard holds.
 * When two transitions of one step may hold at the same time, their priorities must differ; the
 * higher priority is taken (no silent nondeterminism).
 *
 * <p>This class is immutable and threadsafe.
 *
 * @param to the target step id
 * @param guard the condition under which the move is allowed
 * @param priority zero or more; higher wins when several transitions are enabled
 * @param label Dutch description of the move, e.g. "advies: stabiliseren"
 */
public record Transition(
    @NotBlank String to, @NotNull Guard guard, @PositiveOrZero int priority, @NotBlank String label) {

  /** Checks the arguments. */
  public Transition {
    requireText(to, "to");
    Objects.requireNonNull(guard, "guard");
    requireText(label, "label");
  }

  /** An unguarded move to {@code to} with priority 0, labelled by its target. */
  public static Transition to(String to) {
    return new Transition(to, Guard.always(), 0, to);
  }

  /** A guarded move to {@code to} with priority 0, labelled by its target. */
  public static Transition to(String to, Guard guard) {
    return new Transition(to, guard, 0, to);
  }

  /** A copy with another priority. */
  public Transition withPriority(int newPriority) {
    return new Transition(to, guard, newPriority, label);
  }

  /** A copy with another label. */
  public Transition withLabel(String newLabel) {
    return new Transition(to, guard, priority, newLabel);
  }
}
