package nl.schuldhulp.workflow.time;

import static nl.schuldhulp.workflow.testing.SampleDefinitions.BUURTTEAM;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.GENERALIST;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.TRAJECTBEGELEIDER;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.WENI;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import nl.schuldhulp.workflow.casefile.Actor;
import nl.schuldhulp.workflow.casefile.CaseEngine;
import nl.schuldhulp.workflow.casefile.CaseId;
import nl.schuldhulp.workflow.casefile.CaseState;
import nl.schuldhulp.workflow.casefile.Cases;
import nl.schuldhulp.workflow.casefile.Change;
import nl.schuldhulp.workflow.casefile.Command;
import nl.schuldhulp.workflow.casefile.Decision;
import nl.schuldhulp.workflow.casefile.Event;
import nl.schuldhulp.workflow.casefile.FollowUp;
import nl.schuldhulp.workflow.definition.ActivityKind;
import nl.schuldhulp.workflow.definition.AppointmentKind;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.testing.SampleDefinitions;

/**
 * Drives one case of a definition through the real engine for the time package's tests and keeps
 * its events; {@link #accept} fails the test when the engine refuses a command, {@link #attempt}
 * (for generators) just skips it.
 */
final class CaseScript {
  static final BusinessCalendar CALENDAR = DutchCalendar.standard();
  /** Monday 4 March 2024, 09:00 in Amsterdam. */
  static final Instant START = on("2024-03-04", 9);
  static final Actor BT = Actor.professional(BUURTTEAM, GENERALIST, "bt-1");
  static final Actor WI = Actor.professional(WENI, TRAJECTBEGELEIDER, "wi-1");

  final WorkflowDefinition definition;
  final CaseEngine engine;
  final List<Event> events = new ArrayList<>();
  CaseState state;

  CaseScript(WorkflowDefinition definition, String caseId) {
    this.definition = definition;
    this.engine = Cases.engine(definition, CALENDAR);
    this.state = Cases.newCase(CaseId.of(caseId));
  }

  /** A case of the Kanteling fixture registered by the neighbourhood team at {@link #START}. */
  static CaseScript registered() {
    return registered(SampleDefinitions.kanteling(), START);
  }

  static CaseScript registered(WorkflowDefinition definition, Instant at) {
    CaseScript script = new CaseScript(definition, "case-1");
    script.accept(new Command.RegisterCase(BT, at, "zelfmelding", List.of("client-1")));
    return script;
  }

  /** {@code hour}:00 on {@code date} in Amsterdam. */
  static Instant on(String date, int hour) {
    return LocalDate.parse(date).atTime(LocalTime.of(hour, 0)).atZone(BusinessCalendar.ZONE).toInstant();
  }

  static Instant day(int days) {
    return START.plus(Duration.ofDays(days));
  }

  List<Event> accept(Command command) {
    Decision decision = engine.decide(state, command);
    assertThat(decision).as("decision on %s", command).isInstanceOf(Decision.Accepted.class);
    return record(((Decision.Accepted) decision).events());
  }

  /** Applies {@code command} if the engine accepts it; returns whether it did. */
  boolean attempt(Command command) {
    Decision decision = engine.decide(state, command);
    if (decision instanceof Decision.Accepted) {
      record(((Decision.Accepted) decision).events());
      return true;
    }
    return false;
  }

  private List<Event> record(List<Event> fresh) {
    state = Cases.replay(state, fresh);
    events.addAll(fresh);
    return fresh;
  }

  /** Schedules an appointment of the neighbourhood team and W&amp;I with the client at {@code at}; returns its id. */
  String schedule(Instant at, AppointmentKind kind) {
    return schedule(at, at, kind);
  }

  /** Schedules, at {@code at}, an appointment with the client that starts at {@code start}; returns its id. */
  String schedule(Instant at, Instant start, AppointmentKind kind) {
    return accept(new Command.ScheduleAppointment(BT, at, kind, start, List.of(BUURTTEAM, WENI), true)).stream()
        .map(Event::change)
        .filter(Change.AppointmentScheduled.class::isInstance)
        .map(change -> ((Change.AppointmentScheduled) change).appointment())
        .findFirst()
        .orElseThrow();
  }

  /** Schedules and holds an appointment at {@code at}, with a follow-up as given. */
  CaseScript held(Instant at, AppointmentKind kind, FollowUp followUp) {
    String appointment = schedule(at, kind);
    accept(new Command.HoldAppointment(BT, at, appointment, "samenvatting", followUp));
    return this;
  }

  CaseScript held(Instant at, AppointmentKind kind) {
    return held(at, kind, FollowUp.none("geen vervolg nodig"));
  }

  /** Starts an activity carried out by W&amp;I, as the client-lead holder; returns its id. */
  String start(Instant at, ActivityKind kind) {
    return accept(new Command.StartActivity(BT, at, kind, WENI)).stream()
        .map(Event::change)
        .filter(Change.ActivityStarted.class::isInstance)
        .map(change -> ((Change.ActivityStarted) change).activity())
        .findFirst()
        .orElseThrow();
  }

  List<NormStatus> norms(Instant at) {
    return NormEvaluator.evaluate(definition, events, at, CALENDAR);
  }

  /** The status of the latest clock run of {@code norm} at {@code at}. */
  NormStatus norm(String norm, Instant at) {
    List<NormStatus> statuses = norms(at).stream().filter(status -> status.norm().equals(norm)).toList();
    return statuses.get(statuses.size() - 1);
  }

  List<Signal> signals(Instant at) {
    return Signals.raised(definition, events, at, CALENDAR);
  }

  List<Signal> signals(Instant at, SignalKind kind) {
    return signals(at).stream().filter(signal -> signal.kind() == kind).toList();
  }
}
