package nl.schuldhulp.workflow.time;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeSet;
import nl.schuldhulp.workflow.casefile.CaseId;

/**
 * The cases that have one kind of signal, kept current as a clock that only moves forward: windows
 * that have not arisen wait ordered by the day they arise, raised windows that end of their own
 * accord wait ordered by the day they end, and the raised cases are kept in id order with a count
 * of their raised windows. Moving the clock to a day moves only the windows that arise or end by
 * then, so a query costs O(log n + page) plus the windows passed. Not threadsafe.
 */
final class SignalIndex {
  static final Comparator<CaseId> CASE_ORDER = Comparator.comparing(CaseId::value);
  private static final Comparator<DayWindow> BY_FROM =
      Comparator.comparingLong(DayWindow::from).thenComparing(DayWindow::caseId, CASE_ORDER).thenComparingLong(DayWindow::seq);
  private static final Comparator<DayWindow> BY_UNTIL =
      Comparator.comparingLong(DayWindow::until).thenComparing(DayWindow::caseId, CASE_ORDER).thenComparingLong(DayWindow::seq);

  private final TreeSet<DayWindow> future = new TreeSet<>(BY_FROM);
  private final TreeSet<DayWindow> expiring = new TreeSet<>(BY_UNTIL);
  private final Map<CaseId, Integer> raisedWindows = new HashMap<>();
  private final TreeSet<CaseId> raised = new TreeSet<>(CASE_ORDER);

  void add(DayWindow window, long today) {
    if (window.from() > today) {
      future.add(window);
    } else if (window.until() > today) {
      raise(window);
    }
  }

  void remove(DayWindow window, long today) {
    if (window.from() > today) {
      future.remove(window);
    } else if (window.until() > today) {
      if (window.until() != Long.MAX_VALUE) {
        expiring.remove(window);
      }
      lower(window.caseId());
    }
  }

  /** Moves the clock from an earlier day to {@code today}. */
  void advance(long today) {
    while (!future.isEmpty() && future.first().from() <= today) {
      DayWindow window = future.pollFirst();
      if (window.until() > today) {
        raise(window);
      }
    }
    while (!expiring.isEmpty() && expiring.first().until() <= today) {
      lower(expiring.pollFirst().caseId());
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
    if (window.until() != Long.MAX_VALUE) {
      expiring.add(window);
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
}
