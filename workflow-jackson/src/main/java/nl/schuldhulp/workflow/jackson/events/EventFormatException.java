package nl.schuldhulp.workflow.jackson.events;

import static nl.schuldhulp.workflow.internal.Preconditions.checkArgument;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when events cannot be read: it carries every problem found, each with its line and JSON
 * pointer (see {@link EventProblem}); the message lists them, one per line. Nothing was read: an
 * import is all or nothing.
 *
 * <p>This class is immutable and threadsafe.
 */
public final class EventFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<EventProblem> problems;

  /**
   * An exception listing {@code problems}, e.g. those of {@link EventJson#read} placed in a larger
   * document by an adapter such as {@link nl.schuldhulp.workflow.jackson.WorkflowModule}.
   *
   * @throws IllegalArgumentException when there is no problem
   */
  public EventFormatException(List<EventProblem> problems) {
    super(message(nonEmpty(problems)));
    this.problems = List.copyOf(problems);
  }

  private static List<EventProblem> nonEmpty(List<EventProblem> problems) {
    checkArgument(!problems.isEmpty(), "an EventFormatException needs at least one problem");
    return problems;
  }

  private static String message(List<EventProblem> problems) {
    return "Events cannot be read: "
        + problems.size()
        + (problems.size() == 1 ? " problem" : " problems")
        + problems.stream().map(problem -> "\n  " + problem).collect(Collectors.joining());
  }

  /** Every problem found, at least one, in the order of the lines. */
  public List<EventProblem> problems() {
    return problems;
  }
}
