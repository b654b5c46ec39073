package nl.schuldhulp.workflow.testkit;

import static nl.schuldhulp.workflow.internal.Preconditions.requireText;

import java.util.List;
import java.util.Objects;

/**
 * What the property check of {@link WorkflowVerifier} found: the seed, how many generated cases
 * ran, and on failure the violated invariant (or what the engine threw) with the counterexample,
 * shrunk to a few commands and written as readable steps: who did what, on which day, in which
 * step.
 *
 * <p>This class is immutable and threadsafe.
 *
 * @param definition the definition's id and version
 * @param seed the seed; the same seed repeats the same commands
 * @param cases how many generated cases ran, up to and including a failing one
 * @param maxCommands the most commands one generated case has
 * @param failure what went wrong; empty when the check passed
 * @param counterexample the shrunk failing commands as readable steps; empty when it passed
 * @param shrinks how many simplifications led from the first failing case to the counterexample
 */
public record PropertyReport(
    String definition, long seed, int cases, int maxCommands, String failure, List<String> counterexample, int shrinks) {

  /** Checks the arguments and copies the counterexample. */
  public PropertyReport {
    requireText(definition, "definition");
    Objects.requireNonNull(failure, "failure");
    counterexample = List.copyOf(counterexample);
  }

  /** Whether every generated case kept every invariant. */
  public boolean passed() {
    return failure.isEmpty();
  }

  /**
   * Returns this report if the check passed.
   *
   * @throws AssertionError with {@link #text()} as its message
   */
  public PropertyReport assertPassed() {
    if (!passed()) {
      throw new AssertionError(text());
    }
    return this;
  }

  /** The readable report, naming the seed. */
  public String text() {
    String run = cases + " gegenereerde zaken van 1 tot " + maxCommands + " commando's, seed " + seed;
    if (passed()) {
      return "Eigenschappen van " + definition + ": in orde (" + run + ").";
    }
    StringBuilder text = new StringBuilder("Eigenschappen van ").append(definition).append(": FOUT in zaak ")
        .append(cases).append(" (").append(run).append("), verkleind tot ").append(counterexample.size())
        .append(" stappen na ").append(shrinks).append(" vereenvoudigingen:");
    for (int i = 0; i < counterexample.size(); i++) {
      text.append("\n  ").append(i + 1).append(". ").append(counterexample.get(i));
    }
    return text.append("\nFout: ").append(failure)
        .append("\nHerhaal met .seed(").append(seed).append("L) of -Dworkflow.testkit.seed=").append(seed)
        .toString();
  }

  @Override
  public String toString() {
    return text();
  }
}
