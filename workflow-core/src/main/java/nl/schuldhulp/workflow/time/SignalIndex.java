package nl.schuldhulp.workflow.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.schuldhulp.workflow.casefile.CaseId;

/**
 * The cases that have one kind of signal, kept current as a clock that only moves forward: windows
 * that have not arisen wait in a bucket per day they arise, raised windows that end of their own
 * accord wait in a bucket per day they end, and the raised cases are kept in id order with a count
 * of their raised windows. Adding or removing a window costs a look-up among the days (few) and a
 * hash operation; a case's raised count changing between 0 and 1 costs O(log n). Moving the clock
 * to a day moves only the windows that arise or end by then, so a query costs O(log n + page)
 * plus the windows passed. Not threadsafe.
 */
final class SignalIndex {
  private static final Comparator<CaseId> CASE_ORDER = (a, b) -> a.value().compareTo(b.value());

  private final TreeMap<Long, Set<DayWindow>> future = new TreeMap<>();
  private final TreeMap<Long, Set<DayWindow>> expiring = new TreeMap<>();
  private final Map<CaseId, Integer> raisedWindows = new HashMap<>();
  private final TreeSet<CaseId> raised = new TreeSet<>(CASE_ORDER);

  void add(DayWindow window, long today) {
    if (window.from() > today) {
      future.computeIfAbsent(window.from(), day -> new HashSet<>()).add(window);
    } else if (window.until() > today) {
      raise(window);
    }
  }

  void remove(DayWindow window, long today) {
    if (window.from() > today) {
      take(future, window.from(), window);
    } else if (window.until() > today) {
      if (window.until() != CaseTimeline.NEVER) {
        take(expiring, window.until(), window);
      }
      lower(window.caseId());
    }
  }

  /** Moves the clock from an earlier day to {@code today}. */
  void advance(long today) {
    while (!future.isEmpty() && future.firstKey() <= today) {
      for (DayWindow window : future.pollFirstEntry().getValue()) {
        if (window.until() > today) {
          raise(window);
        }
      }
    }
    while (!expiring.isEmpty() && expiring.firstKey() <= today) {
      for (DayWindow window : expiring.pollFirstEntry().getValue()) {
        lower(window.caseId());
      }
    }
  }

  Page<CaseId> page(int limit) {
    List<CaseId> items = new ArrayList<>(Math.min(limit, raised.size()));
    Iterator<CaseId> cases = raised.iterator();
    while (items.size() < limit && cases.hasNext()) {
      items.add(cases.next());
    }
    return new Page<>(items, raised.size());
  }

  private void raise(DayWindow window) {
    if (window.until() != CaseTimeline.NEVER) {
      expiring.computeIfAbsent(window.until(), day -> new HashSet<>()).add(window);
    }
    if (raisedWindows.merge(window.caseId(), 1, Integer::sum) == 1) {
      raised.add(window.caseId());
    }
  }

  private void lower(CaseId caseId) {
    if (raisedWindows.merge(caseId, -1, Integer::sum) == 0) {
      raisedWindows.remove(caseId);
      raised.remove(caseId);
    }
  }

  private static void take(TreeMap<Long, Set<DayWindow>> buckets, long day, DayWindow window) {
    Set<DayWindow> bucket = buckets.get(day);
    bucket.remove(window);
    if (bucket.isEmpty()) {
      buckets.remove(day);
    }
  }
}
