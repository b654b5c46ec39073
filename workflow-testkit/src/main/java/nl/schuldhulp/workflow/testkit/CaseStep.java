package nl.schuldhulp.workflow.testkit;

import java.util.List;
import java.util.Objects;
import nl.schuldhulp.workflow.casefile.CaseState;
import nl.schuldhulp.workflow.casefile.Command;
import nl.schuldhulp.workflow.casefile.Decision;
import nl.schuldhulp.workflow.casefile.Event;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;

/**
 * One command applied to a case during a check: the state before, the command, the engine's
 * decision, the state after (the same as before when refused) and the case's whole history so far.
 * {@link CaseInvariant}s are checked on every step.
 *
 * <p>This class is immutable and threadsafe.
 *
 * @param definition the definition the case runs under
 * @param before the state before the command
 * @param command the command
 * @param refusalExpected why the command must be refused (a wrong actor, a stale timestamp, ...),
 *     judged on {@code before} independently of the engine; empty when it may be accepted
 * @param decision the engine's decision
 * @param after the state after the decision's events
 * @param history every event of the case, up to and including this step's
 */
public record CaseStep(
    WorkflowDefinition definition,
    CaseState before,
    Command command,
    String refusalExpected,
    Decision decision,
    CaseState after,
    List<Event> history) {

  /** Checks that nothing is null and copies the history. */
  public CaseStep {
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(refusalExpected, "refusalExpected");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(after, "after");
    history = List.copyOf(history);
  }

  /** Whether the engine accepted the command. */
  public boolean accepted() {
    return decision.accepted();
  }

  /** Whether the command must be refused whatever the definition says. */
  public boolean mustBeRefused() {
    return !refusalExpected.isEmpty();
  }

  /** The events of this step; empty when the command was refused. */
  public List<Event> events() {
    return decision instanceof Decision.Accepted accepted ? accepted.events() : List.of();
  }
}
