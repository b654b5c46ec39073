package nl.schuldhulp.workflow.testkit;

import java.util.List;
import java.util.function.BiFunction;
import nl.schuldhulp.workflow.casefile.CaseState;
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
import nl.schuldhulp.workflow.internal.UnvalidatedEngines;
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

  /** The real engine for {@code definition}, valid or not. */
  static EngineUnderTest real(WorkflowDefinition definition) {
    return EngineUnderTest.of(UnvalidatedEngines.engine(definition, DutchCalendar.standard()));
  }

  /** An engine that decides with {@code decide} and folds with {@code evolve}. */
  private static EngineUnderTest engine(
      BiFunction<CaseState, Command, Decision> decide, BiFunction<CaseState, Event, CaseState> evolve) {
    return new EngineUnderTest() {
      @Override
      public Decision decide(CaseState state, Command command) {
        return decide.apply(state, command);
      }

      @Override
      public CaseState evolve(CaseState state, Event event) {
        return evolve.apply(state, event);
      }
    };
  }

  /** An engine that lets the case leave a step while required tasks are open. */
  static EngineUnderTest ignoringRequiredTasks(WorkflowDefinition definition) {
    EngineUnderTest real = real(definition);
    return engine((state, command) -> {
      Decision decision = real.decide(state, command);
      if (decision instanceof Decision.Rejected rejected && rejected.rejection().rule() == RuleCode.REQUIRED_TASKS_OPEN) {
        Step target = definition.step(((Command.MoveCase) command).step()).orElseThrow();
        return accepted(state, command, new Change.StepEntered(target.id(), target.phase(), state.step()));
      }
      return decision;
    }, real::evolve);
  }

  /** An engine that records a contact for any command on a closed case instead of refusing it. */
  static EngineUnderTest changingClosedCases(WorkflowDefinition definition) {
    EngineUnderTest real = real(definition);
    return engine((state, command) -> state.registered() && state.closed() && !(command instanceof Command.ReopenCase)
            && !command.at().isBefore(state.lastEventAt())
        ? accepted(state, command, new Change.ContactRecorded(ContactChannel.PHONE, ContactDirection.OUTBOUND, true))
        : real.decide(state, command), real::evolve);
  }

  /** An engine whose evolve folds a completed task as a mere contact, so the task stays open. */
  static EngineUnderTest forgettingCompletedTasks(WorkflowDefinition definition) {
    EngineUnderTest real = real(definition);
    return engine(real::decide, (state, event) -> real.evolve(state, event.change() instanceof Change.TaskCompleted
        ? new Event(event.caseId(), event.version(), event.at(), event.actor(),
            new Change.ContactRecorded(ContactChannel.LETTER, ContactDirection.INBOUND, false))
        : event));
  }

  /** An engine that lets a participant end while it owns open tasks instead of refusing. */
  static EngineUnderTest endingParticipantsWithOpenTasks(WorkflowDefinition definition) {
    EngineUnderTest real = real(definition);
    return engine((state, command) -> {
      Decision decision = real.decide(state, command);
      if (decision instanceof Decision.Rejected rejected
          && rejected.rejection().rule() == RuleCode.PARTICIPANT_OWNS_OPEN_TASKS) {
        Command.EndParticipation end = (Command.EndParticipation) command;
        return accepted(state, command, new Change.ParticipationEnded(end.organisation(), end.role(), end.reason()));
      }
      return decision;
    }, real::evolve);
  }

  private static Decision accepted(CaseState state, Command command, Change change) {
    return new Decision.Accepted(List.of(new Event(state.id(), state.version() + 1, command.at(), command.actor(), change)));
  }
}
