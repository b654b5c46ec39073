package nl.schuldhulp.workflow.examples.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import nl.schuldhulp.workflow.casefile.Change;
import nl.schuldhulp.workflow.casefile.Event;
import nl.schuldhulp.workflow.definition.LeadKind;
import nl.schuldhulp.workflow.definition.Phase;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.time.BusinessCalendar;
import nl.schuldhulp.workflow.time.Signal;
import nl.schuldhulp.workflow.time.SignalKind;
import nl.schuldhulp.workflow.time.Signals;

/**
 * Reads a case's history the way the demo tells it: the periods spent in each step, the periods
 * each organisation held each kind of regie, and the periods each warning signal was raised. All
 * are pure functions of the events; nothing is recorded beside them.
 *
 * <p>Stateless and threadsafe.
 */
final class CaseHistory {
  private CaseHistory() {}

  /** The steps the case went through, each from the moment it was entered to the next; the last runs to {@code end}. */
  static List<Period<StepVisit>> steps(List<Event> events, Instant end) {
    List<Period<StepVisit>> periods = new ArrayList<>();
    StepVisit current = null;
    Instant since = null;
    for (Event event : events) {
      if (event.change() instanceof Change.StepEntered) {
        Change.StepEntered entered = (Change.StepEntered) event.change();
        if (current != null) {
          periods.add(new Period<>(current, since, event.at(), false));
        }
        current = new StepVisit(entered.phase(), entered.step());
        since = event.at();
      }
    }
    if (current != null) {
      periods.add(new Period<>(current, since, end, true));
    }
    return periods;
  }

  /**
   * Who held each kind of regie when: assigned at registration, changed only by an accepted
   * handover. Ordered by kind, then in time; the last of each kind runs to {@code end}.
   */
  static List<Period<Regie>> regie(List<Event> events, Instant end) {
    Map<LeadKind, Period<Regie>> open = new EnumMap<>(LeadKind.class);
    Map<LeadKind, List<Period<Regie>>> closed = new EnumMap<>(LeadKind.class);
    for (Event event : events) {
      Change change = event.change();
      if (change instanceof Change.LeadAssigned) {
        Change.LeadAssigned assigned = (Change.LeadAssigned) change;
        hand(open, closed, assigned.kind(), assigned.organisation(), event.at());
      } else if (change instanceof Change.LeadHandoverAccepted) {
        Change.LeadHandoverAccepted accepted = (Change.LeadHandoverAccepted) change;
        hand(open, closed, accepted.kind(), accepted.to(), event.at());
      }
    }
    List<Period<Regie>> periods = new ArrayList<>();
    for (LeadKind kind : LeadKind.values()) {
      periods.addAll(closed.getOrDefault(kind, List.of()));
      Period<Regie> last = open.get(kind);
      if (last != null) {
        periods.add(new Period<>(last.what(), last.from(), end, true));
      }
    }
    return periods;
  }

  private static void hand(Map<LeadKind, Period<Regie>> open, Map<LeadKind, List<Period<Regie>>> closed,
      LeadKind kind, String holder, Instant at) {
    Period<Regie> previous = open.put(kind, new Period<>(new Regie(kind, holder), at, at, true));
    if (previous != null) {
      closed.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Period<>(previous.what(), previous.from(), at, false));
    }
  }

  /**
   * Every warning signal the case raised up to {@code end}, with when it arose and when it ended.
   * {@link Signals#raised} is asked at every event and at every midnight (Europe/Amsterdam)
   * between the first event and {@code end}, which are all the moments a signal can start or stop;
   * a signal of one kind about one subject that stays raised over consecutive moments is one
   * period, whatever its reason text says meanwhile. A period still running at {@code end} is open.
   */
  static List<Period<Signal>> signals(
      WorkflowDefinition definition, List<Event> events, Instant end, BusinessCalendar calendar) {
    Map<String, Period<Signal>> raised = new LinkedHashMap<>();
    List<Period<Signal>> periods = new ArrayList<>();
    for (Instant at : moments(events, end)) {
      Map<String, Signal> now = new LinkedHashMap<>();
      for (Signal signal : Signals.raised(definition, events, at, calendar)) {
        now.putIfAbsent(signal.kind() + "/" + signal.subject(), signal);
      }
      raised.entrySet().removeIf(entry -> {
        if (now.containsKey(entry.getKey())) {
          return false;
        }
        periods.add(new Period<>(entry.getValue().what(), entry.getValue().from(), at, false));
        return true;
      });
      now.forEach((key, signal) -> raised.putIfAbsent(key, new Period<>(signal, signal.arose(), end, true)));
    }
    periods.addAll(raised.values());
    periods.sort((a, b) -> a.from().compareTo(b.from()));
    return periods;
  }

  /** The signal periods of one kind. */
  static List<Period<Signal>> ofKind(List<Period<Signal>> periods, SignalKind kind) {
    return periods.stream().filter(period -> period.what().kind() == kind).toList();
  }

  private static TreeSet<Instant> moments(List<Event> events, Instant end) {
    TreeSet<Instant> moments = new TreeSet<>();
    if (events.isEmpty()) {
      return moments;
    }
    for (Event event : events) {
      if (!event.at().isAfter(end)) {
        moments.add(event.at());
      }
    }
    LocalDate last = LocalDate.ofInstant(end, BusinessCalendar.ZONE);
    for (LocalDate day = LocalDate.ofInstant(events.get(0).at(), BusinessCalendar.ZONE).plusDays(1);
        !day.isAfter(last); day = day.plusDays(1)) {
      moments.add(day.atStartOfDay(BusinessCalendar.ZONE).toInstant());
    }
    moments.add(end);
    return moments;
  }

  /**
   * Something that held for a while.
   *
   * @param what what held
   * @param from since when
   * @param until until when: the moment it stopped, or the end of the story when still {@code ongoing}
   * @param ongoing whether it still held at the end of the story
   */
  record Period<T>(T what, Instant from, Instant until, boolean ongoing) {
    Period {
      Objects.requireNonNull(what, "what");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(until, "until");
    }

    /** Whether it held at {@code at}. */
    boolean holdsAt(Instant at) {
      return !at.isBefore(from) && (ongoing ? !at.isAfter(until) : at.isBefore(until));
    }
  }

  /** A stay in one step. */
  record StepVisit(Phase phase, String step) {}

  /** One kind of regie held by one organisation. */
  record Regie(LeadKind kind, String holder) {}
}
