package nl.schuldhulp.workflow.testkit;

import java.util.List;
import nl.schuldhulp.workflow.casefile.CaseState;
import nl.schuldhulp.workflow.casefile.Cases;
import nl.schuldhulp.workflow.casefile.Change;
import nl.schuldhulp.workflow.casefile.Command;
import nl.schuldhulp.workflow.casefile.ContactChannel;
import nl.schuldhulp.workflow.casefile.ContactDirection;
import nl.schuldhulp.workflow.casefile.Decision;
import nl.schuldhulp.workflow.casefile.Event;
import nl.schuldhulp.workflow.casefile.RuleCode;
import nl.schuldhulp.workflow.definition.Guard;
import nl.schuldhulp.workflow.definition.Phase;
import nl.schuldhulp.workflow.definition.Step;
import nl.schuldhulp.workflow.definition.Transition;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.testing.SampleDefinitions;
import nl.schuldhulp.workflow.time.DutchCalendar;

/** Definitions and engine doubles with one defect planted on purpose, for the checks to find. */
final class Defects {
  private Defects() {}

  /** The minimal definition whose closing step names no regie holder: a regie gap. */
  static WorkflowDefinition regieGap() {
    WorkflowDefinition minimal = SampleDefinitions.minimal();
    return minimal.toBuilder()
        .replaceStep(minimal.step("afronding").orElseThrow().toBuilder().clearLeads().build())
        .build();
  }

  /** The minimal definition with a step "wachten" that has no transition and no exit criteria. */
  static WorkflowDefinition stepWithoutExit() {
    WorkflowDefinition minimal = SampleDefinitions.minimal();
    Step registration = minimal.step("aanmelding").orElseThrow();
    return minimal.toBuilder()
        .replaceStep(registration.toBuilder().transition(Transition.to("wachten")).build())
        .step(Step.builder("wachten", "Wachten op stukken", Phase.INTAKE).lead(registration.leads().get(0)).build())
        .build();
  }

  /**
   * The minimal definition with a step "archief" nothing leads to, and a transition to it that a
   * higher-priority transition always shadows.
   */
  static WorkflowDefinition shadowedTransition() {
    WorkflowDefinition minimal = SampleDefinitions.minimal();
    Step registration = minimal.step("aanmelding").orElseThrow();
    return minimal.toBuilder()
        .replaceStep(registration.toBuilder().clearTransitions()
            .transition(Transition.to("afronding").withPriority(1))
            .transition(Transition.to("archief", Guard.always()))
            .build())
        .step(Step.builder("archief", "Archief", Phase.AFTERCARE).lead(registration.leads().get(0)).build())
        .exit(new nl.schuldhulp.workflow.definition.ExitCriteria("gearchiveerd", "Gearchiveerd",
            nl.schuldhulp.workflow.definition.ClosureType.NEGATIVE, List.of("archief"), Guard.always(), false))
        .build();
  }

  /** The real engine for {@code definition}. */
  static EngineUnderTest real(WorkflowDefinition definition) {
    return EngineUnderTest.of(Cases.engine(definition, DutchCalendar.standard()));
  }

  /** An engine that lets the case leave a step while required tasks are open. */
  static EngineUnderTest ignoringRequiredTasks(WorkflowDefinition definition) {
    EngineUnderTest real = real(definition);
    return new EngineUnderTest() {
      @Override
      public Decision decide(CaseState state, Command command) {
        Decision decision = real.decide(state, command);
        if (decision instanceof Decision.Rejected rejected && rejected.rejection().rule() == RuleCode.REQUIRED_TASKS_OPEN) {
          Command.MoveCase move = (Command.MoveCase) command;
          Step target = definition.step(move.step()).orElseThrow();
          return new Decision.Accepted(List.of(new Event(state.id(), state.version() + 1, command.at(), command.actor(),
              new Change.StepEntered(target.id(), target.phase(), state.step()))));
        }
        return decision;
      }

      @Override
      public CaseState evolve(CaseState state, Event event) {
        return real.evolve(state, event);
      }
    };
  }

  /** An engine that records a contact for any command on a closed case instead of refusing it. */
  static EngineUnderTest changingClosedCases(WorkflowDefinition definition) {
    EngineUnderTest real = real(definition);
    return new EngineUnderTest() {
      @Override
      public Decision decide(CaseState state, Command command) {
        if (state.registered() && state.closed() && !(command instanceof Command.ReopenCase)
            && !command.at().isBefore(state.lastEventAt())) {
          return new Decision.Accepted(List.of(new Event(state.id(), state.version() + 1, command.at(), command.actor(),
              new Change.ContactRecorded(ContactChannel.PHONE, ContactDirection.OUTBOUND, true))));
        }
        return real.decide(state, command);
      }

      @Override
      public CaseState evolve(CaseState state, Event event) {
        return real.evolve(state, event);
      }
    };
  }

  /** An engine whose evolve folds a completed task as a mere contact, so the task stays open. */
  static EngineUnderTest forgettingCompletedTasks(WorkflowDefinition definition) {
    EngineUnderTest real = real(definition);
    return new EngineUnderTest() {
      @Override
      public Decision decide(CaseState state, Command command) {
        return real.decide(state, command);
      }

      @Override
      public CaseState evolve(CaseState state, Event event) {
        if (event.change() instanceof Change.TaskCompleted) {
          return real.evolve(state, new Event(event.caseId(), event.version(), event.at(), event.actor(),
              new Change.ContactRecorded(ContactChannel.LETTER, ContactDirection.INBOUND, false)));
        }
        return real.evolve(state, event);
      }
    };
  }
}
