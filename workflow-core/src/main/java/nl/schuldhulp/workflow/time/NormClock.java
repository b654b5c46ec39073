package nl.schuldhulp.workflow.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import nl.schuldhulp.workflow.casefile.CaseState;
import nl.schuldhulp.workflow.casefile.Change;
import nl.schuldhulp.workflow.casefile.Event;
import nl.schuldhulp.workflow.definition.Milestone;
import nl.schuldhulp.workflow.definition.Norm;
import nl.schuldhulp.workflow.definition.Term;
import nl.schuldhulp.workflow.definition.TermUnit;
import nl.schuldhulp.workflow.internal.ZoneDays;

/**
 * The clock runs of one norm in one case, folded from the case's events in order (ADR 0031).
 *
 * <ul>
 *   <li>The start milestone starts a run unless one is running; a start outside the norm's
 *       validity, or after a once-only end milestone (registration, first conversation) was
 *       already reached, gives a run that does not apply.
 *   <li>The end milestone ends the running run; closing the case ends it too. An access decision
 *       ends it on its own date ({@code decidedOn}, R-27): when recorded on that date, at the
 *       recording; when recorded later, at the start of that date in {@link BusinessCalendar#ZONE}
 *       (never before the run started). So the norm is met exactly when the decision is dated on
 *       or before the due date, however late it is recorded (ADR 0033). The first conversation is a held
 *       appointment the client took part in. An activity
 *       stopped by the closure is not its {@code ActivityEnded} milestone, so a run ended that way
 *       is not met: before the deadline it does not apply, after it it is breached (ADR 0023).
 *   <li>{@code ClockSuspended}/{@code ClockResumed} for the norm stop and restart the running run;
 *       the due date moves by exactly the stopped time, counted in whole days from the date of
 *       stopping to the date of resuming, in working days for a norm in working days and in
 *       calendar days otherwise. {@code DeadlineExtended} adds its term to the due date. Both are
 *       ignored once the deadline has passed: a clock that has run out cannot be stopped or
 *       extended, so a breach is never undone.
 *   <li>The norm's condition is read from the case state while a run is running and frozen when it
 *       ends.
 * </ul>
 *
 * <p>Not threadsafe: owned by one {@link CaseTimeline}.
 */
final class NormClock {
  final Norm norm;
  private final BusinessCalendar calendar;
  private final List<Run> runs = new ArrayList<>(1);

  NormClock(Norm norm, BusinessCalendar calendar) {
    this.norm = norm;
    this.calendar = calendar;
  }

  /** A clock with copies of this one's runs, to fold further without changing this one. */
  NormClock copy() {
    NormClock copy = new NormClock(norm, calendar);
    for (Run run : runs) {
      copy.runs.add(run.copy());
    }
    return copy;
  }

  /** One run of the clock. Mutable while running. */
  static final class Run {
    final Instant start;
    final long startDay; // epoch day of start in the zone
    LocalDate due;
    LocalDate warnedDue; // the due date warningDay was computed for, or null
    long warningDay;
    Instant suspendedSince; // null while running
    int suspendedUnits;
    Instant end; // null while running
    boolean endedByMilestone;
    boolean conditionHeldAtEnd;
    String inapplicable; // null when the run applies

    Run(Instant start, long startDay, LocalDate due) {
      this.start = start;
      this.startDay = startDay;
      this.due = due;
    }

    boolean running() {
      return end == null;
    }

    Run copy() {
      Run copy = new Run(start, startDay, due);
      copy.warnedDue = warnedDue;
      copy.warningDay = warningDay;
      copy.suspendedSince = suspendedSince;
      copy.suspendedUnits = suspendedUnits;
      copy.end = end;
      copy.endedByMilestone = endedByMilestone;
      copy.conditionHeldAtEnd = conditionHeldAtEnd;
      copy.inapplicable = inapplicable;
      return copy;
    }
  }

  /**
   * Folds one event that happened on epoch day {@code day}; {@code after} is the case state with
   * the event applied, {@code conversationBefore} whether a first conversation was held before it
   * and {@code firstConversation} whether the event is that first conversation.
   */
  void apply(Event event, long day, CaseState after, boolean conversationBefore, boolean firstConversation) {
    Change change = event.change();
    Instant at = event.at();
    Run running = running();
    if (running != null) {
      if (reached(norm.to(), change, firstConversation)) {
        end(running, endOf(running, change, at), true, after);
      } else if (change instanceof Change.CaseClosed) {
        end(running, at, false, after);
      } else {
        adjust(running, change, at, day);
      }
    }
    if (running() == null && reached(norm.from(), change, firstConversation)) {
      start(at, day, conversationBefore || firstConversation);
    }
  }

  /**
   * When {@code change} reached the end milestone: at {@code at}, except that an access decision
   * recorded after its own date counts from the start of that date (not before the run started).
   */
  private static Instant endOf(Run run, Change change, Instant at) {
    if (!(change instanceof Change.AccessDecided)) {
      return at;
    }
    LocalDate decidedOn = ((Change.AccessDecided) change).decidedOn();
    if (!decidedOn.isBefore(date(at))) {
      return at;
    }
    Instant dated = startOf(decidedOn);
    return dated.isBefore(run.start) ? run.start : dated;
  }

  private void start(Instant at, long day, boolean conversationHeld) {
    LocalDate date = LocalDate.ofEpochDay(day);
    Run run = new Run(at, day, calendar.plus(date, norm.within()));
    if (!norm.validity().contains(date)) {
      run.inapplicable = "niet van kracht voor een start op " + date;
    } else if (norm.to() instanceof Milestone.Registered
        || (norm.to() instanceof Milestone.FirstConversation && conversationHeld)) {
      run.inapplicable = "het eindmoment was al bereikt voordat de klok startte";
    }
    if (run.inapplicable != null) {
      run.end = at;
    }
    runs.add(run);
  }

  private void end(Run run, Instant at, boolean byMilestone, CaseState after) {
    if (run.suspendedSince != null) {
      run.suspendedUnits += units(run.suspendedSince, at);
      run.suspendedSince = null;
    }
    run.end = at;
    run.endedByMilestone = byMilestone;
    run.conditionHeldAtEnd = after.satisfies(norm.appliesWhen());
  }

  private void adjust(Run run, Change change, Instant at, long day) {
    if (change instanceof Change.ClockResumed && ((Change.ClockResumed) change).norm().equals(norm.id())) {
      if (run.suspendedSince != null) {
        run.suspendedUnits += units(run.suspendedSince, at);
        run.suspendedSince = null;
      }
    } else if (change instanceof Change.ClockSuspended && ((Change.ClockSuspended) change).norm().equals(norm.id())) {
      if (run.suspendedSince == null && !runOut(run, at, day)) {
        run.suspendedSince = at;
      }
    } else if (change instanceof Change.DeadlineExtended && ((Change.DeadlineExtended) change).norm().equals(norm.id())) {
      if (!runOut(run, at, day)) {
        run.due = calendar.plus(run.due, ((Change.DeadlineExtended) change).by());
      }
    }
  }

  /** Whether the clock has run out by {@code at} (on {@code day}): such a clock cannot be stopped or extended. */
  private boolean runOut(Run run, Instant at, long day) {
    return day > due(run, at).toEpochDay();
  }

  /** The run that is running, or null. */
  Run running() {
    Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
    return last != null && last.running() ? last : null;
  }

  /** The status of every run at {@code at}; none when no run started. */
  void statuses(Instant at, CaseState current, Consumer<NormStatus> out) {
    for (Run run : runs) {
      out.accept(status(run, at, current));
    }
  }

  NormStatus status(Run run, Instant at, CaseState current) {
    if (run.inapplicable != null) {
      return new NormStatus.NotApplicable(norm.id(), run.inapplicable);
    }
    boolean running = run.running();
    if (!(running ? current.satisfies(norm.appliesWhen()) : run.conditionHeldAtEnd)) {
      return new NormStatus.NotApplicable(norm.id(), "de voorwaarde van de norm geldt niet");
    }
    Instant until = running ? at : run.end;
    LocalDate due = due(run, until);
    Instant deadline = deadline(due);
    if (until.isBefore(deadline)) {
      if (running) {
        return new NormStatus.Pending(norm.id(), run.start, due, run.suspendedSince != null);
      }
      return run.endedByMilestone
          ? new NormStatus.Met(norm.id(), run.start, due, run.end)
          : new NormStatus.NotApplicable(norm.id(), "de zaak is gesloten voordat de termijn verliep");
    }
    return new NormStatus.Breached(
        norm.id(), run.start, due, deadline, Duration.between(deadline, until),
        running ? NormStatus.Breached.Clock.RUNNING
            : run.endedByMilestone ? NormStatus.Breached.Clock.REACHED : NormStatus.Breached.Clock.CASE_CLOSED);
  }

  /**
   * The first epoch day of the warning before {@code run}'s due date {@code due}: {@code lead}
   * before it, working days counted on the calendar; remembered for the due date.
   */
  long warningDay(Run run, LocalDate due, Term lead) {
    if (!due.equals(run.warnedDue)) {
      run.warnedDue = due;
      run.warningDay = minus(due, lead).toEpochDay();
    }
    return run.warningDay;
  }

  /** The date {@code term} before {@code date}, working days counted on the calendar. */
  private LocalDate minus(LocalDate date, Term term) {
    switch (term.unit()) {
      case DAYS:
        return date.minusDays(term.amount());
      case WEEKS:
        return date.minusWeeks(term.amount());
      case MONTHS:
        return date.minusMonths(term.amount());
      default:
        LocalDate day = date;
        for (int left = term.amount(); left > 0; ) {
          day = day.minusDays(1);
          if (calendar.isWorkingDay(day)) {
            left--;
          }
        }
        return day;
    }
  }

  /** The due date of {@code run} with its suspensions counted up to {@code at}. */
  LocalDate due(Run run, Instant at) {
    int units = run.suspendedUnits + (run.suspendedSince == null ? 0 : units(run.suspendedSince, at));
    if (units == 0) {
      return run.due;
    }
    return workingDays() ? calendar.plusWorkingDays(run.due, units) : run.due.plusDays(units);
  }

  /** The stopped time from {@code from} to {@code to} in the norm's own unit of days. */
  private int units(Instant from, Instant to) {
    LocalDate start = date(from);
    LocalDate end = date(to);
    if (!end.isAfter(start)) {
      return 0;
    }
    return workingDays()
        ? calendar.workingDaysBetween(start.minusDays(1), end.minusDays(1))
        : (int) ChronoUnit.DAYS.between(start, end);
  }

  private boolean workingDays() {
    return norm.within().unit() == TermUnit.WORKING_DAYS;
  }

  static LocalDate date(Instant at) {
    return LocalDate.ofEpochDay(ZoneDays.epochDay(at));
  }

  /** The instant a due date has passed: the start of the next day in the municipality's zone. */
  static Instant deadline(LocalDate due) {
    return startOf(due.plusDays(1));
  }

  static Instant startOf(LocalDate date) {
    return date.atStartOfDay(BusinessCalendar.ZONE).toInstant();
  }

  /**
   * Whether {@code change} is {@code milestone}; {@code firstConversation} tells whether it is the
   * first held appointment with the client, and an activity stopped by closing the case has not
   * reached its end (ADR 0023).
   */
  static boolean reached(Milestone milestone, Change change, boolean firstConversation) {
    if (milestone instanceof Milestone.Registered) {
      return change instanceof Change.CaseRegistered;
    }
    if (milestone instanceof Milestone.FirstConversation) {
      return firstConversation;
    }
    if (milestone instanceof Milestone.AccessDecided) {
      return change instanceof Change.AccessDecided;
    }
    if (milestone instanceof Milestone.Closed) {
      return change instanceof Change.CaseClosed;
    }
    if (milestone instanceof Milestone.StepEntered) {
      return change instanceof Change.StepEntered
          && ((Change.StepEntered) change).step().equals(((Milestone.StepEntered) milestone).step());
    }
    if (milestone instanceof Milestone.TaskCompleted) {
      return change instanceof Change.TaskCompleted
          && ((Change.TaskCompleted) change).template().equals(((Milestone.TaskCompleted) milestone).task());
    }
    if (milestone instanceof Milestone.ActivityStarted) {
      return change instanceof Change.ActivityStarted
          && ((Change.ActivityStarted) change).kind() == ((Milestone.ActivityStarted) milestone).kind();
    }
    if (milestone instanceof Milestone.ActivityEnded) {
      return change instanceof Change.ActivityEnded
          && ((Change.ActivityEnded) change).completed()
          && ((Change.ActivityEnded) change).kind() == ((Milestone.ActivityEnded) milestone).kind();
    }
    if (milestone instanceof Milestone.FlagRaised) {
      return change instanceof Change.FlagRaised
          && ((Change.FlagRaised) change).flag() == ((Milestone.FlagRaised) milestone).flag();
    }
    if (milestone instanceof Milestone.AppointmentHeld) {
      return change instanceof Change.AppointmentHeld
          && ((Change.AppointmentHeld) change).kind() == ((Milestone.AppointmentHeld) milestone).kind();
    }
    throw new AssertionError("unhandled milestone " + milestone);
  }
}
