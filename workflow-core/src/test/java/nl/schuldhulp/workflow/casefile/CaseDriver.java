package nl.schuldhulp.workflow.casefile;

import static nl.schuldhulp.workflow.testing.SampleDefinitions.BUURTTEAM;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.CORPORATIE;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.GENERALIST;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.HUURCONSULENT;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.SCHULDHULPVERLENER;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.TRAJECTBEGELEIDER;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.WENI;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.schuldhulp.workflow.definition.AppointmentKind;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.testing.SampleDefinitions;
import nl.schuldhulp.workflow.time.BusinessCalendar;

/**
 * Drives one case through an engine in example tests: {@link #accept} applies a command that must
 * be accepted, {@link #reject} one that must be refused and must leave the state as it was.
 */
final class CaseDriver {
  /** Monday 4 March 2024, 09:00 in Amsterdam. */
  static final Instant START = Instant.parse("2024-03-04T08:00:00Z");
  static final Actor BT = Actor.professional(BUURTTEAM, GENERALIST, "bt-17");
  static final Actor COACH = Actor.professional(WENI, TRAJECTBEGELEIDER, "wi-3");
  static final Actor COUNSELLOR = Actor.professional(WENI, SCHULDHULPVERLENER, "wi-8");
  static final Actor CORPORATION = Actor.professional(CORPORATIE, HUURCONSULENT, "wc-1");
  static final Actor CLIENT = Actor.client("client-1");

  final CaseEngine engine;
  final List<Event> events = new ArrayList<>();
  CaseState state = Cases.newCase(CaseId.of("case-1"));

  CaseDriver(WorkflowDefinition definition) {
    this.engine = Cases.engine(definition, BusinessCalendar.weekdays());
  }

  /** A new case of the Kanteling fixture. */
  static CaseDriver kanteling() {
    return new CaseDriver(SampleDefinitions.kanteling());
  }

  /** {@code days} days and {@code hours} hours after {@link #START}. */
  static Instant day(int days) {
    return START.plus(Duration.ofDays(days));
  }

  List<Event> accept(Command command) {
    Decision decision = engine.decide(state, command);
    assertThat(decision).as("decision on %s", command).isInstanceOf(Decision.Accepted.class);
    List<Event> fresh = ((Decision.Accepted) decision).events();
    state = Cases.replay(state, fresh);
    events.addAll(fresh);
    return fresh;
  }

  Rejection reject(Command command) {
    CaseState before = state;
    Decision decision = engine.decide(state, command);
    assertThat(decision).as("decision on %s", command).isInstanceOf(Decision.Rejected.class);
    assertThat(state).isSameAs(before);
    return ((Decision.Rejected) decision).rejection();
  }

  /** The changes of {@code events}, to assert on. */
  static List<Change> changes(List<Event> events) {
    return events.stream().map(Event::change).toList();
  }

  /** The open task created from {@code template}. */
  String task(String template) {
    return state.tasks().stream().filter(t -> t.template().equals(template) && t.open()).findFirst().orElseThrow().id();
  }

  // ---- steps of the Kanteling route, each dated one day after the last ---------------------

  CaseDriver registered() {
    accept(new Command.RegisterCase(BT, day(0), "zelfmelding", List.of("client-1")));
    return this;
  }

  CaseDriver atHomeVisit() {
    registered();
    accept(new Command.CompleteTask(BT, day(1), task("kennismaking-plannen")));
    accept(new Command.MoveCase(BT, day(1), "huisbezoek"));
    return this;
  }

  CaseDriver atAdvice() {
    atHomeVisit();
    accept(new Command.CompleteTask(CLIENT, day(2), task("post-verzamelen")));
    accept(new Command.MoveCase(BT, day(2), "driegesprek-advies"));
    return this;
  }

  /** In stabilisation, with the warm handover of client regie to W&amp;I pending. */
  CaseDriver atStabilisation() {
    atAdvice();
    accept(new Command.CompleteTask(COACH, day(3), task("actielijst")));
    accept(new Command.MoveCase(BT, day(3), "stabilisatie"));
    return this;
  }

  /** In stabilisation with client regie accepted by W&amp;I after a handover meeting. */
  CaseDriver ledByWeni() {
    atStabilisation();
    accept(new Command.ScheduleAppointment(BT, day(4), AppointmentKind.HANDOVER_MEETING, day(5),
        List.of(BUURTTEAM, WENI), true));
    accept(new Command.AcceptLeadHandover(COACH, day(4), nl.schuldhulp.workflow.definition.LeadKind.CLIENT_LEAD));
    return this;
  }

  /** Led by W&amp;I in stabilisation with the client's required tasks done (day 5). */
  CaseDriver stabilised() {
    ledByWeni();
    accept(new Command.CompleteTask(CLIENT, day(5), task("loonstroken")));
    accept(new Command.CompleteTask(CLIENT, day(5), task("huur-betalen")));
    return this;
  }
}
