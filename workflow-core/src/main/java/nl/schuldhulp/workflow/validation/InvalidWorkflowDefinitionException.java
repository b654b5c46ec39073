package nl.schuldhulp.workflow.validation;

import java.util.List;

/**
 * Thrown where a definition must be valid (the case engine, {@link
 * DefinitionValidator#requireValid}) but the validator found problems; carries the whole report, so
 * every problem can be shown with its path. The message lists them too.
 *
 * <p>Instances are immutable and threadsafe; the report is not serialised with the exception.
 */
public final class InvalidWorkflowDefinitionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient ValidationReport report;

  InvalidWorkflowDefinitionException(String definition, int version, ValidationReport report) {
    super("definition " + definition + " v" + version + " is invalid; " + report);
    this.report = report;
  }

  /** The validator's report; never valid. */
  public ValidationReport report() {
    return report;
  }

  /** The problems found, in report order. */
  public List<Problem> problems() {
    return report.problems();
  }
}
