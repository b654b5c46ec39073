package nl.schuldhulp.workflow.casefile;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import nl.schuldhulp.workflow.definition.ActivityKind;

/**
 * A parallel activity of a case (crisis intervention, moratorium, budget management, ...) with its
 * dates and the organisation carrying it out.
 *
 * <p>This class is immutable and threadsafe.
 */
public final class Activity {
  private final String id;
  private final ActivityKind kind;
  private final String organisation;
  private final Instant started;
  private final Instant ended; // null while running
  private final ActivityOutcome outcome; // null while running

  Activity(String id, ActivityKind kind, String organisation, Instant started, Instant ended, ActivityOutcome outcome) {
    this.id = id;
    this.kind = kind;
    this.organisation = organisation;
    this.started = started;
    this.ended = ended;
    this.outcome = outcome;
  }

  /** The activity id, unique in the case. */
  public String id() {
    return id;
  }

  /** The kind. */
  public ActivityKind kind() {
    return kind;
  }

  /** The organisation carrying it out. */
  public String organisation() {
    return organisation;
  }

  /** When it started. */
  public Instant started() {
    return started;
  }

  /** When it ended; empty while it runs. */
  public Optional<Instant> ended() {
    return Optional.ofNullable(ended);
  }

  /** How it ended: completed, or stopped by closing the case; empty while it runs. */
  public Optional<ActivityOutcome> outcome() {
    return Optional.ofNullable(outcome);
  }

  /** Whether it is running. */
  public boolean running() {
    return ended == null;
  }

  Activity endedAt(Instant at, ActivityOutcome how) {
    return new Activity(id, kind, organisation, started, at, how);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Activity
        && id.equals(((Activity) other).id)
        && kind == ((Activity) other).kind
        && organisation.equals(((Activity) other).organisation)
        && started.equals(((Activity) other).started)
        && Objects.equals(ended, ((Activity) other).ended)
        && outcome == ((Activity) other).outcome;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, kind, organisation, started, ended);
  }

  @Override
  public String toString() {
    return "Activity[" + id + " " + kind + " by " + organisation + (running() ? ", running]" : ", " + outcome + "]");
  }
}
