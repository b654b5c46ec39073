package nl.schuldhulp.workflow.time;

/**
 * A signal window of a case in one {@code long}, so the {@link Agenda} can keep, sort and compare
 * a case's windows without objects: the kind's ordinal in the top 4 bits, then the first day and
 * the end day (exclusive) in 30 bits each. Days are epoch days, exact within about 1.4 million
 * years of 1970 and clamped beyond; {@link CaseTimeline#NEVER} has its own code. Stateless and
 * threadsafe.
 */
final class WindowCode {
  private static final int BITS = 30;
  private static final long MASK = (1L << BITS) - 1;
  private static final long NEVER = MASK; // the code of an end only an event brings
  private static final long OFFSET = 1L << (BITS - 1); // epoch day 0 is coded as OFFSET

  static {
    if (SignalKind.values().length > 16) {
      throw new AssertionError("a window code holds at most 16 signal kinds");
    }
  }

  private WindowCode() {}

  static long of(SignalKind kind, long from, long until) {
    return (long) kind.ordinal() << (2 * BITS) | code(from) << BITS | (until == CaseTimeline.NEVER ? NEVER : code(until));
  }

  static int kind(long code) {
    return (int) (code >>> (2 * BITS));
  }

  static long from(long code) {
    return ((code >>> BITS) & MASK) - OFFSET;
  }

  static long until(long code) {
    long until = code & MASK;
    return until == NEVER ? CaseTimeline.NEVER : until - OFFSET;
  }

  private static long code(long day) {
    return Math.max(0, Math.min(NEVER - 1, day + OFFSET));
  }
}
