package nl.schuldhulp.workflow.testkit;

import static nl.schuldhulp.workflow.testkit.StandardInvariants.require;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.schuldhulp.workflow.casefile.Change;
import nl.schuldhulp.workflow.casefile.Event;
import nl.schuldhulp.workflow.definition.Milestone;
import nl.schuldhulp.workflow.definition.Norm;
import nl.schuldhulp.workflow.time.BusinessCalendar;
import nl.schuldhulp.workflow.time.NormEvaluator;
import nl.schuldhulp.workflow.time.NormStatus;

/**
 * Every norm status is consistent with the events: each norm has a status; a clock that
 * runs, was met or was breached started at an event that is the norm's start milestone; a met norm
 * was met at an event that is its end milestone, not before it started and not after its due date;
 * a pending norm is not past its due date; a breach starts the day after the due date. Read from the
 * events by the testkit itself, not by the engine. Immutable and threadsafe.
 */
final class NormConsistency {
  static final String NAME = "elke normstatus klopt met de gebeurtenissen";

  private final BusinessCalendar calendar;

  NormConsistency(BusinessCalendar calendar) {
    this.calendar = calendar;
  }

  boolean holds(CaseStep step) {
    if (!step.after().registered() || !step.accepted()) {
      return true;
    }
    Instant at = step.after().lastEventAt();
    List<NormStatus> statuses = NormEvaluator.evaluate(step.definition(), step.history(), at, calendar);
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
