package nl.schuldhulp.workflow.definition;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * The aftercare (<i>nazorg</i>) schedule after a positive closure: how long it lasts and how
 * often the client lead checks in. {@link #none()} when the municipality offers no aftercare.
 *
 * <p>This class is immutable and threadsafe.
 *
 * @param duration how long aftercare lasts; zero for none
 * @param contactEvery how often a check-in is due during aftercare
 */
public record Aftercare(@NotNull @Valid Term duration, @NotNull @Valid Term contactEvery) {
  private static final Aftercare NONE = new Aftercare(Term.days(0), Term.days(0));

  /** Checks the arguments. */
  public Aftercare {
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(contactEvery, "contactEvery");
  }

  /** No aftercare. */
  public static Aftercare none() {
    return NONE;
  }

  /** Whether the schedule offers aftercare at all. */
  public boolean offered() {
    return duration.amount() > 0;
  }
}
