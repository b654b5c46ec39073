package nl.schuldhulp.workflow.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.schuldhulp.workflow.casefile.CaseState;
import nl.schuldhulp.workflow.casefile.Change;
import nl.schuldhulp.workflow.casefile.Command;
import nl.schuldhulp.workflow.casefile.ContactChannel;
import nl.schuldhulp.workflow.casefile.ContactDirection;
import nl.schuldhulp.workflow.casefile.Decision;
import nl.schuldhulp.workflow.casefile.Event;
import nl.schuldhulp.workflow.definition.ActivityKind;
import nl.schuldhulp.workflow.definition.ClosureType;
import nl.schuldhulp.workflow.definition.ExitCriteria;
import nl.schuldhulp.workflow.definition.Flag;
import nl.schuldhulp.workflow.definition.Guard;
import nl.schuldhulp.workflow.definition.Step;
import nl.schuldhulp.workflow.definition.Transition;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.testing.SampleDefinitions;
import nl.schuldhulp.workflow.testkit.junit.ForAll;
import nl.schuldhulp.workflow.testkit.junit.PropertyTest;
import nl.schuldhulp.workflow.testkit.property.Gen;
import nl.schuldhulp.workflow.time.DutchCalendar;

/**
 * The model check's reductions (ADR 0067) change nothing it finds: on sample definitions changed by
 * generated edits (transitions added and removed, regie cleared, exits added), driven by the real
 * engine or by one with a generated fault, with or without invariants of the user's, the reduced
 * exploration reaches the same abstract states in the same order and gives the same report (states,
 * commands, unreachable steps, dead ends, transitions that never fire, violations, each with its
 * trace) as the exploration that decides and checks everything; and the claims the reductions rest
 * on hold step by step.
 */
class ModelCheckReductionProperties {
  /** Enough states to go deep into the samples and keep a try quick. */
  private static final int BOUND = 250;

  /**
   * One generated check: sample {@code base} changed by {@code edits}, decided by an engine with
   * {@code fault}, with invariants of the user's if {@code userInvariants}.
   */
  record Scenario(int base, List<Edit> edits, Fault fault, boolean userInvariants) {
    WorkflowDefinition definition() {
      WorkflowDefinition definition = switch (base) {
        case 0 -> SampleDefinitions.minimal();
        case 1 -> SampleDefinitions.kanteling();
        default -> SampleDefinitions.gezinsaanpak();
      };
      for (Edit edit : edits) {
        definition = edit.apply(definition);
      }
      return definition;
    }

    CaseContext context() {
      return context(definition());
    }

    CaseContext context(WorkflowDefinition definition) {
      List<CaseInvariant> extra = userInvariants
          ? List.of(
              CaseInvariant.of("een verplaatsing wordt niet geweigerd", step ->
                  !(step.command() instanceof Command.MoveCase) || step.accepted() || step.mustBeRefused()),
              CaseInvariant.onState("geen crisis", state -> !state.flagged(Flag.CRISIS)),
              CaseInvariant.of("geen commando met een tijdstip voor de laatste gebeurtenis", step ->
                  !step.before().registered() || !step.command().at().isBefore(step.before().lastEventAt())))
          : List.of();
      return CaseContext.of(definition, fault.engine(definition), DutchCalendar.standard(), extra);
    }
  }

  /** A change to a definition, by indexes that wrap around its steps and the guards below. */
  sealed interface Edit {
    WorkflowDefinition apply(WorkflowDefinition definition);
  }

  record AddTransition(int from, int to, int guard) implements Edit {
    @Override
    public WorkflowDefinition apply(WorkflowDefinition definition) {
      Step step = stepAt(definition, from);
      String target = stepAt(definition, to).id();
      return definition.toBuilder()
          .replaceStep(step.toBuilder().transition(new Transition(target, guardAt(definition, guard), 0, "naar " + target)).build())
          .build();
    }
  }

  record RemoveTransitions(int step) implements Edit {
    @Override
    public WorkflowDefinition apply(WorkflowDefinition definition) {
      return definition.toBuilder().replaceStep(stepAt(definition, step).toBuilder().clearTransitions().build()).build();
    }
  }

  record ClearLeads(int step) implements Edit {
    @Override
    public WorkflowDefinition apply(WorkflowDefinition definition) {
      return definition.toBuilder().replaceStep(stepAt(definition, step).toBuilder().clearLeads().build()).build();
    }
  }

  record AddExit(int step, int guard) implements Edit {
    @Override
    public WorkflowDefinition apply(WorkflowDefinition definition) {
      String id = "exit-" + definition.exits().size();
      return definition.toBuilder()
          .exit(new ExitCriteria(id, id, ClosureType.NEGATIVE, List.of(stepAt(definition, step).id()),
              guardAt(definition, guard), false))
          .build();
    }
  }

  private static Step stepAt(WorkflowDefinition definition, int index) {
    return definition.steps().get(index % definition.steps().size());
  }

  /** Guard number {@code index} of those that read what the checker keeps apart, from the definition's facts and domains. */
  private static Guard guardAt(WorkflowDefinition definition, int index) {
    List<Guard> guards = new ArrayList<>(List.of(Guard.always(), Guard.requiredTasksDone(), Guard.flagSet(Flag.CRISIS),
        Guard.not(Guard.flagSet(Flag.URGENT)), Guard.accessGranted(), Guard.activityActive(ActivityKind.DEBT_SETTLEMENT),
        Guard.allOf(Guard.requiredTasksDone(), Guard.accessGranted()), Guard.anyOf(Guard.flagSet(Flag.CRISIS),
            Guard.activityActive(ActivityKind.BUDGET_COACHING))));
    definition.facts().forEach(fact -> guards.add(Guard.factEquals(fact.id(), fact.values().get(fact.values().size() - 1))));
    definition.domains().forEach(domain -> guards.add(Guard.scoreAtLeast(domain.id(), 4)));
    return guards.get(index % guards.size());
  }

  /** An engine the checks drive: the real one, or one that breaks a rule now and then, always alike for the same state and command. */
  enum Fault {
    NONE,
    /** Accepts some commands it should refuse, recording a contact instead. */
    ACCEPTS_SOME_REFUSED,
    /** Refuses some commands it should accept. */
    REFUSES_SOME_ACCEPTED,
    /** Moves along a transition whose guard does not hold, now and then. */
    MOVES_WITHOUT_GUARD,
    /** Folds some recorded facts as a contact, so the state differs from the replayed events. */
    FORGETS_SOME_FACTS,
    /** Now and then also hands regie to an organisation outside the definition. */
    HANDS_REGIE_AWAY,
    /** Numbers the events of some accepted commands one too high, and folds them as if numbered right. */
    SKIPS_SOME_VERSIONS;

    EngineUnderTest engine(WorkflowDefinition definition) {
      EngineUnderTest real = Defects.real(definition);
      Fault fault = this;
      return new EngineUnderTest() {
        @Override
        public Decision decide(CaseState state, Command command) {
          Decision decision = real.decide(state, command);
          int hash = Objects.hash(state.version(), command.getClass().getSimpleName(), state.registered() ? state.step() : "")
              & Integer.MAX_VALUE;
          if (fault == ACCEPTS_SOME_REFUSED && !decision.accepted() && state.registered() && hash % 11 == 3) {
            return accepted(state, command, new Change.ContactRecorded(ContactChannel.PHONE, ContactDirection.OUTBOUND, true));
          } else if (fault == REFUSES_SOME_ACCEPTED && decision.accepted() && hash % 7 == 5) {
            return real.decide(CaseState.unregistered(state.id()), command);
          } else if (fault == HANDS_REGIE_AWAY && decision instanceof Decision.Accepted accepted && state.registered()
              && hash % 5 == 3 && !definition.leadKinds().isEmpty()) {
            List<Event> events = new ArrayList<>(accepted.events());
            events.add(new Event(state.id(), state.version() + events.size() + 1, command.at(), command.actor(),
                new Change.LeadAssigned(definition.leadKinds().get(0), "elders")));
            return new Decision.Accepted(events);
          } else if (fault == SKIPS_SOME_VERSIONS && decision instanceof Decision.Accepted accepted && state.registered()
              && hash % 17 == 2) {
            return new Decision.Accepted(accepted.events().stream().map(event -> new Event(event.caseId(),
                event.version() + 1, event.at(), event.actor(), event.change())).toList());
          } else if (fault == MOVES_WITHOUT_GUARD && !decision.accepted() && command instanceof Command.MoveCase move
              && state.registered() && hash % 3 == 1 && definition.step(move.step()).isPresent()) {
            Step target = definition.step(move.step()).orElseThrow();
            return accepted(state, command, new Change.StepEntered(target.id(), target.phase(), state.step()));
          }
          return decision;
        }

        @Override
        public CaseState evolve(CaseState state, Event event) {
          if (fault == SKIPS_SOME_VERSIONS && event.version() != state.version() + 1) {
            return real.evolve(state, new Event(event.caseId(), state.version() + 1, event.at(), event.actor(), event.change()));
          }
          return real.evolve(state, fault == FORGETS_SOME_FACTS && event.change() instanceof Change.FactRecorded
              && event.version() % 3 == 2
              ? new Event(event.caseId(), event.version(), event.at(), event.actor(),
                  new Change.ContactRecorded(ContactChannel.LETTER, ContactDirection.INBOUND, false))
              : event);
        }
      };
    }

    private static Decision accepted(CaseState state, Command command, Change change) {
      return new Decision.Accepted(List.of(new Event(state.id(), state.version() + 1, command.at(), command.actor(), change)));
    }
  }

  static Gen<Scenario> scenarios() {
    Gen<Integer> index = Gen.ints(0, 15);
    Gen<Edit> edit = Gen.oneOf(
        Gen.zip(Gen.zip(index, index, List::of), index, (steps, guard) -> new AddTransition(steps.get(0), steps.get(1), guard)),
        index.map(RemoveTransitions::new),
        index.map(ClearLeads::new),
        Gen.zip(index, index, AddExit::new));
    return Gen.ints(0, 2).flatMap(base -> edit.list(0, 3).flatMap(edits -> Gen.elements(Fault.values())
        .flatMap(fault -> Gen.booleans().map(user -> new Scenario(base, edits, fault, user)))));
  }

  /** What an exploration found: its report and its states in order, or the exception it ended with. */
  private record Outcome(List<String> states, ModelReport report, String failure) {
    static Outcome of(ModelChecker checker) {
      try {
        ModelReport report = checker.explore();
        return new Outcome(checker.states(), report, "");
      } catch (RuntimeException e) {
        return new Outcome(checker.states(), null, e.toString());
      }
    }
  }

  @PropertyTest(tries = 80)
  void theReducedExplorationFindsTheSameStatesAndReportAsTheFullOne(@ForAll("scenarios") Scenario scenario) {
    Outcome reduced = Outcome.of(new ModelChecker(scenario.context(), BOUND));
    Outcome full = Outcome.of(new ModelChecker(scenario.context(), BOUND, false));

    assertThat(reduced.states()).as("abstract states in the order reached").isEqualTo(full.states());
    assertThat(reduced).isEqualTo(full);
  }

  /**
   * Step by step, what each scope claims (see {@link StandardInvariants.Scope}): an invariant checked
   * only on accepted steps holds on every refused one; one that reads the state after the step gives
   * on a refused step what it gave on the step before (a refused step leaves the very state it
   * started from); whether one that reads only the step the case is in holds is the same for the
   * same step;
   * the one checked only on refused steps holds on every accepted one.
   */
  @PropertyTest(tries = 200)
  void eachStandardInvariantCanFailOnlyWhereItsScopeSays(@ForAll("runs") Run run) {
    CaseContext context = run.scenario().context(run.definition());
    Map<String, Boolean> holdsPerStep = new HashMap<>();
    CaseStep previous = null;
    for (CaseStep step : run.steps()) {
      if (!step.accepted()) {
        assertThat(step.after()).as("a refused step leaves the very state it started from").isSameAs(step.before());
      }
      for (int i = 0; i < context.standardInvariants(); i++) {
        CaseInvariant invariant = context.invariants().get(i);
        Optional<String> outcome = CaseContext.violation(invariant, step);
        switch (context.scope(i)) {
          case ACCEPTED, NEW_STATE -> assertThat(step.accepted() || outcome.isEmpty()).as(invariant.name()).isTrue();
          case STATE_AFTER -> assertThat(step.accepted() || outcome.equals(previous == null
              ? Optional.empty() : CaseContext.violation(invariant, previous))).as(invariant.name()).isTrue();
          case STEP_AFTER -> {
            if (step.after().open()) {
              assertThat(holdsPerStep.computeIfAbsent(i + " " + step.after().step(), key -> outcome.isEmpty()))
                  .as(invariant.name()).isEqualTo(outcome.isEmpty());
            }
          }
          case STATE_BEFORE_REFUSED -> assertThat(!step.accepted() || outcome.isEmpty()).as(invariant.name()).isTrue();
          case EVERY_STEP -> throw new AssertionError("a standard invariant with the scope of a user's: " + invariant.name());
        }
      }
      previous = step;
    }
  }

  /** A generated case of a scenario's definition, driven by its engine. */
  record Run(Scenario scenario, WorkflowDefinition definition, List<CaseStep> steps) {}

  static Gen<Run> runs() {
    return scenarios().flatMap(scenario -> {
      WorkflowDefinition definition = scenario.definition();
      return WorkflowVerifier.of(definition).engine(scenario.fault().engine(definition)).maxCommandsPerCase(40).cases()
          .map(steps -> new Run(scenario, definition, steps));
    });
  }
}
