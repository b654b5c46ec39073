package nl.schuldhulp.workflow.examples.demo;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.schuldhulp.workflow.casefile.Change;
import nl.schuldhulp.workflow.casefile.Event;
import nl.schuldhulp.workflow.definition.ActivityKind;

/**
 * The ids the engine gave out during a replay, under the names a script uses for them: a task by
 * its template id (or the label of the line that assigned it), an appointment by the label of the
 * line that scheduled it, an activity by its kind. A name used before it is known is a mistake in
 * the script and fails loudly.
 *
 * <p>Not threadsafe: one per replay.
 */
final class Refs {
  private final String client;
  private final Map<String, String> tasks = new HashMap<>();
  private final Map<String, String> appointments = new HashMap<>();
  private final Map<ActivityKind, String> activities = new EnumMap<>(ActivityKind.class);

  Refs(String client) {
    this.client = client;
  }

  /** The client's id on the case. */
  String client() {
    return client;
  }

  /** The id of the latest task with this template id or label. */
  String task(String name) {
    return known(tasks, name, "task");
  }

  /** The id of the appointment scheduled under this label. */
  String appointment(String label) {
    return known(appointments, label, "appointment");
  }

  /** The id of the latest activity of this kind. */
  String activity(ActivityKind kind) {
    return known(activities, kind, "activity");
  }

  /** Learns the ids in {@code events}, which an act that {@link Act#binds binds} {@code label} caused. */
  void learn(List<Event> events, String label) {
    for (Event event : events) {
      Change change = event.change();
      if (change instanceof Change.TaskAssigned) {
        Change.TaskAssigned assigned = (Change.TaskAssigned) change;
        tasks.put(assigned.template().isEmpty() ? label : assigned.template(), assigned.task());
      } else if (change instanceof Change.AppointmentScheduled) {
        appointments.put(label, ((Change.AppointmentScheduled) change).appointment());
      } else if (change instanceof Change.ActivityStarted) {
        Change.ActivityStarted started = (Change.ActivityStarted) change;
        activities.put(started.kind(), started.activity());
      }
    }
  }

  private static <K> String known(Map<K, String> ids, K name, String what) {
    String id = ids.get(name);
    if (id == null) {
      throw new IllegalStateException("the script names " + what + " '" + name + "' before it exists");
    }
    return id;
  }
}
