package nl.schuldhulp.workflow.casefile;

import nl.schuldhulp.workflow.definition.ActivityKind;
import nl.schuldhulp.workflow.definition.AppointmentKind;
import nl.schuldhulp.workflow.definition.Milestone;
import nl.schuldhulp.workflow.definition.Norm;

/**
 * What the engine can tell from a case state alone about a norm's clock, so that stopping or
 * extending a clock that is not running is refused rather than silently ignored (ADR 0023). The
 * time package keeps the exact clock runs ({@code NormClock}); the engine does not depend on it.
 * This class errs towards accepting: it refuses only where the state proves the clock is not
 * running. Stateless and threadsafe.
 */
final class NormClocks {
  private NormClocks() {}

  /** Whether a milestone has been reached: yes, no, or the state cannot tell. */
  private enum Reached {
    YES,
    NO,
    UNKNOWN
  }

  /** Why {@code norm}'s clock cannot be running in {@code s}, or null when it may be. */
  static String notRunning(Norm norm, CaseState s) {
    if (reached(norm.from(), s) == Reached.NO) {
      return "its clock has not started: its start, " + describe(norm.from()) + ", has not happened";
    }
    boolean onceOnlyEnd = norm.to() instanceof Milestone.Registered || norm.to() instanceof Milestone.FirstConversation;
    if (onceOnlyEnd && reached(norm.to(), s) == Reached.YES) {
      // a run started before has ended; a run started after does not apply
      return "its clock has stopped: its end, " + describe(norm.to()) + ", has happened and happens only once";
    }
    if (norm.from() instanceof Milestone.Registered) {
      // the registration starts the only run there is; reaching the end or closing ends it
      if (reached(norm.to(), s) == Reached.YES) {
        return "its clock has stopped: its end, " + describe(norm.to()) + ", has happened";
      }
      if (!s.closures.isEmpty()) {
        return "its clock has stopped: the case was closed after its start, " + describe(norm.from());
      }
    }
    return null;
  }

  private static Reached reached(Milestone milestone, CaseState s) {
    if (milestone instanceof Milestone.Registered) {
      return Reached.YES;
    }
    if (milestone instanceof Milestone.FirstConversation) {
      return known(conversationWithClientHeld(s));
    }
    if (milestone instanceof Milestone.AccessDecided) {
      return known(s.access != AccessStatus.UNDECIDED);
    }
    if (milestone instanceof Milestone.Closed) {
      return known(!s.closures.isEmpty());
    }
    if (milestone instanceof Milestone.TaskCompleted) {
      String template = ((Milestone.TaskCompleted) milestone).task();
      for (Task task : s.tasks) {
        if (task.status() == TaskStatus.DONE && task.template().equals(template)) {
          return Reached.YES;
        }
      }
      return Reached.NO;
    }
    if (milestone instanceof Milestone.ActivityStarted) {
      return known(activity(s, ((Milestone.ActivityStarted) milestone).kind(), false));
    }
    if (milestone instanceof Milestone.ActivityEnded) {
      return known(activity(s, ((Milestone.ActivityEnded) milestone).kind(), true));
    }
    if (milestone instanceof Milestone.AppointmentHeld) {
      return known(held(s, ((Milestone.AppointmentHeld) milestone).kind()));
    }
    if (milestone instanceof Milestone.StepEntered) {
      // steps left earlier are not kept in the state
      return s.step.equals(((Milestone.StepEntered) milestone).step()) ? Reached.YES : Reached.UNKNOWN;
    }
    if (milestone instanceof Milestone.FlagRaised) {
      // a flag raised and cleared again leaves no trace in the state
      return s.flagged(((Milestone.FlagRaised) milestone).flag()) ? Reached.YES : Reached.UNKNOWN;
    }
    throw new AssertionError("unhandled milestone " + milestone);
  }

  /** Whether an appointment of {@code kind} (any kind when null) was held. */
  /** The first conversation is the first held appointment the client attended (as the time package reads it). */
  private static boolean conversationWithClientHeld(CaseState s) {
    for (Appointment appointment : s.appointments) {
      if (appointment.status() == AppointmentStatus.HELD && appointment.client()) {
        return true;
      }
    }
    return false;
  }

  private static boolean held(CaseState s, AppointmentKind kind) {
    for (Appointment appointment : s.appointments) {
      if (appointment.status() == AppointmentStatus.HELD && appointment.kind() == kind) {
        return true;
      }
    }
    return false;
  }

  /** Whether an activity of {@code kind} started ({@code completed} false) or ended completed. */
  private static boolean activity(CaseState s, ActivityKind kind, boolean completed) {
    for (Activity activity : s.activities) {
      if (activity.kind() == kind && (!completed || activity.outcome().orElse(null) == ActivityOutcome.COMPLETED)) {
        return true;
      }
    }
    return false;
  }

  private static Reached known(boolean reached) {
    return reached ? Reached.YES : Reached.NO;
  }

  /** The milestone as the definition names it, e.g. {@code FirstConversation} or {@code StepEntered[step=x]}. */
  static String describe(Milestone milestone) {
    return milestone instanceof Enum ? milestone.getClass().getSimpleName() : milestone.toString();
  }
}
