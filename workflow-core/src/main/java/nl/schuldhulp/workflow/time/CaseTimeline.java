package nl.schuldhulp.workflow.time;

import static nl.schuldhulp.workflow.time.NormClock.date;
import static nl.schuldhulp.workflow.time.NormClock.deadline;
import static nl.schuldhulp.workflow.time.NormClock.startOf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import nl.schuldhulp.workflow.casefile.CaseId;
import nl.schuldhulp.workflow.casefile.CaseState;
import nl.schuldhulp.workflow.casefile.Cases;
import nl.schuldhulp.workflow.casefile.Change;
import nl.schuldhulp.workflow.casefile.Event;
import nl.schuldhulp.workflow.casefile.FollowUp;
import nl.schuldhulp.workflow.casefile.LifeEventKind;
import nl.schuldhulp.workflow.casefile.PendingHandover;
import nl.schuldhulp.workflow.casefile.Task;
import nl.schuldhulp.workflow.definition.ActivityKind;
import nl.schuldhulp.workflow.definition.AppointmentKind;
import nl.schuldhulp.workflow.definition.Assignee;
import nl.schuldhulp.workflow.definition.Flag;
import nl.schuldhulp.workflow.definition.LeadKind;
import nl.schuldhulp.workflow.definition.SignalRules;
import nl.schuldhulp.workflow.definition.Term;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;

/**
 * What the time package needs of one case, folded from its events in order: the engine's case
 * state (for guards, tasks, regie and handovers), a {@link NormClock} per norm of the definition,
 * and the few instants the signals count from (last contact, missed appointments in a row, the
 * last meeting that needs a follow-up, the end of a crisis, the last life event, entry of the
 * current step, a return). From it come the norm statuses at an instant, the signal windows after
 * the latest event and the agenda items; all three are pure functions of the events folded so far.
 *
 * <p>Not threadsafe: {@link NormEvaluator} and {@link Signals} use one per call, the {@link
 * Agenda} one per case under its own lock.
 */
final class CaseTimeline {
  private final WorkflowDefinition definition;
  private final BusinessCalendar calendar;
  private final NormClock[] clocks;
  private CaseState state;
  private boolean conversationHeld;
  private Instant lastContact;
  private int missedInRow;
  private Instant missedLimitAt;
  private Instant followUpFrom;
  private AppointmentKind followUpKind;
  private Instant crisisOverAt;
  private Instant lifeEventAt;
  private LifeEventKind lifeEvent;
  private Instant stepEnteredAt;
  private Instant returningSince;

  CaseTimeline(CaseId id, WorkflowDefinition definition, BusinessCalendar calendar) {
    this.definition = definition;
    this.calendar = calendar;
    this.state = Cases.newCase(id);
    this.clocks = definition.norms().stream().map(norm -> new NormClock(norm, calendar)).toArray(NormClock[]::new);
  }

  /** A timeline of {@code events} that happened up to and including {@code at}; null when none did. */
  static CaseTimeline of(WorkflowDefinition definition, List<Event> events, Instant at, BusinessCalendar calendar) {
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(calendar, "calendar");
    CaseTimeline timeline = null;
    for (Event event : events) {
      if (event.at().isAfter(at)) {
        break;
      }
      if (timeline == null) {
        timeline = new CaseTimeline(event.caseId(), definition, calendar);
      }
      timeline.apply(event);
    }
    return timeline;
  }

  CaseState state() {
    return state;
  }

  /** The clock of the norm with id {@code norm}. */
  NormClock clock(String norm) {
    for (NormClock clock : clocks) {
      if (clock.norm.id().equals(norm)) {
        return clock;
      }
    }
    throw new IllegalArgumentException("no norm " + norm);
  }

  /** Folds the next event of the case. */
  void apply(Event event) {
    boolean conversationBefore = conversationHeld;
    state = Cases.evolve(state, event);
    for (NormClock clock : clocks) {
      clock.apply(event, state, conversationBefore);
    }
    track(event.change(), event.at());
  }

  private void track(Change change, Instant at) {
    if (change instanceof Change.CaseRegistered) {
      contact(at);
      stepEnteredAt = at;
    } else if (change instanceof Change.ContactRecorded) {
      if (((Change.ContactRecorded) change).reached()) {
        contact(at);
      }
    } else if (change instanceof Change.AppointmentHeld) {
      Change.AppointmentHeld held = (Change.AppointmentHeld) change;
      conversationHeld = true;
      contact(at);
      if (held.kind().needsFollowUp() && !(held.followUp() instanceof FollowUp.NoFollowUp)) {
        followUpFrom = at;
        followUpKind = held.kind();
      }
    } else if (change instanceof Change.AppointmentMissed) {
      missedInRow++;
      if (missedInRow == definition.signals().missedAppointmentsInRow()) {
        missedLimitAt = at;
      }
    } else if (change instanceof Change.StepEntered) {
      stepEnteredAt = at;
    } else if (change instanceof Change.LifeEventRecorded) {
      lifeEventAt = at;
      lifeEvent = ((Change.LifeEventRecorded) change).kind();
    } else if (change instanceof Change.AssessmentRecorded) {
      lifeEventAt = null;
    } else if (change instanceof Change.CaseReopened) {
      contact(at);
      stepEnteredAt = at;
      returningSince = ((Change.CaseReopened) change).returning() ? at : null;
    } else if (change instanceof Change.CaseClosed) {
      returningSince = null;
    }
    trackCrisis(change, at);
  }

  private void trackCrisis(Change change, Instant at) {
    boolean ending = change instanceof Change.FlagCleared && ((Change.FlagCleared) change).flag() == Flag.CRISIS
        || change instanceof Change.ActivityEnded
            && ((Change.ActivityEnded) change).kind() == ActivityKind.CRISIS_INTERVENTION;
    boolean inCrisis = state.flagged(Flag.CRISIS)
        || state.activities().stream().anyMatch(a -> a.running() && a.kind() == ActivityKind.CRISIS_INTERVENTION);
    if (inCrisis) {
      crisisOverAt = null;
    } else if (ending) {
      crisisOverAt = at;
    }
  }

  private void contact(Instant at) {
    lastContact = at;
    missedInRow = 0;
    missedLimitAt = null;
    followUpFrom = null;
  }

  /** Every norm status at {@code at}, in the definition's order. */
  List<NormStatus> statuses(Instant at) {
    List<NormStatus> statuses = new ArrayList<>();
    for (NormClock clock : clocks) {
      clock.statuses(at, state, statuses::add);
    }
    return statuses;
  }

  /** The signal windows after the latest event; none while the case is closed. */
  List<SignalWindow> windows() {
    List<SignalWindow> windows = new ArrayList<>();
    if (!state.open()) {
      return windows;
    }
    SignalRules rules = definition.signals();
    String responsible = responsible();
    Consumer<Signal> open = signal -> windows.add(new SignalWindow(signal, Instant.MAX));
    open.accept(new Signal(SignalKind.CONTACT_LOST,
        "geen contact met de cliënt sinds " + date(lastContact) + " (termijn " + rules.contactLostAfter() + ")",
        calendar.deadline(lastContact, rules.contactLostAfter()), "", responsible));
    if (missedLimitAt != null) {
      open.accept(new Signal(SignalKind.CONTACT_LOST, missedInRow + " afspraken op rij gemist", missedLimitAt, "", responsible));
    }
    if (followUpFrom != null) {
      open.accept(new Signal(SignalKind.NO_FOLLOW_UP,
          "geen contact na het " + followUpKind.label() + " van " + date(followUpFrom) + " (termijn " + rules.followUpWithin() + ")",
          calendar.deadline(followUpFrom, rules.followUpWithin()), "", responsible));
    }
    if (crisisOverAt != null) {
      Instant until = calendar.deadline(crisisOverAt, rules.monitoringAfterCrisis());
      if (until.isAfter(crisisOverAt)) {
        windows.add(new SignalWindow(new Signal(SignalKind.CRISIS_MONITORING,
            "crisis voorbij op " + date(crisisOverAt) + "; verscherpt volgen gedurende " + rules.monitoringAfterCrisis(),
            crisisOverAt, "", responsible), until));
      }
    }
    if (lifeEventAt != null) {
      open.accept(new Signal(SignalKind.RESCREENING_DUE,
          "levensgebeurtenis (" + lifeEvent.label() + ") op " + date(lifeEventAt) + "; financiële herscreening nodig",
          lifeEventAt, "", responsible));
    }
    for (PendingHandover handover : state.handovers()) {
      open.accept(new Signal(SignalKind.HANDOVER_NOT_ACCEPTED,
          handover.kind().label() + " aangeboden aan " + handover.to() + " op " + date(handover.proposedAt())
              + ", niet geaccepteerd binnen " + rules.handoverAcceptWithin(),
          calendar.deadline(handover.proposedAt(), rules.handoverAcceptWithin()), handover.kind().name(), handover.to()));
    }
    String step = state.step();
    Term stall = rules.stalledAfter(step);
    open.accept(new Signal(SignalKind.STALLED, "in stap " + step + " sinds " + date(stepEnteredAt) + " (termijn " + stall + ")",
        calendar.deadline(stepEnteredAt, stall), step, responsible));
    for (Task task : state.tasks()) {
      if (task.open()) {
        open.accept(new Signal(SignalKind.TASK_OVERDUE, "taak '" + task.text() + "' was uiterlijk " + task.due() + " af",
            deadline(task.due()), task.id(), task.owner().toString()));
      }
    }
    normWindows(rules.normWarningLead(), responsible, windows);
    if (returningSince != null) {
      open.accept(new Signal(SignalKind.RETURNING_CLIENT,
          "heropend op " + date(returningSince) + " binnen " + rules.reRegistrationWindow() + " na sluiting",
          returningSince, "", responsible));
    }
    return windows;
  }

  private void normWindows(Term lead, String responsible, List<SignalWindow> windows) {
    forEachDue((clock, due) -> {
      Instant deadline = deadline(due);
      Instant warning = startOf(minus(due, lead));
      NormClock.Run run = clock.running();
      Instant from = warning.isAfter(run.start) ? warning : run.start;
      if (from.isBefore(deadline)) {
        windows.add(new SignalWindow(new Signal(SignalKind.NORM_DUE_SOON,
            clock.norm.label() + ": uiterlijk " + due, from, clock.norm.id(), responsible), deadline));
      }
      windows.add(new SignalWindow(new Signal(SignalKind.NORM_BREACHED,
          clock.norm.label() + ": termijn verlopen op " + due, deadline, clock.norm.id(), responsible), Instant.MAX));
    });
  }

  /** The agenda items after the latest event; none while the case is closed. */
  List<AgendaItem> items() {
    List<AgendaItem> items = new ArrayList<>();
    String responsible = responsible();
    if (!state.open()) {
      return items;
    }
    for (Task task : state.tasks()) {
      if (!task.open()) {
        continue;
      }
      if (task.owner() instanceof Assignee.OrganisationRole) {
        Assignee.OrganisationRole owner = (Assignee.OrganisationRole) task.owner();
        items.add(new AgendaItem(state.id(), AgendaItem.Kind.TASK, task.id(), task.text(), task.due(),
            owner.organisation(), owner.role()));
      } else if (!responsible.isEmpty()) {
        items.add(new AgendaItem(state.id(), AgendaItem.Kind.TASK, task.id(), task.text(), task.due(), responsible, ""));
      }
    }
    if (!responsible.isEmpty()) {
      forEachDue((clock, due) -> items.add(new AgendaItem(state.id(), AgendaItem.Kind.NORM, clock.norm.id(),
          clock.norm.label(), due, responsible, "")));
    }
    return items;
  }

  /** Every norm whose clock runs, applies and is not stopped, with its due date. */
  private void forEachDue(BiConsumer<NormClock, LocalDate> action) {
    for (NormClock clock : clocks) {
      NormClock.Run run = clock.running();
      if (run != null && run.suspendedSince == null && state.satisfies(clock.norm.appliesWhen())) {
        action.accept(clock, clock.due(run, run.start));
      }
    }
  }

  /** The holder of client regie, else of the first regie kind held; empty when none. */
  private String responsible() {
    return state.leadHolder(LeadKind.CLIENT_LEAD)
        .or(() -> state.leads().values().stream().findFirst())
        .orElse("");
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
}
