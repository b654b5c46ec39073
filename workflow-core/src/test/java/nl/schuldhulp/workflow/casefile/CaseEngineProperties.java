package nl.schuldhulp.workflow.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.schuldhulp.workflow.definition.LeadKind;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.store.CaseService;
import nl.schuldhulp.workflow.testing.SampleDefinitions;
import nl.schuldhulp.workflow.time.BusinessCalendar;
import org.junit.jupiter.api.Test;

/**
 * Invariants of the engine over seeded random command sequences, checked after every command, on
 * three definitions: regie never missing or doubled, replay equals state, rejected commands change
 * nothing, done tasks stay done, event numbering and instants, dosing of the action list.
 */
class CaseEngineProperties {
  private static final int RUNS = 100;
  private static final int LENGTH = 120;

  private final Set<RuleCode> rejectedBy = EnumSet.noneOf(RuleCode.class);
  private final Set<String> accepted = new HashSet<>();

  @Test
  void invariantsHoldOnTheKanteling() {
    check(SampleDefinitions.kanteling());
    assertThat(rejectedBy).contains(RuleCode.NOT_LEAD_HOLDER, RuleCode.WARM_HANDOVER_WITHOUT_APPOINTMENT,
        RuleCode.REQUIRED_TASKS_OPEN, RuleCode.GUARD_NOT_MET);
  }

  @Test
  void invariantsHoldOnTheMinimalDefinition() {
    check(SampleDefinitions.minimal());
  }

  @Test
  void invariantsHoldOnTheFamilyApproachWithProcessAndExecutionRegie() {
    check(SampleDefinitions.gezinsaanpak());
    assertThat(accepted).contains("AcceptLeadHandover", "DeclineLeadHandover", "CloseCase", "ReopenCase");
    assertThat(rejectedBy).contains(RuleCode.NOT_LEAD_HOLDER, RuleCode.CONSULTATION_REQUIRED);
  }

  private void check(WorkflowDefinition definition) {
    CommandGenerator generator = new CommandGenerator(definition);
    ChoiceSequences.forAll(definition.id(), RUNS, LENGTH,
        choices -> run(definition, generator, choices),
        choices -> describe(definition, generator, choices));
    // the generator must reach deep enough for the properties to mean something
    assertThat(accepted).contains("RegisterCase", "CompleteTask", "MoveCase", "ScheduleAppointment", "HoldAppointment");
    assertThat(rejectedBy).contains(RuleCode.INSTANT_BEFORE_LAST_EVENT,
        RuleCode.ACTOR_NOT_INVOLVED, RuleCode.CASE_ALREADY_REGISTERED);
    assertThat(rejectedBy.size()).isGreaterThan(20);
  }

  private void run(WorkflowDefinition definition, CommandGenerator generator, List<Long> choices) {
    CaseService service = CaseService.inMemory(definition, BusinessCalendar.weekdays());
    CaseEngine engine = service.engine();
    CaseId id = CaseId.of("case-1");
    CaseState state = Cases.newCase(id);
    List<Event> history = new ArrayList<>();
    Map<String, TaskStatus> finished = new HashMap<>();
    Set<String> everHeld = new HashSet<>();
    for (int i = 0; i < choices.size(); i++) {
      Command command = generator.next(state, i, choices.get(i));
      Decision decision = engine.decide(state, command);
      assertThat(engine.decide(state, command)).as("decide is deterministic").isEqualTo(decision);
      CaseService.Result result = service.handle(id, command);
      if (decision instanceof Decision.Rejected) {
        rejectedBy.add(((Decision.Rejected) decision).rejection().rule());
        assertThat(result).isEqualTo(new CaseService.Rejected(((Decision.Rejected) decision).rejection().rule(),
            ((Decision.Rejected) decision).rejection().reason()));
        assertThat(service.store().read(id)).as("a rejected command writes nothing").isEqualTo(history);
        assertThat(service.state(id)).as("a rejected command changes nothing").isEqualTo(state);
        continue;
      }
      accepted.add(command.getClass().getSimpleName());
      List<Event> events = ((Decision.Accepted) decision).events();
      assertThat(events).isNotEmpty();
      for (int e = 0; e < events.size(); e++) {
        assertThat(events.get(e).version()).isEqualTo(state.version() + 1 + e);
        assertThat(events.get(e).at()).isEqualTo(command.at());
        assertThat(events.get(e).actor()).isEqualTo(command.actor());
      }
      CaseState previous = state;
      total(previous, events);
      state = Cases.replay(state, events);
      history.addAll(events);
      assertThat(((CaseService.Accepted) result).state()).isEqualTo(state);
      assertThat(Cases.replay(id, history)).as("replay equals state").isEqualTo(state);
      invariants(definition, previous, state, finished);
      reviewedRules(definition, command, previous, events, state, everHeld);
    }
  }

  /**
   * No accessor returns null: folded one event at a time, a state is registered and every accessor
   * answers, or it is not and the accessors of registration data refuse.
   */
  private static void total(CaseState previous, List<Event> events) {
    CaseState state = previous;
    for (Event event : events) {
      state = Cases.evolve(state, event);
      CaseState s = state;
      if (s.registered()) {
        assertThat(Arrays.asList(s.step(), s.phase(), s.definitionId(), s.entryPoint(), s.clients(), s.lastEventAt(),
            s.leads(), s.handovers(), s.tasks(), s.appointments(), s.contacts(), s.facts(), s.flags(), s.scores(),
            s.activities(), s.access(), s.phaseHistory(), s.suspendedNorms(), s.closure(), s.closures(),
            s.involvedOrganisations())).as("accessors of %s", s).doesNotContainNull();
      } else {
        assertThat(s.open()).isFalse();
        assertThatThrownBy(s::step).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(s::phase).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(s::definitionId).isInstanceOf(IllegalStateException.class);
      }
    }
  }

  private static void invariants(WorkflowDefinition definition, CaseState previous, CaseState state,
      Map<String, TaskStatus> finished) {
    assertThat(definition.step(state.step())).as("current step is a step of the definition").isPresent();
    assertThat(state.phase()).isEqualTo(definition.step(state.step()).orElseThrow().phase());
    assertThat(state.lastEventAt()).isAfterOrEqualTo(previous.registered() ? previous.lastEventAt() : state.lastEventAt());
    if (state.open()) {
      for (LeadKind kind : definition.leadKinds()) {
        String holder = state.leadHolder(kind).orElseThrow(() -> new AssertionError("no holder of " + kind));
        assertThat(definition.organisation(holder)).as("holder of %s", kind).isPresent();
      }
      assertThat(state.leads().keySet()).containsExactlyInAnyOrderElementsOf(definition.leadKinds());
    } else {
      assertThat(state.tasks()).noneMatch(Task::open);
      assertThat(state.handovers()).isEmpty();
      assertThat(state.activities()).noneMatch(Activity::running);
    }
    Set<LeadKind> pendingKinds = EnumSet.noneOf(LeadKind.class);
    for (PendingHandover handover : state.handovers()) {
      assertThat(pendingKinds.add(handover.kind())).as("one pending handover per kind").isTrue();
      assertThat(handover.from()).isEqualTo(state.leadHolder(handover.kind()).orElseThrow());
      assertThat(handover.to()).isNotEqualTo(handover.from());
    }
    Set<String> ids = new HashSet<>();
    for (Task task : state.tasks()) {
      assertThat(ids.add(task.id())).as("task ids are unique").isTrue();
      TaskStatus before = finished.get(task.id());
      if (before != null) {
        assertThat(task.status()).as("a finished task never reopens").isEqualTo(before);
      }
      if (!task.open()) {
        finished.put(task.id(), task.status());
      }
    }
    ActionList list = ActionList.of(state, definition.policy());
    assertThat(list.open().size()).isLessThanOrEqualTo(definition.policy().maxOpenClientActions());
    assertThat(list.total()).isEqualTo(list.done() + list.open().size() + list.queued().size());
    assertThat(state.involvedOrganisations()).containsAll(state.leads().values());
  }

  /**
   * The rules of the review, checked on every
   * accepted command: who wrote, who became involved, what a warm handover rested on, what closing
   * and reopening left.
   */
  private static void reviewedRules(WorkflowDefinition definition, Command command, CaseState previous,
      List<Event> events, CaseState state, Set<String> everHeld) {
    everHeld.addAll(state.leads().values());
    if (command.authority() == Authority.FULL_SCOPE) {
      String organisation = ((Actor.Professional) command.actor()).organisation();
      assertThat(OrganisationView.of(previous, definition, organisation).orElseThrow().scope())
          .as("only an organisation that sees the whole case writes %s (R-78)", command).isEqualTo(OrganisationView.Scope.FULL);
    }
    if (command instanceof Command.RecordContact && command.actor() instanceof Actor.Client) {
      assertThat(((Command.RecordContact) command).direction()).isEqualTo(ContactDirection.INBOUND);
    }
    if (command instanceof Command.AcceptLeadHandover) {
      PendingHandover pending = previous.handover(((Command.AcceptLeadHandover) command).kind()).orElseThrow();
      if (pending.mode() == nl.schuldhulp.workflow.definition.HandoverMode.WARM) {
        assertThat(previous.appointments()).as("a warm handover rests on a meeting for this offer (R-12)")
            .anyMatch(a -> a.kind() == nl.schuldhulp.workflow.definition.AppointmentKind.HANDOVER_MEETING
                && (a.status() == AppointmentStatus.SCHEDULED || a.status() == AppointmentStatus.HELD)
                && !a.start().isBefore(pending.proposedAt())
                && a.organisations().containsAll(List.of(pending.from(), pending.to())));
      }
    }
    if (command instanceof Command.ReopenCase) {
      for (Event event : events) {
        if (event.change() instanceof Change.TaskAssigned) {
          Change.TaskAssigned assigned = (Change.TaskAssigned) event.change();
          assertThat(previous.tasks()).as("a reopen issues no task already done in the step (R-40)")
              .noneMatch(task -> task.status() == TaskStatus.DONE && task.template().equals(assigned.template())
                  && task.step().equals(assigned.step()));
        }
      }
    }
    for (Event event : events) {
      if (event.change() instanceof Change.AccessDecided) {
        assertThat(((Change.AccessDecided) event.change()).decidedOn()).isAfterOrEqualTo(state.registeredOn());
      }
      if (event.change() instanceof Change.TaskAssigned) {
        assertThat(((Change.TaskAssigned) event.change()).due())
            .isAfterOrEqualTo(java.time.LocalDate.ofInstant(event.at(), BusinessCalendar.ZONE));
      }
    }
    if (state.closed()) {
      assertThat(state.appointments()).as("a closed case has no scheduled appointment")
          .noneMatch(a -> a.status() == AppointmentStatus.SCHEDULED);
    }
    Set<String> explained = new HashSet<>(everHeld);
    state.tasks().forEach(task -> {
      if (task.owner() instanceof nl.schuldhulp.workflow.definition.Assignee.OrganisationRole) {
        explained.add(((nl.schuldhulp.workflow.definition.Assignee.OrganisationRole) task.owner()).organisation());
      }
    });
    state.appointments().forEach(a -> explained.addAll(a.organisations()));
    state.activities().forEach(a -> explained.add(a.organisation()));
    assertThat(explained).as("an offer alone involves no organisation (R-11)")
        .containsAll(state.involvedOrganisations().subList(1, state.involvedOrganisations().size()));
  }

  private static String describe(WorkflowDefinition definition, CommandGenerator generator, List<Long> choices) {
    CaseEngine engine = Cases.engine(definition, BusinessCalendar.weekdays());
    CaseState state = Cases.newCase(CaseId.of("case-1"));
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < choices.size(); i++) {
      Command command = generator.next(state, i, choices.get(i));
      Decision decision = engine.decide(state, command);
      text.append(i).append(": ").append(command).append("\n   -> ");
      if (decision instanceof Decision.Accepted) {
        state = Cases.replay(state, ((Decision.Accepted) decision).events());
        text.append(((Decision.Accepted) decision).events().stream().map(Event::change).toList());
      } else {
        text.append(((Decision.Rejected) decision).rejection());
      }
      text.append('\n');
    }
    return text.toString();
  }
}
