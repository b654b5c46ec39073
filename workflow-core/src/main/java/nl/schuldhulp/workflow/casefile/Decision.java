package nl.schuldhulp.workflow.casefile;

import java.util.List;
import java.util.Objects;

/**
 * What {@link Cases#decide} made of a command: the events to append, or the rejection.
 *
 * <p>Implementations are immutable and threadsafe.
 */
public sealed interface Decision permits Decision.Accepted, Decision.Rejected {

  /** Whether the command was accepted. */
  default boolean accepted() {
    return this instanceof Accepted;
  }

  /**
   * The command was accepted.
   *
   * @param events the new events, numbered on from the state's version; at least one
   */
  record Accepted(List<Event> events) implements Decision {
    /** Copies the list. */
    public Accepted {
      events = List.copyOf(events);
    }
  }

  /**
   * The command was refused.
   *
   * @param rejection the rule and reason
   */
  record Rejected(Rejection rejection) implements Decision {
    /** Checks the argument. */
    public Rejected {
      Objects.requireNonNull(rejection, "rejection");
    }
  }
}
