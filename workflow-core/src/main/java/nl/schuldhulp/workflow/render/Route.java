package nl.schuldhulp.workflow.render;

import static nl.schuldhulp.workflow.internal.Preconditions.checkArgument;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.schuldhulp.workflow.casefile.AccessOutcome;
import nl.schuldhulp.workflow.casefile.ActionList;
import nl.schuldhulp.workflow.casefile.Activity;
import nl.schuldhulp.workflow.casefile.Appointment;
import nl.schuldhulp.workflow.casefile.AppointmentStatus;
import nl.schuldhulp.workflow.casefile.CaseState;
import nl.schuldhulp.workflow.casefile.Cases;
import nl.schuldhulp.workflow.casefile.Change;
import nl.schuldhulp.workflow.casefile.Event;
import nl.schuldhulp.workflow.casefile.PendingHandover;
import nl.schuldhulp.workflow.casefile.Task;
import nl.schuldhulp.workflow.definition.Assignee;
import nl.schuldhulp.workflow.definition.EntryChannel;
import nl.schuldhulp.workflow.definition.HandoverMode;
import nl.schuldhulp.workflow.definition.LeadKind;
import nl.schuldhulp.workflow.definition.Organisation;
import nl.schuldhulp.workflow.definition.Step;
import nl.schuldhulp.workflow.definition.Transition;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;

/**
 * What a client's route map says, already in plain Dutch: read from the case's events (for the
 * dates things were done) and the state they replay to, showing only what the client may see
 * (client-visible tasks, appointments the client takes part in, the summaries shared with the
 * client; never facts, flags, scores, reasons or other notes). {@link RouteMapWriter} lays it out.
 *
 * @param today the date the page is made for, in Amsterdam
 * @param at the moment the page is made for
 * @param municipality the municipality whose help it is
 * @param path the steps the case went through and the one it is in (or the closure)
 * @param next the steps that may come next, in the definition's order
 * @param wins what was done or reached, newest first (small wins, R-45)
 * @param actions the client's own action list, dosed as the engine doses it
 * @param open whether the case is open
 * @param ours open client-visible tasks of the professionals, earliest due first
 * @param contact who the fixed contact person works for, as a sentence; empty when no one holds it
 * @param handover the pending handover of that contact, as sentences; empty when none
 * @param helpers the organisations helping, each with what it does
 * @param meetings the appointments still to come that the client takes part in, earliest first
 */
record Route(
    LocalDate today,
    Instant at,
    String municipality,
    List<Place> path,
    List<Place> next,
    List<Win> wins,
    ActionList actions,
    boolean open,
    List<Duty> ours,
    String contact,
    String handover,
    List<Helper> helpers,
    List<Meeting> meetings) {

  /** Where a place of the path stands. */
  enum Status {
    DONE,
    NOW,
    LATER
  }

  /** One place on the path: a step's label, what its phase means, its status and when. */
  record Place(String title, String phase, Status status, String when) {}

  /** Something done or reached, on a date, with optional detail ("" when none). */
  record Win(LocalDate on, String text, String detail) {}

  /** An open task of an organisation the client may see. */
  record Duty(String organisation, String text, LocalDate due) {}

  /** An organisation helping the client and what it does there. */
  record Helper(String organisation, List<String> does) {}

  /** An appointment to come: its kind, its start and who else takes part. */
  record Meeting(String kind, Instant start, List<String> with) {}

  static Route of(WorkflowDefinition definition, List<Event> history, Instant at) {
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(at, "at");
    checkArgument(!history.isEmpty(), "history is empty: a route map needs a registered case");
    CaseState state = Cases.replay(history.get(0).caseId(), history);
    checkArgument(state.registered(), "case %s is not registered", state.id());
    checkArgument(
        state.definitionId().equals(definition.id()) && state.definitionVersion() == definition.version(),
        "case %s runs under %s version %s, not %s version %s",
        state.id(), state.definitionId(), state.definitionVersion(), definition.id(), definition.version());
    return new Reader(definition, state).read(history, at);
  }

  /** Reads one case; not threadsafe, used once. */
  private static final class Reader {
    private final WorkflowDefinition definition;
    private final CaseState state;
    private final LeadKind primary;

    Reader(WorkflowDefinition definition, CaseState state) {
      this.definition = definition;
      this.state = state;
      List<LeadKind> kinds = definition.leadKinds();
      this.primary = kinds.isEmpty() || kinds.contains(LeadKind.CLIENT_LEAD) ? LeadKind.CLIENT_LEAD : kinds.get(0);
    }

    Route read(List<Event> history, Instant at) {
      return new Route(
          Dutch.day(at),
          at,
          definition.municipality(),
          path(history),
          next(),
          wins(history),
          ActionList.of(state, definition.policy()),
          state.open(),
          ours(),
          state.leadHolder(primary).map(holder -> "Uw vaste contactpersoon is van " + organisation(holder) + ".")
              .orElse(""),
          handover(),
          helpers(),
          meetings(at));
    }

    private List<Place> path(List<Event> history) {
      List<String> steps = new ArrayList<>();
      List<LocalDate> entered = new ArrayList<>();
      LocalDate closedOn = null;
      for (Event event : history) {
        if (event.change() instanceof Change.StepEntered entry) {
          steps.add(entry.step());
          entered.add(Dutch.day(event.at()));
        } else if (event.change() instanceof Change.CaseClosed) {
          closedOn = Dutch.day(event.at());
        }
      }
      List<Place> path = new ArrayList<>();
      for (int i = 0; i < steps.size(); i++) {
        boolean last = i == steps.size() - 1;
        if (!last || state.closed()) {
          LocalDate finished = last ? closedOn : entered.get(i + 1);
          path.add(place(steps.get(i), Status.DONE, "Klaar op " + Dutch.date(finished)));
        } else {
          path.add(place(steps.get(i), Status.NOW, "Hier bent u nu, sinds " + Dutch.date(entered.get(i))));
        }
      }
      if (state.closed()) {
        path.add(new Place("Uw hulp is afgesloten", "", Status.NOW, "Afgesloten op " + Dutch.date(closedOn)));
      }
      return path;
    }

    private List<Place> next() {
      if (!state.open()) {
        return List.of();
      }
      Step current = definition.step(state.step()).orElse(null);
      if (current == null) {
        return List.of();
      }
      Set<String> targets = new LinkedHashSet<>();
      for (Transition transition : current.transitions()) {
        targets.add(transition.to());
      }
      List<Place> next = new ArrayList<>();
      for (String target : targets) {
        next.add(place(target, Status.LATER, "Later"));
      }
      if (next.isEmpty() && !definition.exitsFrom(current.id()).isEmpty()) {
        next.add(new Place("Afronden van uw hulp", "", Status.LATER, "Later"));
      }
      return next;
    }

    private Place place(String stepId, Status status, String when) {
      Step step = definition.step(stepId).orElse(null);
      return step == null
          ? new Place(stepId, "", status, when)
          : new Place(step.label(), Dutch.phase(step.phase()), status, when);
    }

    private List<Win> wins(List<Event> history) {
      List<Win> wins = new ArrayList<>();
      for (Event event : history) {
        LocalDate on = Dutch.day(event.at());
        Change change = event.change();
        if (change instanceof Change.CaseRegistered registered) {
          wins.add(new Win(on, registered.channel() == EntryChannel.SELF
              ? "U heeft zich aangemeld voor hulp." : "U bent aangemeld voor hulp.", ""));
        } else if (change instanceof Change.StepEntered entry && !entry.previousStep().isEmpty()) {
          wins.add(new Win(on, "Deze stap is klaar: " + stepLabel(entry.previousStep()) + ".", ""));
        } else if (change instanceof Change.TaskCompleted completed) {
          Task task = state.task(completed.task()).orElse(null);
          if (task != null && task.clientVisible()) {
            wins.add(new Win(on, (task.owner().isClient() ? "U heeft" : owner(task) + " heeft")
                + " dit gedaan: " + task.text(), ""));
          }
        } else if (change instanceof Change.AppointmentHeld held) {
          Appointment appointment = state.appointment(held.appointment()).orElse(null);
          if (appointment != null && appointment.client()) {
            wins.add(new Win(on, Dutch.capitalised(held.kind().label()) + " gehouden.",
                held.summary().isBlank() ? "" : "Wat we hebben afgesproken: " + held.summary()));
          }
        } else if (change instanceof Change.AccessDecided decided && decided.outcome() == AccessOutcome.ADMITTED) {
          wins.add(new Win(on, "U bent toegelaten tot de schuldhulp.", ""));
        } else if (change instanceof Change.ActivityStarted started) {
          wins.add(new Win(on, organisation(started.organisation()) + " is begonnen met "
              + started.kind().label() + ".", ""));
        } else if (change instanceof Change.LeadHandoverAccepted accepted && accepted.kind() == primary) {
          wins.add(new Win(on, "Uw vaste contactpersoon is nu van " + organisation(accepted.to()) + ".", ""));
        }
      }
      Collections.reverse(wins);
      return wins;
    }

    private List<Duty> ours() {
      List<Duty> duties = new ArrayList<>();
      for (Task task : state.tasks()) {
        if (task.open() && task.clientVisible() && !task.owner().isClient()) {
          duties.add(new Duty(owner(task), task.text(), task.due()));
        }
      }
      duties.sort(Comparator.comparing(Duty::due)); // stable: creation order within a day
      return duties;
    }

    private String handover() {
      PendingHandover pending = state.handover(primary).orElse(null);
      if (pending == null) {
        return "";
      }
      return organisation(pending.to()) + " neemt dit binnenkort over van " + organisation(pending.from()) + ". "
          + (pending.mode() == HandoverMode.WARM
              ? "Dat gebeurt in een gesprek waar u ook bij bent."
              : "Wij laten u weten wie uw nieuwe contactpersoon wordt.");
    }

    private List<Helper> helpers() {
      Map<String, List<String>> does = new LinkedHashMap<>();
      state.leadHolder(primary).ifPresent(holder -> add(does, holder, "Hier werkt uw vaste contactpersoon."));
      state.handover(primary).ifPresent(pending -> add(does, pending.to(), "Wordt binnenkort uw vaste contactpersoon."));
      state.leadHolder(LeadKind.PROCESS_LEAD).filter(holder -> primary != LeadKind.PROCESS_LEAD)
          .ifPresent(holder -> add(does, holder, "Zorgt dat alle hulp goed samenwerkt."));
      state.leadHolder(LeadKind.EXECUTION_LEAD).filter(holder -> primary != LeadKind.EXECUTION_LEAD)
          .ifPresent(holder -> add(does, holder, "Zorgt dat de afspraken worden uitgevoerd."));
      for (Activity activity : state.activities()) {
        if (activity.running()) {
          add(does, activity.organisation(), "Doet voor u: " + activity.kind().label() + ".");
        }
      }
      for (String organisation : state.involvedOrganisations()) {
        does.computeIfAbsent(organisation, key -> new ArrayList<>());
      }
      List<Helper> helpers = new ArrayList<>();
      does.forEach((organisation, sentences) -> helpers.add(new Helper(helperName(organisation),
          sentences.isEmpty() ? List.of("Doet mee aan uw hulp.") : sentences)));
      return helpers;
    }

    private static void add(Map<String, List<String>> does, String organisation, String sentence) {
      does.computeIfAbsent(organisation, key -> new ArrayList<>()).add(sentence);
    }

    private List<Meeting> meetings(Instant at) {
      List<Meeting> meetings = new ArrayList<>();
      for (Appointment appointment : state.appointments()) {
        if (appointment.status() == AppointmentStatus.SCHEDULED && appointment.client()
            && !appointment.start().isBefore(at)) {
          meetings.add(new Meeting(appointment.kind().label(), appointment.start(),
              appointment.organisations().stream().map(this::organisation).toList()));
        }
      }
      meetings.sort(Comparator.comparing(Meeting::start));
      return meetings;
    }

    private String owner(Task task) {
      return organisation(((Assignee.OrganisationRole) task.owner()).organisation());
    }

    private String stepLabel(String stepId) {
      return definition.step(stepId).map(Step::label).orElse(stepId);
    }

    private String organisation(String id) {
      return definition.organisation(id).map(Organisation::label).orElse(id);
    }

    /** The organisation's name, with its kind when the name does not say it ("Madi Noord (welzijnsorganisatie)"). */
    private String helperName(String id) {
      Organisation organisation = definition.organisation(id).orElse(null);
      if (organisation == null) {
        return id;
      }
      String kind = Dutch.kind(organisation.kind());
      return kind.isEmpty() || organisation.label().toLowerCase(Dutch.LOCALE).contains(kind.toLowerCase(Dutch.LOCALE))
          ? organisation.label()
          : organisation.label() + " (" + kind + ")";
    }
  }
}
