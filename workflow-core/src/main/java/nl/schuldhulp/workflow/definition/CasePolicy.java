package nl.schuldhulp.workflow.definition;

import static nl.schuldhulp.workflow.internal.Preconditions.checkArgument;

import jakarta.validation.constraints.Positive;

/**
 * Case-wide rules of a definition.
 *
 * <p>This class is immutable and threadsafe.
 *
 * @param maxOpenClientActions how many of the client's own actions are shown open at once; the
 *     rest wait in a queue (action-list dosing, R-41)
 * @param processLeadMayMoveCase whether the holder of {@link LeadKind#PROCESS_LEAD}, besides the
 *     client lead, may move the case to another step or close it
 */
public record CasePolicy(@Positive int maxOpenClientActions, boolean processLeadMayMoveCase) {
  /** Checks the arguments. */
  public CasePolicy {
    checkArgument(
        maxOpenClientActions > 0,
        "maxOpenClientActions (%s) must be positive",
        maxOpenClientActions);
  }

  /** Three open client actions at a time; only the client lead moves the case. */
  public static CasePolicy defaults() {
    return new CasePolicy(3, false);
  }
}
