package nl.schuldhulp.workflow.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome of validating a definition: every problem found, in a deterministic order (first the
 * shape, then each rule family in turn, each in the order of the definition).
 *
 * <p>This class is immutable and threadsafe.
 *
 * <pre>{@code
 * ValidationReport report = DefinitionValidator.validate(definition);
 * if (!report.isValid()) {
 *   System.err.println(report);
 * }
 * }</pre>
 *
 * @param problems the problems; empty when the definition is sound
 */
public record ValidationReport(List<Problem> problems) {
  /** Copies the list. */
  public ValidationReport {
    problems = List.copyOf(problems);
  }

  /** Whether no problem was found. */
  public boolean isValid() {
    return problems.isEmpty();
  }

  /** The problems with this code, in report order. */
  public List<Problem> problems(ProblemCode code) {
    return problems.stream().filter(problem -> problem.code() == code).toList();
  }

  /** Lists every problem on its own line, or says the definition is valid. */
  @Override
  public String toString() {
    if (problems.isEmpty()) {
      return "definition is valid";
    }
    return problems.stream()
        .map(problem -> "  " + problem)
        .collect(
            Collectors.joining("\n", "definition has " + problems.size() + " problem(s):\n", ""));
  }
}
