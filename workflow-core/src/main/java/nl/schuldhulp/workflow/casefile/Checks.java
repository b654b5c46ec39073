package nl.schuldhulp.workflow.casefile;

import java.time.Instant;
import java.util.Objects;

/** Argument checks shared by the command records. */
final class Checks {
  private Checks() {}

  static void actorAndInstant(Actor actor, Instant at) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
  }
}
