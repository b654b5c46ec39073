package nl.schuldhulp.workflow.jackson.events;

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

  EventFormatException(List<EventProblem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
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
