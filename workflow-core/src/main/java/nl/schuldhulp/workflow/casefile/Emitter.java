package nl.schuldhulp.workflow.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.schuldhulp.workflow.internal.ZoneDays;

/** Collects the events of one decision, numbering them and handing out new ids. Not threadsafe. */
final class Emitter {
  private static final String[] TASK_IDS = ids("T");
  private static final String[] APPOINTMENT_IDS = ids("A");
  private static final String[] ACTIVITY_IDS = ids("P");

  private final CaseId caseId;
  /** The command's instant and actor, read once: a call through {@link Command} is megamorphic. */
  final Instant at;
  final Actor actor;
  private long version;
  private int tasks;
  private int appointments;
  private int activities;
  private Event[] events = new Event[4];
  private int size;
  private LocalDate date;

  Emitter(CaseState state, Command command) {
    this.caseId = state.id;
    this.at = command.at();
    this.actor = command.actor();
    this.version = state.version;
    this.tasks = state.tasks.size();
    this.appointments = state.appointments.size();
    this.activities = state.activities.size();
  }

  void emit(Change change) {
    if (size == events.length) {
      events = Arrays.copyOf(events, size * 2);
    }
    events[size++] = new Event(caseId, ++version, at, actor, change);
  }

  /**
   * The events emitted so far, as an unmodifiable list that {@link List#copyOf} returns as it is:
   * one or two events take no array at all.
   */
  List<Event> events() {
    switch (size) {
      case 0:
        return List.of();
      case 1:
        return List.of(events[0]);
      case 2:
        return List.of(events[0], events[1]);
      default:
        return List.of(Arrays.copyOf(events, size));
    }
  }

  /** The command's date in Europe/Amsterdam, worked out once per decision. */
  LocalDate date() {
    if (date == null) {
      date = dateOf(at);
    }
    return date;
  }

  /** {@code LocalDate.ofInstant(at, ZONE)}, as a shared date instance. */
  static LocalDate dateOf(Instant at) {
    return SharedDates.ofEpochDay(ZoneDays.epochDay(at));
  }

  String nextTaskId() {
    return id(TASK_IDS, "T", ++tasks);
  }

  String nextAppointmentId() {
    return id(APPOINTMENT_IDS, "A", ++appointments);
  }

  String nextActivityId() {
    return id(ACTIVITY_IDS, "P", ++activities);
  }

  /** Small ids are shared constants, so states do not each hold their own copies. */
  private static String id(String[] cache, String prefix, int number) {
    return number < cache.length ? cache[number] : prefix + number;
  }

  private static String[] ids(String prefix) {
    String[] ids = new String[128];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = prefix + i;
    }
    return ids;
  }
}
