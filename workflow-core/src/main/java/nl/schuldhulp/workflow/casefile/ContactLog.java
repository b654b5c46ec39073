package nl.schuldhulp.workflow.casefile;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A summary of a case's contact moments: how many, the last one, the last one that reached the
 * client, and the unanswered attempts since then (all, and the outgoing ones with their channels,
 * which closing as contact lost needs, R-66). The full log is in the events; the contact-loss
 * signal reads this summary.
 *
 * <p>This class is immutable and threadsafe.
 */
public final class ContactLog {
  static final ContactLog EMPTY = new ContactLog(0, 0, 0, 0, null, null);
  private static final ContactChannel[] CHANNELS = ContactChannel.values();

  private final int contacts;
  private final int attemptsSinceReached;
  private final int outboundAttemptsSinceReached;
  private final int outboundChannels; // bit per ContactChannel ordinal
  private final Instant last; // null when none
  private final Instant lastReached; // null when none

  private ContactLog(int contacts, int attemptsSinceReached, int outboundAttemptsSinceReached, int outboundChannels,
      Instant last, Instant lastReached) {
    this.contacts = contacts;
    this.attemptsSinceReached = attemptsSinceReached;
    this.outboundAttemptsSinceReached = outboundAttemptsSinceReached;
    this.outboundChannels = outboundChannels;
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

  /** How many outgoing attempts did not reach the client since the client was last reached. */
  public int outboundAttemptsSinceReached() {
    return outboundAttemptsSinceReached;
  }

  /** The channels of the outgoing attempts that did not reach the client since then. */
  public Set<ContactChannel> outboundAttemptChannels() {
    Set<ContactChannel> channels = EnumSet.noneOf(ContactChannel.class);
    for (ContactChannel channel : CHANNELS) {
      if ((outboundChannels & (1 << channel.ordinal())) != 0) {
        channels.add(channel);
      }
    }
    return Collections.unmodifiableSet(channels);
  }

  int outboundChannelCount() {
    return Integer.bitCount(outboundChannels);
  }

  /** When the last contact moment or attempt was. */
  public Optional<Instant> last() {
    return Optional.ofNullable(last);
  }

  /** When the client was last reached. */
  public Optional<Instant> lastReached() {
    return Optional.ofNullable(lastReached);
  }

  ContactLog plus(Instant at, ContactChannel channel, ContactDirection direction, boolean reached) {
    if (reached) {
      return new ContactLog(contacts + 1, 0, 0, 0, at, at);
    }
    boolean outbound = direction == ContactDirection.OUTBOUND;
    return new ContactLog(contacts + 1, attemptsSinceReached + 1, outboundAttemptsSinceReached + (outbound ? 1 : 0),
        outbound ? outboundChannels | 1 << channel.ordinal() : outboundChannels, at, lastReached);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ContactLog
        && contacts == ((ContactLog) other).contacts
        && attemptsSinceReached == ((ContactLog) other).attemptsSinceReached
        && outboundAttemptsSinceReached == ((ContactLog) other).outboundAttemptsSinceReached
        && outboundChannels == ((ContactLog) other).outboundChannels
        && Objects.equals(last, ((ContactLog) other).last)
        && Objects.equals(lastReached, ((ContactLog) other).lastReached);
  }

  @Override
  public int hashCode() {
    return Objects.hash(contacts, attemptsSinceReached, outboundAttemptsSinceReached, outboundChannels, last, lastReached);
  }

  @Override
  public String toString() {
    return "ContactLog[" + contacts + " contacts, " + attemptsSinceReached + " attempts since reached]";
  }
}
