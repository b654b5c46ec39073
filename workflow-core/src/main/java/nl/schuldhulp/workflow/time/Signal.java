package nl.schuldhulp.workflow.time;

import static nl.schuldhulp.workflow.internal.Preconditions.requireText;

import java.time.Instant;
import java.util.Objects;

/**
 * A warning signal on a case at an instant: derived from the case's events by {@link Signals},
 * never recorded by hand.
 *
 * <p>This class is immutable and threadsafe.
 *
 * @param kind what kind of signal
 * @param reason why it arose, in plain Dutch
 * @param arose the moment it arose
 * @param subject what it is about within the case: a task, norm, appointment or regie kind id;
 *     empty when it concerns the whole case
 * @param owner the id of the organisation that should act: for a handover signal the receiver (not
 *     accepted) or the sender (declined), for an overdue task its owner's organisation, else (also
 *     for the client's own tasks) the holder of client regie; empty when no organisation holds
 *     regie
 */
public record Signal(SignalKind kind, String reason, Instant arose, String subject, String owner) {
  /** Checks the arguments. */
  public Signal {
    Objects.requireNonNull(kind, "kind");
    requireText(reason, "reason");
    Objects.requireNonNull(arose, "arose");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(owner, "owner");
  }
}
