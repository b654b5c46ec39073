package nl.schuldhulp.workflow.time;

import nl.schuldhulp.workflow.casefile.CaseId;

/**
 * A signal window of one case in whole days, as the {@link Agenda} indexes it: raised on the epoch
 * days {@code from} (inclusive) to {@code until} (exclusive; {@link Long#MAX_VALUE} when only an
 * event ends it). {@code seq} tells apart equal windows of one case. Immutable and threadsafe.
 */
record DayWindow(CaseId caseId, SignalKind kind, long from, long until, long seq) {
  boolean sameSpan(DayWindow other) {
    return kind == other.kind && from == other.from && until == other.until;
  }
}
