package nl.schuldhulp.workflow.time;

import nl.schuldhulp.workflow.casefile.CaseId;

/**
 * A signal window of one case in whole days, as a {@link SignalIndex} of one kind keeps it:
 * raised on the epoch days {@code from} (inclusive) to {@code until} (exclusive; {@link
 * CaseTimeline#NEVER} when only an event ends it). A case has each window of a kind at most once.
 * Immutable and threadsafe.
 */
record DayWindow(CaseId caseId, long from, long until) {}
