package nl.schuldhulp.workflow.casefile;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A summary of a case's contact moments: how many, the last one, the last one that reached the
 * client, and the unanswered attempts since then. The full log is in the events; the contact-loss
 * signal reads this summary.
 *
 * <p>This class is immutable and threadsafe.
 */
public final class ContactLog {
  static final ContactLog EMPTY = new ContactLog(0, 0, null, null);

  private final int contacts;
  private final int attemptsSinceReached;
  private final Instant last; // null when none
  private final Instant lastReached; // null when none

  private ContactLog(int contacts, int attemptsSinceReached, Instant last, Instant lastReached) {
    this.contacts = contacts;
    this.attemptsSinceReached = attemptsSinceReached;
    this.last = last;
    this.lastReached = lastReached;
  }

  /** How many contact moments and attempts were recorded. */
  public int contacts() {
    return contacts;
  }

  /** How many attempts did not reach the client since the client was last reached. */
  public int attemptsSinceReached() {
    return attemptsSinceReached;
  }

  /** When the last contact moment or attempt was. */
  public Optional<Instant> last() {
    return Optional.ofNullable(last);
  }

  /** When the client was last reached. */
  public Optional<Instant> lastReached() {
    return Optional.ofNullable(lastReached);
  }

  ContactLog plus(Instant at, boolean reached) {
    return reached
        ? new ContactLog(contacts + 1, 0, at, at)
        : new ContactLog(contacts + 1, attemptsSinceReached + 1, at, lastReached);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ContactLog
        && contacts == ((ContactLog) other).contacts
        && attemptsSinceReached == ((ContactLog) other).attemptsSinceReached
        && Objects.equals(last, ((ContactLog) other).last)
        && Objects.equals(lastReached, ((ContactLog) other).lastReached);
  }

  @Override
  public int hashCode() {
    return Objects.hash(contacts, attemptsSinceReached, last, lastReached);
  }

  @Override
  public String toString() {
    return "ContactLog[" + contacts + " contacts, " + attemptsSinceReached + " attempts since reached]";
  }
}
