package nl.schuldhulp.workflow.definition;

import static nl.schuldhulp.workflow.internal.Preconditions.checkArgument;
import static nl.schuldhulp.workflow.internal.Preconditions.copy;
import static nl.schuldhulp.workflow.internal.Preconditions.requireText;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.util.HashSet;
import java.util.List;

/**
 * Case-wide rules of a definition.
 *
 * <p>This class is immutable and threadsafe.
 *
 * @param maxOpenClientActions how many of the client's own actions are shown open at once; the
 *     rest wait in a queue (action-list dosing, R-41)
 * @param processLeadMayMoveCase whether the holder of {@link LeadKind#PROCESS_LEAD}, besides the
 *     client lead, may move the case to another step or close it
 * @param readinessCriteria the criteria a readiness decision (<i>rijp / niet-rijp</i>) must assess
 *     before a case may enter a {@link Phase#SOLUTION} step, e.g. {@code "motivatie"}, {@code
 *     "vaardigheden"}, {@code "oplosbaarheid"}, {@code "stabiliteit"}; empty when the
 *     definition asks for no readiness decision
 */
public record CasePolicy(
    @Positive int maxOpenClientActions,
    boolean processLeadMayMoveCase,
    List<@NotBlank String> readinessCriteria) {
  /** Checks the arguments and copies the list. */
  public CasePolicy {
    checkArgument(
        maxOpenClientActions > 0,
        "maxOpenClientActions (%s) must be positive",
        maxOpenClientActions);
    readinessCriteria = copy(readinessCriteria, "readinessCriteria");
    readinessCriteria.forEach(criterion -> requireText(criterion, "readiness criterion"));
    checkArgument(new HashSet<>(readinessCriteria).size() == readinessCriteria.size(),
        "readinessCriteria %s name a criterion twice", readinessCriteria);
  }

  /** Rules that ask for no readiness decision before the solution phase. */
  public CasePolicy(int maxOpenClientActions, boolean processLeadMayMoveCase) {
    this(maxOpenClientActions, processLeadMayMoveCase, List.of());
  }

  /** Three open client actions at a time; only the client lead moves the case; no readiness criteria. */
  public static CasePolicy defaults() {
    return new CasePolicy(3, false);
  }

  /** A copy whose readiness decision must assess {@code criteria} before the solution phase. */
  public CasePolicy withReadinessCriteria(List<String> criteria) {
    return new CasePolicy(maxOpenClientActions, processLeadMayMoveCase, criteria);
  }

  /** Whether a case needs a positive readiness decision to enter a {@link Phase#SOLUTION} step. */
  public boolean requiresReadiness() {
    return !readinessCriteria.isEmpty();
  }
}
