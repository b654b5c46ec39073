package nl.schuldhulp.workflow.definition;

import static nl.schuldhulp.workflow.internal.Preconditions.requireText;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * A moment in a case that a {@link Norm} counts from or to, read from the case's events.
 *
 * <p>Implementations are immutable and threadsafe.
 */
public sealed interface Milestone
    permits Milestone.Registered,
        Milestone.FirstConversation,
        Milestone.AccessDecided,
        Milestone.Closed,
        Milestone.StepEntered,
        Milestone.TaskCompleted,
        Milestone.ActivityStarted,
        Milestone.ActivityEnded,
        Milestone.FlagRaised,
        Milestone.AppointmentHeld {

  /** The request for help: the case was registered (in any form, also orally). */
  enum Registered implements Milestone {
    /** The single instance. */
    INSTANCE
  }

  /** The first conversation with the client was held (the first held appointment). */
  enum FirstConversation implements Milestone {
    /** The single instance. */
    INSTANCE
  }

  /** The decision on access (<i>beschikking</i>) was taken, whatever its outcome. */
  enum AccessDecided implements Milestone {
    /** The single instance. */
    INSTANCE
  }

  /** The case was closed. */
  enum Closed implements Milestone {
    /** The single instance. */
    INSTANCE
  }

  /**
   * The case entered a step.
   *
   * @param step step id
   */
  record StepEntered(@NotBlank String step) implements Milestone {
    /** Checks the argument. */
    public StepEntered {
      requireText(step, "step");
    }
  }

  /**
   * A task created from a template was completed.
   *
   * @param task task template id
   */
  record TaskCompleted(@NotBlank String task) implements Milestone {
    /** Checks the argument. */
    public TaskCompleted {
      requireText(task, "task");
    }
  }

  /**
   * An activity of a kind started.
   *
   * @param kind the activity kind
   */
  record ActivityStarted(@NotNull ActivityKind kind) implements Milestone {
    /** Checks the argument. */
    public ActivityStarted {
      Objects.requireNonNull(kind, "kind");
    }
  }

  /**
   * An activity of a kind ended.
   *
   * @param kind the activity kind
   */
  record ActivityEnded(@NotNull ActivityKind kind) implements Milestone {
    /** Checks the argument. */
    public ActivityEnded {
      Objects.requireNonNull(kind, "kind");
    }
  }

  /**
   * A flag was raised.
   *
   * @param flag the flag
   */
  record FlagRaised(@NotNull Flag flag) implements Milestone {
    /** Checks the argument. */
    public FlagRaised {
      Objects.requireNonNull(flag, "flag");
    }
  }

  /**
   * An appointment of a kind was held.
   *
   * @param kind the appointment kind
   */
  record AppointmentHeld(@NotNull AppointmentKind kind) implements Milestone {
    /** Checks the argument. */
    public AppointmentHeld {
      Objects.requireNonNull(kind, "kind");
    }
  }
}
