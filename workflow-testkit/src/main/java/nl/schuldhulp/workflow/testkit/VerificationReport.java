package nl.schuldhulp.workflow.testkit;

import java.util.Objects;

/**
 * The outcome of {@link WorkflowVerifier#check()}: the property check (random command sequences
 * from a seed, a failure shrunk to a small counterexample shown as readable steps) and the model
 * check (exhaustive exploration). {@link #assertPassed()} turns a failure into an {@link
 * AssertionError} whose message is the whole {@link #text()}.
 *
 * <p>This class is immutable and threadsafe.
 *
 * @param properties the property check's report
 * @param model the model check's report
 */
public record VerificationReport(PropertyReport properties, ModelReport model) {

  /** Checks that neither is null. */
  public VerificationReport {
    Objects.requireNonNull(properties, "properties");
    Objects.requireNonNull(model, "model");
  }

  /** Whether both checks passed. */
  public boolean passed() {
    return properties.passed() && model.passed();
  }

  /**
   * Returns this report if both checks passed.
   *
   * @throws AssertionError with {@link #text()} as its message
   */
  public VerificationReport assertPassed() {
    if (!passed()) {
      throw new AssertionError(text());
    }
    return this;
  }

  /** The readable report of both checks. */
  public String text() {
    return properties.text() + "\n" + model.text();
  }

  @Override
  public String toString() {
    return text();
  }
}
