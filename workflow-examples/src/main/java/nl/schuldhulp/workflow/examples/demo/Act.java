package nl.schuldhulp.workflow.examples.demo;

import java.time.Instant;
import nl.schuldhulp.workflow.casefile.Actor;
import nl.schuldhulp.workflow.casefile.Command;

/**
 * What one line of a {@link Journey} does: it becomes an engine {@link Command} once the replay
 * knows the ids the engine gave out so far (tasks, appointments, activities are named in the
 * script by labels; see {@link Refs}). Made by the factories in {@link Acts}.
 *
 * <p>Implementations are immutable and threadsafe.
 */
@FunctionalInterface
interface Act {
  /** The command this act issues as {@code actor} at {@code at}. */
  Command command(Refs refs, Actor actor, Instant at);

  /** The label under which the task or appointment this act creates is known later; "" for none. */
  default String binds() {
    return "";
  }

  /** Whether the story expects the engine to refuse this act (to show a rule at work). */
  default boolean attempt() {
    return false;
  }
}
