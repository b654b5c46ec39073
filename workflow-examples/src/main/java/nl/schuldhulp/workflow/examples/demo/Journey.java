package nl.schuldhulp.workflow.examples.demo;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import nl.schuldhulp.workflow.casefile.Actor;
import nl.schuldhulp.workflow.time.BusinessCalendar;

/**
 * A client journey (<i>klantreis</i>) as a script: dated lines, each an actor doing one thing with
 * the story of why, replayed in order by {@link Replay}. Dates are wall-clock times in
 * Europe/Amsterdam, as the people in the story lived them.
 *
 * <p>Immutable and threadsafe.
 *
 * @param id a short name, also the case id
 * @param title who, as the demo headlines it
 * @param client the client's id on the case
 * @param summary the situation in a sentence or two
 * @param midpoint the moment the demo shows the client's action list and a first look at the norms
 * @param lines the script, in chronological order
 */
record Journey(String id, String title, String client, String summary, LocalDateTime midpoint, List<Line> lines) {
  Journey {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(midpoint, "midpoint");
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("journey " + id + " has no lines");
    }
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).when().isBefore(lines.get(i - 1).when())) {
        throw new IllegalArgumentException("journey " + id + ": line " + (i + 1) + " (" + lines.get(i).when()
            + ") is dated before the line above it");
      }
    }
  }

  /** The instant of the midpoint. */
  Instant midpointInstant() {
    return instant(midpoint);
  }

  /** The instant of the last line: where the demo ends. */
  Instant end() {
    return lines.get(lines.size() - 1).at();
  }

  /** A wall-clock time in Europe/Amsterdam as an instant. */
  static Instant instant(LocalDateTime when) {
    return when.atZone(BusinessCalendar.ZONE).toInstant();
  }

  /**
   * One line of the script.
   *
   * @param when the wall-clock time in Europe/Amsterdam
   * @param actor who acts
   * @param act what they do
   * @param story what happens, in plain Dutch
   */
  record Line(LocalDateTime when, Actor actor, Act act, String story) {
    Line {
      Objects.requireNonNull(when, "when");
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(act, "act");
      Objects.requireNonNull(story, "story");
    }

    /** The instant of the line. */
    Instant at() {
      return instant(when);
    }
  }
}
