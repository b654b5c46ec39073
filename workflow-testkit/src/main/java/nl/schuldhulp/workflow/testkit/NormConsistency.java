package nl.schuldhulp.workflow.testkit;

import static nl.schuldhulp.workflow.testkit.StandardInvariants.require;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.schuldhulp.workflow.casefile.Change;
import nl.schuldhulp.workflow.casefile.Event;
import nl.schuldhulp.workflow.definition.Milestone;
import nl.schuldhulp.workflow.definition.Norm;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.time.BusinessCalendar;
import nl.schuldhulp.workflow.time.NormEvaluator;
import nl.schuldhulp.workflow.time.NormStatus;
import nl.schuldhulp.workflow.time.NormTracker;

/**
 * Every norm status is consistent with the events: each norm has a status; a clock that
 * runs, was met or was breached started at an event that is the norm's start milestone; a met norm
 * was met at an event that is its end milestone, not before it started and not after its due date;
 * a pending norm is not past its due date; a breach starts the day after the due date. Read from the
 * events by the testkit itself, not by the engine. The statuses of a step's history are folded on
 * from those of the history before it when that was checked recently (a model check checks every
 * new state's parent first), with {@link NormTracker}; else from the whole history. Threadsafe.
 */
final class NormConsistency {
  static final String NAME = "elke normstatus klopt met de gebeurtenissen";

  /** How many histories' trackers are kept for the steps that extend them. */
  private static final int KEPT = 4096;

  private final BusinessCalendar calendar;
  /** The norm trackers of recent histories, by the identity of their last event (least recently used dropped first). */
  private final Map<Last, Tracked> tracked = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Last, Tracked> eldest) {
      return size() > KEPT;
    }
  });

  /** A history and the norm tracker that folded it. */
  private record Tracked(List<Event> history, WorkflowDefinition definition, NormTracker tracker) {}

  /** A key that is equal only to a key of the very same event object. */
  private static final class Last {
    private final Event event;

    Last(Event event) {
      this.event = event;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Last last && last.event == event;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(event);
    }
  }

  NormConsistency(BusinessCalendar calendar) {
    this.calendar = calendar;
  }

  boolean holds(CaseStep step) {
    if (!step.after().registered() || !step.accepted()) {
      return true;
    }
    Instant at = step.after().lastEventAt();
    List<NormStatus> statuses = statuses(step, at);
    LocalDate today = LocalDate.ofInstant(at, BusinessCalendar.ZONE);
    for (Norm norm : step.definition().norms()) {
      boolean any = false;
      for (NormStatus status : statuses) {
        if (status.norm().equals(norm.id())) {
          any = true;
          check(norm, status, step.history(), today);
        }
      }
      require(any, "norm %s heeft geen status", norm.id());
    }
    return true;
  }

  /**
   * The norm statuses of the step's history at {@code at}, as {@link NormEvaluator} gives them:
   * from the tracker of the history before the step when one is kept and the step's events follow
   * it in order up to {@code at} (the history is then the very same event objects, so the tracker
   * folded exactly it), else from the whole history.
   */
  List<NormStatus> statuses(CaseStep step, Instant at) {
    List<Event> history = step.history();
    int before = history.size() - step.events().size();
    NormTracker base = before == 0 ? NormTracker.of(step.definition(), calendar) : extended(step, before);
    if (base == null || !inOrderUpTo(history, before, at)) {
      return NormEvaluator.evaluate(step.definition(), history, at, calendar);
    }
    NormTracker tracker = base.after(history.subList(before, history.size()));
    tracked.put(new Last(history.get(history.size() - 1)), new Tracked(history, step.definition(), tracker));
    return tracker.statuses(at);
  }

  /** The kept tracker of exactly the first {@code size} events of the step's history; null when none is kept. */
  private NormTracker extended(CaseStep step, int size) {
    List<Event> history = step.history();
    Tracked kept = tracked.get(new Last(history.get(size - 1)));
    if (kept == null || kept.definition() != step.definition() || kept.history().size() != size) {
      return null;
    }
    for (int i = 0; i < size; i++) {
      if (kept.history().get(i) != history.get(i)) {
        return null;
      }
    }
    return kept.tracker();
  }

  /** Whether the events from index {@code from} on do not go back in time and the last is at {@code at}. */
  private static boolean inOrderUpTo(List<Event> history, int from, Instant at) {
    Instant previous = from == 0 ? null : history.get(from - 1).at();
    for (int i = from; i < history.size(); i++) {
      Instant next = history.get(i).at();
      if (previous != null && next.isBefore(previous)) {
        return false;
      }
      previous = next;
    }
    return previous != null && previous.equals(at);
  }

  private static void check(Norm norm, NormStatus status, List<Event> history, LocalDate today) {
    if (status instanceof NormStatus.Pending pending) {
      requireMilestoneAt(norm, norm.from(), pending.started(), history, "start");
      require(pending.suspended() || !today.isAfter(pending.due()),
          "norm %s loopt nog op %s, maar verviel op %s", norm.id(), today, pending.due());
    } else if (status instanceof NormStatus.Met met) {
      requireMilestoneAt(norm, norm.from(), met.started(), history, "start");
      requireMilestoneAt(norm, norm.to(), met.at(), history, "eind");
      require(!met.at().isBefore(met.started()), "norm %s gehaald voor hij begon", norm.id());
      require(!LocalDate.ofInstant(met.at(), BusinessCalendar.ZONE).isAfter(met.due()),
          "norm %s gehaald op %s, na de vervaldatum %s", norm.id(), met.at(), met.due());
    } else if (status instanceof NormStatus.Breached breached) {
      requireMilestoneAt(norm, norm.from(), breached.started(), history, "start");
      require(breached.since().equals(breached.due().plusDays(1).atStartOfDay(BusinessCalendar.ZONE).toInstant()),
          "norm %s overschreden sinds %s, niet de dag na %s", norm.id(), breached.since(), breached.due());
    }
  }

  private static void requireMilestoneAt(Norm norm, Milestone milestone, Instant at, List<Event> history, String which) {
    for (Event event : history) {
      if (event.at().equals(at) && matches(milestone, event.change())) {
        return;
      }
    }
    throw StandardInvariants.fail("norm %s: geen %smijlpaal %s op %s in de gebeurtenissen", norm.id(), which, milestone, at);
  }

  /** Whether {@code change} is (an instance of) {@code milestone}. */
  static boolean matches(Milestone milestone, Change change) {
    if (milestone instanceof Milestone.Registered) {
      return change instanceof Change.CaseRegistered;
    }
    if (milestone instanceof Milestone.FirstConversation) {
      return change instanceof Change.AppointmentHeld;
    }
    if (milestone instanceof Milestone.AccessDecided) {
      return change instanceof Change.AccessDecided;
    }
    if (milestone instanceof Milestone.Closed) {
      return change instanceof Change.CaseClosed;
    }
    if (milestone instanceof Milestone.StepEntered step) {
      return change instanceof Change.StepEntered entered && entered.step().equals(step.step());
    }
    if (milestone instanceof Milestone.TaskCompleted task) {
      return change instanceof Change.TaskCompleted done && done.template().equals(task.task());
    }
    if (milestone instanceof Milestone.ActivityStarted started) {
      return change instanceof Change.ActivityStarted activity && activity.kind() == started.kind();
    }
    if (milestone instanceof Milestone.ActivityEnded ended) {
      return change instanceof Change.ActivityEnded activity && activity.kind() == ended.kind();
    }
    if (milestone instanceof Milestone.FlagRaised flag) {
      return change instanceof Change.FlagRaised raised && raised.flag() == flag.flag();
    }
    Milestone.AppointmentHeld held = (Milestone.AppointmentHeld) milestone;
    return change instanceof Change.AppointmentHeld appointment && appointment.kind() == held.kind();
  }
}
