package nl.schuldhulp.workflow.time;

import java.time.Instant;

/**
 * A signal together with the instant it stops of its own accord ({@link Instant#MAX} when only a
 * new event can end it). Every window a case has after its latest event holds for every later
 * instant until the next event: the signal is raised at {@code at} when {@code arose <= at < ends}.
 * Immutable and threadsafe.
 */
record SignalWindow(Signal signal, Instant ends) {
  boolean raisedAt(Instant at) {
    return !at.isBefore(signal.arose()) && at.isBefore(ends);
  }
}
