package nl.schuldhulp.workflow.casefile;

import java.time.Instant;
import java.util.Objects;

/**
 * An immutable fact in a case's history: the only source of truth. Replaying a case's
 * events with {@link Cases#replay} rebuilds exactly the same {@link CaseState}.
 *
 * <p>This class is immutable and threadsafe.
 *
 * @param caseId the case
 * @param version the sequence number within the case, from 1 without gaps
 * @param at when it happened (the instant of the command that caused it)
 * @param actor who acted
 * @param change what changed
 */
public record Event(CaseId caseId, long version, Instant at, Actor actor, Change change) {
  /** Checks the arguments. */
  public Event {
    Objects.requireNonNull(caseId, "caseId");
    if (version <= 0) {
      // not checkArgument: its varargs would box the version on every event
      throw new IllegalArgumentException("version (" + version + ") must be positive");
    }
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(change, "change");
  }
}
