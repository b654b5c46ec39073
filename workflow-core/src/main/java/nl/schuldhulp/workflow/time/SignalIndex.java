package nl.schuldhulp.workflow.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntFunction;
import nl.schuldhulp.workflow.casefile.CaseId;

/**
 * The cases that have one kind of signal, kept current as a clock that only moves forward: windows
 * that have not arisen wait in a bucket per day they arise, raised windows that end of their own
 * accord wait in a bucket per day they end, and the raised cases are kept in id order with a count
 * of their raised windows. A window is a case's number (the {@link Agenda}'s order of first sight)
 * and its {@link #code}; the buckets hold numbers, not objects. Adding or removing a window
 * costs a look-up in the bag of the day ({@link DayBuckets}); a case's raised count
 * changing between 0 and 1 costs O(log n). Moving the clock to a day moves only the
 * windows that arise or end by then, so a query costs O(log n + page) plus the windows passed. Not
 * threadsafe.
 */
final class SignalIndex {
  private static final Comparator<CaseId> CASE_ORDER = (a, b) -> a.value().compareTo(b.value());
  // a window code: the kind's ordinal in the top 4 bits, then the first and the end day (exclusive)
  // in 30 bits each; days exact within about 1.4 million years of 1970 and clamped beyond
  private static final int BITS = 30;
  private static final long MASK = (1L << BITS) - 1;
  private static final long NEVER = MASK; // the code of an end only an event brings
  private static final long OFFSET = 1L << (BITS - 1); // epoch day 0 is coded as OFFSET

  static {
    if (SignalKind.values().length > 16) {
      throw new AssertionError("a window code holds at most 16 signal kinds");
    }
  }

  private final IntFunction<CaseId> cases; // the case of a number
  // per day windows arise: the case number in the upper half, the code's lower half (its end day) below
  private final DayBuckets future = new DayBuckets();
  private final DayBuckets expiring = new DayBuckets(); // per day raised windows end: the case number
  private final Map<CaseId, Integer> raisedWindows = new HashMap<>();
  private final TreeSet<CaseId> raised = new TreeSet<>(CASE_ORDER);

  SignalIndex(IntFunction<CaseId> cases) {
    this.cases = cases;
  }

  /** Adds ({@code add}) or removes a window of case {@code number}, the clock standing at {@code today}. */
  void update(int number, long code, long today, boolean add) {
    long from = from(code);
    long until = until(code);
    if (from > today) {
      long window = (long) number << 32 | code & 0xFFFF_FFFFL;
      if (add) {
        future.add(from, window);
      } else {
        future.remove(from, window);
      }
    } else if (until > today) {
      if (add) {
        raise(number, until);
      } else {
        if (until != CaseTimeline.NEVER) {
          expiring.remove(until, number);
        }
        lower(number);
      }
    }
  }

  /** Moves the clock from an earlier day to {@code today}. */
  void advance(long today) {
    future.takeUpTo(today, window -> {
      long until = until(window);
      if (until > today) {
        raise((int) (window >>> 32), until);
      }
      return true;
    });
    expiring.takeUpTo(today, number -> {
      lower((int) number);
      return true;
    });
  }

  Page<CaseId> page(int limit) {
    List<CaseId> items = new ArrayList<>(Math.min(limit, raised.size()));
    Iterator<CaseId> ids = raised.iterator();
    while (items.size() < limit && ids.hasNext()) {
      items.add(ids.next());
    }
    return new Page<>(items, raised.size());
  }

  private void raise(int number, long until) {
    if (until != CaseTimeline.NEVER) {
      expiring.add(until, number);
    }
    CaseId caseId = cases.apply(number);
    if (raisedWindows.merge(caseId, 1, Integer::sum) == 1) {
      raised.add(caseId);
    }
  }

  private void lower(int number) {
    CaseId caseId = cases.apply(number);
    if (raisedWindows.merge(caseId, -1, Integer::sum) == 0) {
      raisedWindows.remove(caseId);
      raised.remove(caseId);
    }
  }

  /**
   * The code of a window in one {@code long}, so the {@link Agenda} keeps a case's windows without
   * objects; distinct windows have distinct codes, and {@link CaseTimeline#NEVER} has its own.
   */
  static long code(SignalKind kind, long from, long until) {
    return (long) kind.ordinal() << (2 * BITS) | day(from) << BITS | (until == CaseTimeline.NEVER ? NEVER : day(until));
  }

  static int kind(long code) {
    return (int) (code >>> (2 * BITS));
  }

  static long from(long code) {
    return ((code >>> BITS) & MASK) - OFFSET;
  }

  /** The end day of a window code, or of anything whose lower 30 bits are those of one. */
  static long until(long code) {
    long until = code & MASK;
    return until == NEVER ? CaseTimeline.NEVER : until - OFFSET;
  }

  private static long day(long day) {
    return Math.max(0, Math.min(NEVER - 1, day + OFFSET));
  }
}
