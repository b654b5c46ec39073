package nl.schuldhulp.workflow.casefile;

import static nl.schuldhulp.workflow.casefile.CaseState.plus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import nl.schuldhulp.workflow.definition.Assignee;

/**
 * Folds one event into a state. Pure and total for events that {@link Decider} produced; reads no
 * definition, so replay is a tight loop. Each change copies only what it touches.
 */
final class Evolver {
  private Evolver() {}

  static CaseState evolve(CaseState state, Event event) {
    CaseState.Draft d = state.draft();
    step(d, event);
    return d.build();
  }

  /** Applies {@code events} to one draft and freezes it once: replay allocates no state per event. */
  static CaseState replay(CaseState state, Iterable<Event> events) {
    if (!(events instanceof List<Event> list)) {
      List<Event> copy = new ArrayList<>();
      events.forEach(copy::add);
      return replay(state, copy);
    }
    if (list.isEmpty()) {
      return state;
    }
    CaseState.Draft d = state.draft();
    for (int i = 0; i < list.size(); i++) { // indexed: see Guards
      step(d, list.get(i));
    }
    return d.build();
  }

  private static void step(CaseState.Draft d, Event event) {
    if (!event.caseId().equals(d.id)) {
      throw new IllegalArgumentException("event of case " + event.caseId() + " applied to case " + d.id);
    }
    if (event.version() != d.version + 1) {
      throw new IllegalArgumentException(
          "event version " + event.version() + " does not follow state version " + d.version);
    }
    Change change = event.change();
    if (!(change instanceof Change.CaseRegistered) && d.definitionId == null) {
      throw new IllegalArgumentException("the first event of a case must be CaseRegistered, not " + change);
    }
    d.version = event.version();
    d.lastEventAt = event.at();
    apply(d, event, change);
  }

  private static void apply(CaseState.Draft d, Event event, Change change) {
    if (change instanceof Change.TaskAssigned) {
      Change.TaskAssigned c = (Change.TaskAssigned) change;
      d.tasks = plus(d.tasks, new Task(c.task(), TaskShape.of(c), SharedDates.shared(c.due()), TaskStatus.OPEN));
      if (c.owner() instanceof Assignee.OrganisationRole) {
        d.involve(((Assignee.OrganisationRole) c.owner()).organisation());
      }
    } else if (change instanceof Change.TaskCompleted) {
      d.tasks = withTaskStatus(d.tasks, ((Change.TaskCompleted) change).task(), TaskStatus.DONE);
    } else if (change instanceof Change.TaskCancelled) {
      d.tasks = withTaskStatus(d.tasks, ((Change.TaskCancelled) change).task(), TaskStatus.CANCELLED);
    } else if (change instanceof Change.StepEntered) {
      Change.StepEntered c = (Change.StepEntered) change;
      d.step = c.step();
      if (d.phase != c.phase()) {
        d.phases = plus(d.phases, new PhaseEntry(c.phase(), event.at()));
      }
      d.phase = c.phase();
    } else if (change instanceof Change.ContactRecorded) {
      Change.ContactRecorded c = (Change.ContactRecorded) change;
      d.contacts = d.contacts.plus(event.at(), c.channel(), c.direction(), c.reached());
    } else if (change instanceof Change.AppointmentScheduled) {
      Change.AppointmentScheduled c = (Change.AppointmentScheduled) change;
      d.appointments = plus(d.appointments,
          new Appointment(c.appointment(), c.kind(), c.start(), c.organisations(), c.client(), AppointmentStatus.SCHEDULED,
              event.at()));
      for (String organisation : c.organisations()) {
        d.involve(organisation);
      }
    } else if (change instanceof Change.AppointmentHeld) {
      d.appointments = withAppointmentStatus(d.appointments, ((Change.AppointmentHeld) change).appointment(), AppointmentStatus.HELD);
    } else if (change instanceof Change.AppointmentMissed) {
      d.appointments = withAppointmentStatus(d.appointments, ((Change.AppointmentMissed) change).appointment(), AppointmentStatus.MISSED);
    } else if (change instanceof Change.AppointmentCancelled) {
      d.appointments = withAppointmentStatus(d.appointments, ((Change.AppointmentCancelled) change).appointment(),
          AppointmentStatus.CANCELLED);
    } else {
      applyRegie(d, event, change);
    }
  }

  private static void applyRegie(CaseState.Draft d, Event event, Change change) {
    if (change instanceof Change.LeadHandoverProposed) {
      Change.LeadHandoverProposed c = (Change.LeadHandoverProposed) change;
      d.handovers = plus(d.handovers, new PendingHandover(c.kind(), c.from(), c.to(), c.mode(), c.reason(), event.at()));
    } else if (change instanceof Change.LeadHandoverAccepted) {
      Change.LeadHandoverAccepted c = (Change.LeadHandoverAccepted) change;
      d.lead(c.kind(), c.to());
      d.involve(c.to());
      d.handovers = without(d.handovers, c.kind());
    } else if (change instanceof Change.LeadHandoverDeclined) {
      Change.LeadHandoverDeclined c = (Change.LeadHandoverDeclined) change;
      d.handovers = without(d.handovers, c.kind());
      d.declined = plus(without(d.declined, c.kind()),
          new DeclinedHandover(c.kind(), c.from(), c.to(), c.reason(), event.at()));
    } else if (change instanceof Change.LeadHandoverWithdrawn) {
      d.handovers = without(d.handovers, ((Change.LeadHandoverWithdrawn) change).kind());
    } else if (change instanceof Change.LeadAssigned) {
      Change.LeadAssigned c = (Change.LeadAssigned) change;
      d.lead(c.kind(), c.organisation());
      d.involve(c.organisation());
    } else if (change instanceof Change.CaseRegistered) {
      Change.CaseRegistered c = (Change.CaseRegistered) change;
      d.definitionId = c.definition();
      d.definitionVersion = c.definitionVersion();
      d.entryPoint = c.entryPoint();
      d.clients = c.clients();
      if (event.actor() instanceof Actor.Professional) {
        d.involve(((Actor.Professional) event.actor()).organisation());
      }
    } else {
      applyRecord(d, event, change);
    }
  }

  private static void applyRecord(CaseState.Draft d, Event event, Change change) {
    if (change instanceof Change.FactRecorded) {
      Change.FactRecorded c = (Change.FactRecorded) change;
      d.facts = with(d.facts, c.fact(), c.value());
    } else if (change instanceof Change.AssessmentRecorded) {
      Change.AssessmentRecorded c = (Change.AssessmentRecorded) change;
      d.scores = with(d.scores, c.domain(), c.score());
    } else if (change instanceof Change.FlagRaised) {
      d.flags |= 1 << ((Change.FlagRaised) change).flag().ordinal();
    } else if (change instanceof Change.FlagCleared) {
      d.flags &= ~(1 << ((Change.FlagCleared) change).flag().ordinal());
    } else if (change instanceof Change.AccessDecided) {
      d.access = ((Change.AccessDecided) change).outcome() == AccessOutcome.ADMITTED
          ? AccessStatus.ADMITTED : AccessStatus.REFUSED;
    } else if (change instanceof Change.TerminationDecided) {
      d.access = AccessStatus.TERMINATED;
    } else if (change instanceof Change.ReadinessRecorded) {
      Change.ReadinessRecorded c = (Change.ReadinessRecorded) change;
      d.readiness = new Readiness(c.ready(), c.criteria(), c.grounds(), event.actor(), event.at());
    } else if (change instanceof Change.ActivityStarted) {
      Change.ActivityStarted c = (Change.ActivityStarted) change;
      d.activities = plus(d.activities, new Activity(c.activity(), c.kind(), c.organisation(), event.at(), null, null));
      d.involve(c.organisation());
    } else if (change instanceof Change.ActivityEnded) {
      Change.ActivityEnded c = (Change.ActivityEnded) change;
      d.activities = replace(d.activities, Activity::id, c.activity(), activity -> activity.endedAt(event.at(), c.outcome()));
    } else if (change instanceof Change.ClockSuspended) {
      d.suspendedNorms = plus(d.suspendedNorms, ((Change.ClockSuspended) change).norm());
    } else if (change instanceof Change.ClockResumed) {
      d.suspendedNorms = without(d.suspendedNorms, ((Change.ClockResumed) change).norm());
    } else {
      applyLifecycle(d, event, change);
    }
  }

  private static void applyLifecycle(CaseState.Draft d, Event event, Change change) {
    if (change instanceof Change.CaseClosed) {
      Change.CaseClosed c = (Change.CaseClosed) change;
      d.closures = plus(d.closures, new Closure(c.exit(), c.type(), c.decidedBy(), c.consultation(), c.reason(), d.step, event.at()));
      d.closed = true;
    } else if (change instanceof Change.CaseReopened) {
      d.closed = false;
      if (((Change.CaseReopened) change).returning()) {
        d.returns++;
      }
    } else if (change instanceof Change.ParticipantAdded) {
      Change.ParticipantAdded c = (Change.ParticipantAdded) change;
      d.participants = plus(d.participants,
          new Participant(c.organisation(), c.role(), c.professional(), c.reason(), event.at(), null));
      d.involve(c.organisation());
    } else if (change instanceof Change.ParticipationEnded) {
      Change.ParticipationEnded c = (Change.ParticipationEnded) change;
      Object[] copy = d.participants.toArray();
      for (int i = 0; i < copy.length; i++) {
        if (((Participant) copy[i]).activeAs(c.organisation(), c.role())) {
          copy[i] = ((Participant) copy[i]).endedAt(event.at());
        }
      }
      d.participants = CaseState.listOf(copy);
    } else if (change instanceof Change.LifeEventRecorded || change instanceof Change.DeadlineExtended) {
      // recorded in the history only: the time package reads them from the events
    } else {
      throw new AssertionError("unhandled change " + change.getClass().getSimpleName());
    }
  }

  private static List<Task> withTaskStatus(List<Task> tasks, String taskId, TaskStatus status) {
    return replace(tasks, Task::id, taskId, task -> task.withStatus(status));
  }

  private static List<Appointment> withAppointmentStatus(List<Appointment> appointments, String id, AppointmentStatus status) {
    return replace(appointments, Appointment::id, id, appointment -> appointment.withStatus(status));
  }

  /** A copy of {@code list} in which the element with id {@code id} is replaced by its update. */
  private static <T> List<T> replace(List<T> list, Function<T, String> idOf, String id, UnaryOperator<T> update) {
    Object[] copy = list.toArray();
    for (int i = 0; i < copy.length; i++) {
      @SuppressWarnings("unchecked")
      T element = (T) copy[i];
      if (idOf.apply(element).equals(id)) {
        copy[i] = update.apply(element);
        return CaseState.listOf(copy);
      }
    }
    throw new IllegalArgumentException("no element with id " + id);
  }

  /**
   * A copy of {@code list} without {@code key}: without the handovers of kind {@code key}, or
   * without the norm {@code key}; in a compact list.
   */
  private static <T> List<T> without(List<T> list, Object key) {
    Object[] kept = new Object[list.size()];
    int size = 0;
    for (T element : list) {
      Object of = element instanceof PendingHandover pending ? pending.kind()
          : element instanceof DeclinedHandover declined ? declined.kind() : element;
      if (!key.equals(of)) {
        kept[size++] = element;
      }
    }
    return size == list.size() ? list : CaseState.listOf(Arrays.copyOf(kept, size));
  }

  /** {@code map} with {@code key} set to {@code value}: a compact {@code Map.of} map, not a HashMap. */
  private static <V> Map<String, V> with(Map<String, V> map, String key, V value) {
    if (value.equals(map.get(key))) {
      return map;
    }
    if (map.isEmpty()) {
      return Map.of(key, value);
    }
    @SuppressWarnings("unchecked")
    Map.Entry<String, V>[] entries = new Map.Entry[map.containsKey(key) ? map.size() : map.size() + 1];
    int size = 0;
    for (Map.Entry<String, V> entry : map.entrySet()) {
      if (!entry.getKey().equals(key)) {
        entries[size++] = entry;
      }
    }
    entries[size] = Map.entry(key, value);
    return Map.ofEntries(entries);
  }
}
