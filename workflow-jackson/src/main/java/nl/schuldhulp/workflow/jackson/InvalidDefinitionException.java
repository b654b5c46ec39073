package nl.schuldhulp.workflow.jackson;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a workflow definition file cannot be read: it carries every problem found, each with
 * its JSON pointer, line and column (see {@link JsonProblem}). The message lists them all, one per
 * line.
 *
 * <p>This class is immutable and threadsafe.
 */
public final class InvalidDefinitionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final List<JsonProblem> problems;

  InvalidDefinitionException(String source, List<JsonProblem> problems) {
    super(message(source, problems));
    this.source = source;
    this.problems = List.copyOf(problems);
  }

  private static String message(String source, List<JsonProblem> problems) {
    return "Workflow definition "
        + source
        + " has "
        + problems.size()
        + (problems.size() == 1 ? " problem:" : " problems:")
        + problems.stream().map(problem -> "\n  " + problem).collect(Collectors.joining());
  }

  /**
   * The same problems for a definition that was the value at {@code pointer} of a larger document:
   * the source reads {@code "at POINTER"} and every problem's pointer starts with it.
   */
  InvalidDefinitionException under(String pointer) {
    return new InvalidDefinitionException(
        "at " + (pointer.isEmpty() ? "(root)" : pointer),
        problems.stream().map(problem -> problem.under(pointer)).toList());
  }

  /**
   * What was read: the file name, {@code "(text)"} for a string or reader, or {@code "at
   * /pointer"} for a value in a document read by a mapper with the {@link WorkflowModule}.
   */
  public String source() {
    return source;
  }

  /** Every problem found, at least one, in the order of the file; validator problems last. */
  public List<JsonProblem> problems() {
    return problems;
  }
}
