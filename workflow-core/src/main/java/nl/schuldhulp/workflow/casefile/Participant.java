package nl.schuldhulp.workflow.casefile;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A professional who takes part in a case without holding regie, such as a W&amp;I trajectory coach
 * or an I&amp;A worker: a position (organisation and role, R-18), optionally the professional
 * by id, what they do, and the start and end of their involvement.
 *
 * <p>This class is immutable and threadsafe.
 */
public final class Participant {
  private final String organisation;
  private final String role;
  private final String professional;
  private final String reason;
  private final Instant started;
  private final Instant ended; // null while taking part

  Participant(String organisation, String role, String professional, String reason, Instant started, Instant ended) {
    this.organisation = organisation;
    this.role = role;
    this.professional = professional;
    this.reason = reason;
    this.started = started;
    this.ended = ended;
  }

  /** The organisation. */
  public String organisation() {
    return organisation;
  }

  /** The role of the organisation in which they take part. */
  public String role() {
    return role;
  }

  /** The professional's id; empty when none was named. */
  public Optional<String> professional() {
    return professional.isEmpty() ? Optional.empty() : Optional.of(professional);
  }

  /** What they do in the case. */
  public String reason() {
    return reason;
  }

  /** When their involvement started. */
  public Instant started() {
    return started;
  }

  /** When their involvement ended; empty while they take part. */
  public Optional<Instant> ended() {
    return Optional.ofNullable(ended);
  }

  /** Whether they still take part. */
  public boolean active() {
    return ended == null;
  }

  /** Whether this is the active participation of {@code organisation} in {@code role}. */
  boolean activeAs(String organisation, String role) {
    return ended == null && this.organisation.equals(organisation) && this.role.equals(role);
  }

  Participant endedAt(Instant at) {
    return new Participant(organisation, role, professional, reason, started, at);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Participant that
        && organisation.equals(that.organisation)
        && role.equals(that.role)
        && professional.equals(that.professional)
        && reason.equals(that.reason)
        && started.equals(that.started)
        && Objects.equals(ended, that.ended);
  }

  @Override
  public int hashCode() {
    return Objects.hash(organisation, role, started);
  }

  /** Names the position and whether it is active; never the professional. */
  @Override
  public String toString() {
    return "Participant[" + organisation + "/" + role + (ended == null ? ", active]" : ", ended]");
  }
}
