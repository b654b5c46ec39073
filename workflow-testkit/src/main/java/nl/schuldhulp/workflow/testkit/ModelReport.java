package nl.schuldhulp.workflow.testkit;

import static nl.schuldhulp.workflow.internal.Preconditions.requireText;

import java.util.List;
import java.util.Objects;

/**
 * What exhaustive exploration of a definition found (the model check of {@link WorkflowVerifier}):
 * how many abstract states it explored within which bound, the steps no case can reach, the open
 * states from which no closure is reachable, the transitions that never fire and the invariants
 * violated, each finding with the shortest trace that leads there. {@link #text()} is the readable
 * report.
 *
 * <p>An abstract state is the step, the regie holder and pending handover of each kind, the open
 * required tasks, and the flags, fact values, score thresholds, access decision (with whether an
 * organisation that may take it is involved) and running activities that the guards read;
 * everything else (appointments, contacts, exact dates) is left out. Exploration tries, from each
 * state, the commands the testkit would generate for what the guards read, decided by the engine
 * under test; regie changes hands as the steps prescribe (voluntary handovers are left to the
 * property check).
 *
 * <p>This class is immutable and threadsafe.
 *
 * @param definition the definition's id and version
 * @param states how many abstract states were explored
 * @param commands how many commands were decided
 * @param maxStates the bound on the number of states
 * @param complete whether every reachable state was explored within the bound
 * @param unreachableSteps the steps no case reaches
 * @param deadEnds per step, the shortest way into an open state from which no closure is reachable
 * @param neverFired the transitions that never fire, as "van -> naar (label)"
 * @param violations per invariant, the shortest trace that violates it
 */
public record ModelReport(
    String definition,
    int states,
    int commands,
    int maxStates,
    boolean complete,
    List<String> unreachableSteps,
    List<Finding> deadEnds,
    List<String> neverFired,
    List<Finding> violations) {

  /** Copies the lists. */
  public ModelReport {
    requireText(definition, "definition");
    unreachableSteps = List.copyOf(unreachableSteps);
    deadEnds = List.copyOf(deadEnds);
    neverFired = List.copyOf(neverFired);
    violations = List.copyOf(violations);
  }

  /** Whether exploration was complete and found nothing wrong. */
  public boolean passed() {
    return complete && unreachableSteps.isEmpty() && deadEnds.isEmpty() && neverFired.isEmpty() && violations.isEmpty();
  }

  /** The readable report. */
  public String text() {
    StringBuilder text = new StringBuilder("Modelcontrole van ").append(definition).append(": ")
        .append(states).append(" toestanden verkend, ").append(commands).append(" commando's beslist (grens ")
        .append(maxStates).append(" toestanden").append(complete ? ", volledig verkend)" : ", GRENS BEREIKT: niet volledig)")
        .append(passed() ? " - in orde." : ".");
    if (!unreachableSteps.isEmpty()) {
      text.append(complete ? "\nOnbereikbare stappen: " : "\nNiet bereikt binnen de grens: ")
          .append(String.join(", ", unreachableSteps));
    }
    for (Finding deadEnd : deadEnds) {
      text.append("\nGeen afsluiting bereikbaar: ").append(deadEnd.text());
    }
    if (!neverFired.isEmpty()) {
      text.append(complete ? "\nOvergangen die nooit genomen worden: " : "\nOvergangen niet genomen binnen de grens: ")
          .append(String.join("; ", neverFired));
    }
    for (Finding violation : violations) {
      text.append("\nInvariant geschonden: ").append(violation.text());
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return text();
  }

  /**
   * One finding with the shortest trace that leads to it.
   *
   * @param what what is wrong, in words
   * @param trace the commands from a new case, one readable line each
   */
  public record Finding(String what, List<String> trace) {
    /** Checks the arguments and copies the trace. */
    public Finding {
      requireText(what, "what");
      trace = List.copyOf(trace);
      Objects.requireNonNull(what, "what");
    }

    /** The finding and its trace, numbered. */
    public String text() {
      StringBuilder text = new StringBuilder(what).append(" (").append(trace.size()).append(" stappen)");
      for (int i = 0; i < trace.size(); i++) {
        text.append("\n  ").append(i + 1).append(". ").append(trace.get(i));
      }
      return text.toString();
    }
  }
}
