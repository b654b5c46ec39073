package nl.schuldhulp.workflow.time;

import static nl.schuldhulp.workflow.time.NormClock.date;
import static nl.schuldhulp.workflow.time.NormClock.startOf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.schuldhulp.workflow.casefile.Activity;
import nl.schuldhulp.workflow.casefile.Appointment;
import nl.schuldhulp.workflow.casefile.AppointmentStatus;
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
import nl.schuldhulp.workflow.definition.Norm;
import nl.schuldhulp.workflow.definition.SignalRules;
import nl.schuldhulp.workflow.definition.Term;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.internal.MilestoneWording;
import nl.schuldhulp.workflow.internal.ZoneDays;

/**
 * What the time package needs of one case, folded from its events in order: the engine's case
 * state (for guards, tasks, regie and handovers), a {@link NormClock} per norm of the definition
 * (made when the norm's start milestone is first reached), and the few instants the signals count from (last contact, missed appointments in a row, the
 * last meeting that needs a follow-up, the end of a crisis, the last life event, the last declined
 * handover per regie kind, entry of the current step, a return), each with its Amsterdam day
 * worked out once when it is recorded. From it come the norm statuses at an instant, the signal
 * windows after the latest event and the agenda items; all three are pure functions of the events
 * folded so far.
 *
 * <p>The windows come in whole days through a {@link WindowSink}, without words, so the {@link
 * Agenda} indexes them cheaply; {@link #signalWindows()} words them for {@link Signals}. Windows
 * and items come in slots that stay with what they are about (the case's own windows, each clock's,
 * each task's), part by part, and {@link #apply} tells which parts an event may have changed, so
 * the agenda asks again only for those (ADR 0035).
 *
 * <p>Not threadsafe: {@link NormEvaluator} and {@link Signals} use one per call, the {@link
 * Agenda} one per case under its own lock, keeping in it what it indexed of the case.
 */
final class CaseTimeline {
  /** The end day of a window that only an event ends. */
  static final long NEVER = Long.MAX_VALUE;
  /** What {@link #apply} reports when the case's own windows ({@link #caseWindows}) may have changed. */
  static final int CASE = 1;
  /** What {@link #apply} reports when a clock's item or windows may have changed. */
  static final int CLOCKS = 2;
  /** What {@link #apply} reports when a task changed (which: those no longer the same object). */
  static final int TASKS = 4;
  /** What {@link #apply} reports when the holder of regie changed, and with it whom items are for. */
  static final int LEAD = 8;
  /** What {@link #apply} reports when the case opened or closed: everything changed. */
  static final int OPEN = 16;
  /** The window slots of the case's own windows; then two per clock, then one per task. */
  static final int CASE_SLOTS = 7 + 2 * LeadKind.values().length;
  static final AgendaItem[] NO_ITEMS = {};
  static final long[] NO_WINDOWS = {};
  /** Marks the contact-lost window of missed appointments in a row. */
  private static final Object MISSED = new Object();
  private static final LeadKind[] LEAD_KINDS = LeadKind.values();

  /**
   * Receives one signal window of a case: raised on the epoch days {@code from} (inclusive) to
   * {@code until} (exclusive), in its slot: a number that stays with what it is about.
   */
  interface WindowSink {
    /**
     * @param about what the window is about within the case (a task, norm clock, handover), a
     *     marker, or null; only {@link #signalWindows()} reads it
     */
    void window(int slot, SignalKind kind, long from, long until, Object about);
  }

  /** Receives one agenda item of a case, in its slot: the clock's index, or the number of clocks plus the task's. */
  interface ItemSink {
    void item(int slot, AgendaItem.Kind kind, String subject, String label, LocalDate due, String organisation, String role);
  }

  /** A declined handover: raised from {@code day} until a new handover of the kind is proposed or accepted. */
  private record Declined(Change.LeadHandoverDeclined change, Instant at, long day) {}

  private final WorkflowDefinition definition;
  private final SignalRules rules;
  private final BusinessCalendar calendar;
  private final NormClock[] clocks; // per norm of the definition; null until its milestone first starts it
  private CaseState state;
  private long day; // the epoch day of the latest event
  private String responsible = ""; // after the latest event
  private final LocalDate[] dues; // per clock, after the latest event
  private boolean conversationHeld;
  private Instant lastContact;
  private long contactLostDay;
  private int missedInRow;
  private Instant missedLimitAt; // null when fewer were missed
  private long missedLimitDay;
  private Instant followUpFrom; // null when no follow-up is awaited
  private AppointmentKind followUpKind;
  private long followUpDay;
  private Instant crisisOverAt; // null when no crisis ended since the last one began
  private long crisisOverDay;
  private long crisisUntilDay;
  private boolean crisisWithoutAppointment; // only while crisisOverAt is set
  private Instant lifeEventAt; // null when none awaits a re-screening
  private LifeEventKind lifeEvent;
  private long lifeEventDay;
  private Instant stepEnteredAt;
  private long stepEnteredDay;
  private String stalledStep; // the step stalledDay was computed for
  private long stalledFromDay = Long.MIN_VALUE; // the step entry stalledDay was computed for
  private long stalledDay;
  private Instant returningSince; // null unless reopened as a returning client
  private long returningDay;
  private Declined[] declined; // per lead kind, created on the first decline
  private PendingHandover[] handoverSeen; // per lead kind, the handover handoverDay was computed for
  private long[] handoverDay;
  // what the Agenda indexed of the case: its number (in the order first seen), the items and windows
  // (as window codes, 0 for none) by slot, and the tasks they were made from; none while closed
  int number;
  AgendaItem[] items = NO_ITEMS;
  long[] windows = NO_WINDOWS;
  List<Task> indexedTasks = List.of();

  CaseTimeline(CaseId id, WorkflowDefinition definition, BusinessCalendar calendar) {
    this.definition = definition;
    this.rules = definition.signals();
    this.calendar = calendar;
    this.state = Cases.newCase(id);
    this.clocks = new NormClock[definition.norms().size()];
    this.dues = new LocalDate[clocks.length];
  }

  /**
   * A copy of {@code other} that folds further without changing it (for {@link NormTracker}): its
   * clocks and runs copied, everything else immutable and shared; not indexed by an agenda.
   */
  private CaseTimeline(CaseTimeline other) {
    this.definition = other.definition;
    this.rules = other.rules;
    this.calendar = other.calendar;
    this.clocks = new NormClock[other.clocks.length];
    for (int i = 0; i < clocks.length; i++) {
      clocks[i] = other.clocks[i] == null ? null : other.clocks[i].copy();
    }
    this.state = other.state;
    this.day = other.day;
    this.responsible = other.responsible;
    this.dues = other.dues.clone();
    this.conversationHeld = other.conversationHeld;
    this.lastContact = other.lastContact;
    this.contactLostDay = other.contactLostDay;
    this.missedInRow = other.missedInRow;
    this.missedLimitAt = other.missedLimitAt;
    this.missedLimitDay = other.missedLimitDay;
    this.followUpFrom = other.followUpFrom;
    this.followUpKind = other.followUpKind;
    this.followUpDay = other.followUpDay;
    this.crisisOverAt = other.crisisOverAt;
    this.crisisOverDay = other.crisisOverDay;
    this.crisisUntilDay = other.crisisUntilDay;
    this.crisisWithoutAppointment = other.crisisWithoutAppointment;
    this.lifeEventAt = other.lifeEventAt;
    this.lifeEvent = other.lifeEvent;
    this.lifeEventDay = other.lifeEventDay;
    this.stepEnteredAt = other.stepEnteredAt;
    this.stepEnteredDay = other.stepEnteredDay;
    this.stalledStep = other.stalledStep;
    this.stalledFromDay = other.stalledFromDay;
    this.stalledDay = other.stalledDay;
    this.returningSince = other.returningSince;
    this.returningDay = other.returningDay;
    this.declined = other.declined == null ? null : other.declined.clone();
    this.handoverSeen = other.handoverSeen == null ? null : other.handoverSeen.clone();
    this.handoverDay = other.handoverDay == null ? null : other.handoverDay.clone();
  }

  /** A copy that folds further without changing this timeline. */
  CaseTimeline copy() {
    return new CaseTimeline(this);
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

  /** The clock of the definition's norm with id {@code norm} (one that never ran if its milestone was never reached). */
  NormClock clock(String norm) {
    int i = 0;
    while (!definition.norms().get(i).id().equals(norm)) {
      i++;
    }
    return clocks[i] != null ? clocks[i] : new NormClock(definition.norms().get(i), calendar);
  }

  /**
   * Folds the next event of the case, and tells what may have changed for the items and windows:
   * any of {@link #CASE}, {@link #CLOCKS}, {@link #TASKS}, {@link #LEAD} and {@link #OPEN}; what
   * it does not tell is as it was.
   */
  int apply(Event event) {
    CaseState before = state;
    state = Cases.evolve(state, event);
    Change change = event.change();
    Instant at = event.at();
    if (!before.registered() || !at.equals(before.lastEventAt())) {
      day = ZoneDays.epochDay(at);
    }
    boolean attended = change instanceof Change.AppointmentHeld && attended((Change.AppointmentHeld) change);
    boolean first = attended && !conversationHeld;
    int changes = (before.open() != state.open() ? OPEN : 0) | (before.tasks() != state.tasks() ? TASKS : 0);
    List<Norm> norms = definition.norms();
    for (int i = 0; i < clocks.length; i++) {
      if (clocks[i] == null && NormClock.reached(norms.get(i).from(), change, first)) {
        clocks[i] = new NormClock(norms.get(i), calendar);
      }
      if (clocks[i] != null) {
        NormClock.Run running = clocks[i].running();
        clocks[i].apply(event, day, state, conversationHeld, first);
        LocalDate due = dueDate(clocks[i]);
        changes |= clocks[i].running() != running || !Objects.equals(due, dues[i]) ? CLOCKS : 0;
        dues[i] = due;
      }
    }
    String lead = responsible;
    responsible = responsible(state);
    changes |= lead.equals(responsible) ? 0 : LEAD;
    return track(change, at, day, attended) || state.handovers() != before.handovers() ? changes | CASE : changes;
  }

  /** Whether the client took part in the held appointment (R-27: only such a meeting is a conversation with the client). */
  private boolean attended(Change.AppointmentHeld held) {
    return state.appointment(held.appointment()).map(Appointment::client).orElse(false);
  }

  /** Records what {@code change} means for the signals; false when it means nothing for them. */
  private boolean track(Change change, Instant at, long day, boolean attended) {
    if (change instanceof Change.CaseRegistered) {
      contact(at, day);
      stepEntered(at, day);
    } else if (change instanceof Change.ContactRecorded) {
      if (((Change.ContactRecorded) change).reached()) {
        contact(at, day);
      }
    } else if (change instanceof Change.AppointmentHeld) {
      Change.AppointmentHeld held = (Change.AppointmentHeld) change;
      if (attended) {
        conversationHeld = true;
        contact(at, day);
      }
      if (held.kind().needsFollowUp() && !(held.followUp() instanceof FollowUp.NoFollowUp)) {
        followUpFrom = at;
        followUpKind = held.kind();
        followUpDay = deadlineDay(day, rules.followUpWithin());
      }
    } else if (change instanceof Change.AppointmentMissed) {
      missedInRow++;
      if (missedInRow == rules.missedAppointmentsInRow()) {
        missedLimitAt = at;
        missedLimitDay = day;
      }
    } else if (change instanceof Change.AppointmentScheduled) {
      if (crisisWithoutAppointment && followsCrisis(((Change.AppointmentScheduled) change).appointment())) {
        crisisWithoutAppointment = false;
      }
    } else if (change instanceof Change.StepEntered) {
      stepEntered(at, day);
    } else if (change instanceof Change.LifeEventRecorded) {
      lifeEventAt = at;
      lifeEventDay = day;
      lifeEvent = ((Change.LifeEventRecorded) change).kind();
    } else if (change instanceof Change.AssessmentRecorded) {
      lifeEventAt = null;
    } else if (change instanceof Change.LeadHandoverDeclined) {
      Change.LeadHandoverDeclined decline = (Change.LeadHandoverDeclined) change;
      if (declined == null) {
        declined = new Declined[LEAD_KINDS.length];
      }
      declined[decline.kind().ordinal()] = new Declined(decline, at, day);
    } else if (change instanceof Change.LeadHandoverProposed) {
      settleDecline(((Change.LeadHandoverProposed) change).kind());
    } else if (change instanceof Change.LeadHandoverAccepted) {
      settleDecline(((Change.LeadHandoverAccepted) change).kind());
    } else if (change instanceof Change.CaseReopened) {
      contact(at, day);
      stepEntered(at, day);
      returningSince = ((Change.CaseReopened) change).returning() ? at : null;
      returningDay = day;
    } else if (change instanceof Change.CaseClosed) {
      returningSince = null;
      declined = null;
    } else if (!(change instanceof Change.FlagRaised || change instanceof Change.FlagCleared
        || change instanceof Change.ActivityStarted || change instanceof Change.ActivityEnded)) {
      return false;
    }
    if (change instanceof Change.FlagRaised || change instanceof Change.FlagCleared
        || change instanceof Change.ActivityStarted || change instanceof Change.ActivityEnded
        || change instanceof Change.CaseReopened) {
      trackCrisis(change, at, day);
    }
    return true;
  }

  private void settleDecline(LeadKind kind) {
    if (declined != null) {
      declined[kind.ordinal()] = null;
    }
  }

  /**
   * A crisis ends when the crisis flag is cleared or a crisis intervention ends and neither is left
   * . From then on the case is monitored closely for the definition's term; if no
   * appointment with the client is booked after that moment, the monitoring signal says so and
   * holds until one is (ADR 0033).
   */
  private void trackCrisis(Change change, Instant at, long day) {
    boolean ending = change instanceof Change.FlagCleared && ((Change.FlagCleared) change).flag() == Flag.CRISIS
        || change instanceof Change.ActivityEnded
            && ((Change.ActivityEnded) change).kind() == ActivityKind.CRISIS_INTERVENTION;
    if (inCrisis()) {
      crisisOverAt = null;
      crisisWithoutAppointment = false;
    } else if (ending) {
      crisisOverAt = at;
      crisisOverDay = day;
      crisisUntilDay = deadlineDay(day, rules.monitoringAfterCrisis());
      crisisWithoutAppointment = true;
      for (Appointment appointment : state.appointments()) {
        if (followsCrisis(appointment)) {
          crisisWithoutAppointment = false;
          break;
        }
      }
    }
  }

  private boolean inCrisis() {
    if (state.flagged(Flag.CRISIS)) {
      return true;
    }
    for (Activity activity : state.activities()) {
      if (activity.running() && activity.kind() == ActivityKind.CRISIS_INTERVENTION) {
        return true;
      }
    }
    return false;
  }

  private boolean followsCrisis(String appointment) {
    return state.appointment(appointment).map(this::followsCrisis).orElse(false);
  }

  /** Whether {@code appointment} is a booked appointment with the client after the crisis ended. */
  private boolean followsCrisis(Appointment appointment) {
    return appointment.status() == AppointmentStatus.SCHEDULED && appointment.client()
        && appointment.start().isAfter(crisisOverAt);
  }

  private void contact(Instant at, long day) {
    lastContact = at;
    contactLostDay = deadlineDay(day, rules.contactLostAfter());
    missedInRow = 0;
    missedLimitAt = null;
    followUpFrom = null;
  }

  private void stepEntered(Instant at, long day) {
    stepEnteredAt = at;
    stepEnteredDay = day;
  }

  /** The epoch day a {@code term} starting on epoch day {@code day} has run out: the day after its due date. */
  private long deadlineDay(long day, Term term) {
    return calendar.plus(LocalDate.ofEpochDay(day), term).toEpochDay() + 1;
  }

  /** Every norm status at {@code at}, in the definition's order. */
  List<NormStatus> statuses(Instant at) {
    List<NormStatus> statuses = new ArrayList<>();
    for (int i = 0; i < clocks.length; i++) {
      if (clocks[i] == null) {
        Norm norm = definition.norms().get(i);
        statuses.add(new NormStatus.NotApplicable(norm.id(), "de klok is niet gestart: het startmoment ("
            + MilestoneWording.of(norm.from(), definition) + ") is nog niet bereikt"));
      } else {
        clocks[i].statuses(at, state, statuses::add);
      }
    }
    return statuses;
  }

  /** Hands {@code sink} every signal window after the latest event; none while the case is closed. */
  void windows(WindowSink sink) {
    if (state.open()) {
      caseWindows(sink);
      clockWindows(sink);
      for (int task = 0; task < state.tasks().size(); task++) {
        taskWindow(task, sink);
      }
    }
  }

  /** Hands {@code sink} the windows of the case itself, in slots from 0 to {@link #CASE_SLOTS}. */
  void caseWindows(WindowSink sink) {
    sink.window(0, SignalKind.CONTACT_LOST, contactLostDay, NEVER, null);
    if (missedLimitAt != null) {
      sink.window(1, SignalKind.CONTACT_LOST, missedLimitDay, NEVER, MISSED);
    }
    if (followUpFrom != null) {
      sink.window(2, SignalKind.NO_FOLLOW_UP, followUpDay, NEVER, null);
    }
    if (crisisOverAt != null) {
      sink.window(3, SignalKind.CRISIS_MONITORING, crisisOverDay, crisisWithoutAppointment ? NEVER : crisisUntilDay, null);
    }
    if (lifeEventAt != null) {
      sink.window(4, SignalKind.RESCREENING_DUE, lifeEventDay, NEVER, null);
    }
    sink.window(5, SignalKind.STALLED, stalledDay(), NEVER, null);
    if (returningSince != null) {
      sink.window(6, SignalKind.RETURNING_CLIENT, returningDay, NEVER, null);
    }
    for (PendingHandover handover : state.handovers()) {
      sink.window(7 + handover.kind().ordinal(), SignalKind.HANDOVER_NOT_ACCEPTED, handoverDay(handover), NEVER, handover);
    }
    for (int kind = 0; declined != null && kind < declined.length; kind++) {
      if (declined[kind] != null) {
        sink.window(7 + LEAD_KINDS.length + kind, SignalKind.HANDOVER_DECLINED, declined[kind].day(), NEVER, declined[kind]);
      }
    }
  }

  /** Hands {@code sink} the windows of the norm clocks, two slots per clock from {@link #CASE_SLOTS}. */
  void clockWindows(WindowSink sink) {
    for (int i = 0; i < clocks.length; i++) {
      NormClock clock = clocks[i];
      LocalDate due = dues[i];
      if (due != null) {
        NormClock.Run run = clock.running();
        long deadline = due.toEpochDay() + 1;
        sink.window(CASE_SLOTS + 2 * i, SignalKind.NORM_DUE_SOON,
            Math.max(clock.warningDay(run, due, rules.normWarningLead()), run.startDay), deadline, clock);
        sink.window(CASE_SLOTS + 2 * i + 1, SignalKind.NORM_BREACHED, deadline, NEVER, clock);
      }
    }
  }

  /** Hands {@code sink} the window of the {@code index}th task, in the slot after the clocks' and the earlier tasks'. */
  void taskWindow(int index, WindowSink sink) {
    Task task = state.tasks().get(index);
    if (task.open()) {
      sink.window(windowSlots(index), SignalKind.TASK_OVERDUE, task.due().toEpochDay() + 1, NEVER, task);
    }
  }

  /** The window slots of a case with {@code tasks} tasks. */
  int windowSlots(int tasks) {
    return CASE_SLOTS + 2 * clocks.length + tasks;
  }

  /** The item slots of a case with {@code tasks} tasks. */
  int itemSlots(int tasks) {
    return clocks.length + tasks;
  }

  private long handoverDay(PendingHandover handover) {
    int kind = handover.kind().ordinal();
    if (handoverSeen == null) {
      handoverSeen = new PendingHandover[LEAD_KINDS.length];
      handoverDay = new long[LEAD_KINDS.length];
    }
    if (handoverSeen[kind] != handover) {
      handoverSeen[kind] = handover;
      handoverDay[kind] = deadlineDay(date(handover.proposedAt()).toEpochDay(), rules.handoverAcceptWithin());
    }
    return handoverDay[kind];
  }

  private long stalledDay() {
    String step = state.step();
    if (!step.equals(stalledStep) || stalledFromDay != stepEnteredDay) {
      stalledStep = step;
      stalledFromDay = stepEnteredDay;
      stalledDay = deadlineDay(stepEnteredDay, rules.stalledAfter(step));
    }
    return stalledDay;
  }

  /**
   * The signal windows after the latest event, worded: each raised at {@code at} when {@code
   * arose <= at < ends}; none while the case is closed. Windows empty in whole days are left out.
   */
  List<SignalWindow> signalWindows() {
    List<SignalWindow> windows = new ArrayList<>();
    windows((slot, kind, from, until, about) -> {
      if (from < until) {
        windows.add(new SignalWindow(signal(kind, from, about), until == NEVER ? Instant.MAX : startOf(day(until))));
      }
    });
    return windows;
  }

  /** The signal of a window: when it arose, what about, who should act and why, in plain Dutch. */
  private Signal signal(SignalKind kind, long from, Object about) {
    Instant start = startOf(day(from));
    String owner = responsible;
    switch (kind) {
      case CONTACT_LOST:
        return about == MISSED
            ? new Signal(kind, missedInRow + " afspraken op rij gemist", missedLimitAt, "", owner)
            : new Signal(kind, "geen contact met de cliënt sinds " + date(lastContact) + " (termijn "
                + rules.contactLostAfter() + ")", start, "", owner);
      case NO_FOLLOW_UP:
        return new Signal(kind, "geen contact na het " + followUpKind.label() + " van " + date(followUpFrom)
            + " (termijn " + rules.followUpWithin() + ")", start, "", owner);
      case CRISIS_MONITORING:
        return new Signal(kind, crisisWithoutAppointment
            ? "geen vervolgafspraak na crisis (voorbij op " + date(crisisOverAt) + ")"
            : "crisis voorbij op " + date(crisisOverAt) + "; verscherpt volgen gedurende " + rules.monitoringAfterCrisis(),
            crisisOverAt, "", owner);
      case RESCREENING_DUE:
        return new Signal(kind, "levensgebeurtenis (" + lifeEvent.label() + ") op " + date(lifeEventAt)
            + "; financiële herscreening nodig", lifeEventAt, "", owner);
      case HANDOVER_NOT_ACCEPTED:
        PendingHandover handover = (PendingHandover) about;
        return new Signal(kind, handover.kind().label() + " aangeboden aan " + handover.to() + " op "
            + date(handover.proposedAt()) + ", niet geaccepteerd binnen " + rules.handoverAcceptWithin(),
            start, handover.kind().name(), handover.to());
      case HANDOVER_DECLINED:
        Declined decline = (Declined) about;
        return new Signal(kind, decline.change().kind().label() + " geweigerd door " + decline.change().to() + " op "
            + date(decline.at()) + ": " + decline.change().reason(), decline.at(), decline.change().kind().name(),
            decline.change().from());
      case STALLED:
        return new Signal(kind, "in stap " + state.step() + " sinds " + date(stepEnteredAt) + " (termijn "
            + rules.stalledAfter(state.step()) + ")", start, state.step(), owner);
      case TASK_OVERDUE:
        Task task = (Task) about;
        return new Signal(kind, "taak '" + task.text() + "' was uiterlijk " + task.due() + " af", start, task.id(),
            task.owner() instanceof Assignee.OrganisationRole role ? role.organisation() : owner);
      case NORM_DUE_SOON:
        NormClock soon = (NormClock) about;
        Instant arose = start.isAfter(soon.running().start) ? start : soon.running().start;
        return new Signal(kind, soon.norm.label() + ": uiterlijk " + dueDate(soon), arose, soon.norm.id(), owner);
      case NORM_BREACHED:
        NormClock breached = (NormClock) about;
        return new Signal(kind, breached.norm.label() + ": termijn verlopen op " + dueDate(breached), start,
            breached.norm.id(), owner);
      case RETURNING_CLIENT:
        return new Signal(kind, "heropend op " + date(returningSince) + " binnen " + rules.reRegistrationWindow()
            + " na sluiting", returningSince, "", owner);
      default:
        throw new AssertionError(kind);
    }
  }

  private static LocalDate day(long epochDay) {
    return LocalDate.ofEpochDay(epochDay);
  }

  /** Hands {@code sink} the agenda items after the latest event; none while the case is closed. */
  void items(ItemSink sink) {
    if (state.open()) {
      clockItems(sink);
      for (int task = 0; task < state.tasks().size(); task++) {
        taskItem(task, sink);
      }
    }
  }

  /** Hands {@code sink} the items of the norm clocks, each in the slot of its clock. */
  void clockItems(ItemSink sink) {
    for (int i = 0; i < clocks.length && !responsible.isEmpty(); i++) {
      if (dues[i] != null) {
        sink.item(i, AgendaItem.Kind.NORM, clocks[i].norm.id(), clocks[i].norm.label(), dues[i], responsible, "");
      }
    }
  }

  /** Hands {@code sink} the item of the {@code index}th task, if it is open and someone's, in slot {@link #itemSlots itemSlots(index)}. */
  void taskItem(int index, ItemSink sink) {
    Task task = state.tasks().get(index);
    if (!task.open()) {
      return;
    }
    if (task.owner() instanceof Assignee.OrganisationRole) {
      Assignee.OrganisationRole owner = (Assignee.OrganisationRole) task.owner();
      sink.item(itemSlots(index), AgendaItem.Kind.TASK, task.id(), task.text(), task.due(), owner.organisation(), owner.role());
    } else if (!responsible.isEmpty()) {
      sink.item(itemSlots(index), AgendaItem.Kind.TASK, task.id(), task.text(), task.due(), responsible, "");
    }
  }

  /** The agenda items after the latest event, in a list. */
  List<AgendaItem> items() {
    List<AgendaItem> items = new ArrayList<>();
    items((slot, kind, subject, label, due, organisation, role) ->
        items.add(new AgendaItem(state.id(), kind, subject, label, due, organisation, role)));
    return items;
  }

  /** The due date of {@code clock} if it runs, applies and is not stopped; else null. */
  private LocalDate dueDate(NormClock clock) {
    NormClock.Run run = clock.running();
    if (run != null && run.suspendedSince == null && state.satisfies(clock.norm.appliesWhen())) {
      return clock.due(run, run.start);
    }
    return null;
  }

  /** The holder of client regie, else of the first regie kind held; empty when none. */
  private static String responsible(CaseState state) {
    String lead = state.leadHolder(LeadKind.CLIENT_LEAD).orElse(null);
    return lead != null ? lead : state.leads().values().stream().findFirst().orElse("");
  }
}
