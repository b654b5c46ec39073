package nl.schuldhulp.workflow.testkit;

import static nl.schuldhulp.workflow.internal.Preconditions.requireText;

import java.util.Objects;
import java.util.function.Predicate;
import nl.schuldhulp.workflow.casefile.CaseState;

/**
 * A named rule that must hold on every {@link CaseStep} of every case the {@link WorkflowVerifier}
 * runs or explores. A condition that returns false, or throws (an AssertJ assertion, say), is a
 * violation; what it throws is shown in the report.
 *
 * <pre>{@code
 * CaseInvariant.onState("wie in stabilisatie zit, heeft een score",
 *     state -> !state.step().equals("stabilisatie") || state.scores().containsKey("financien"));
 * CaseInvariant.of("een aanmelding maakt een taak",
 *     step -> !(step.command() instanceof Command.RegisterCase) || !step.accepted()
 *         || !step.after().tasks().isEmpty());
 * }</pre>
 *
 * <p>Immutable; threadsafe when the condition is.
 *
 * @param name what must hold, in words; shown in reports
 * @param condition true when the step satisfies the rule
 */
public record CaseInvariant(String name, Predicate<CaseStep> condition) {

  /** Checks that the name is not blank. */
  public CaseInvariant {
    requireText(name, "name");
    Objects.requireNonNull(condition, "condition");
  }

  /** A rule over steps: before, command, decision, after and history. */
  public static CaseInvariant of(String name, Predicate<CaseStep> condition) {
    return new CaseInvariant(name, condition);
  }

  /** A rule over the state after every step, checked once the case is registered. */
  public static CaseInvariant onState(String name, Predicate<CaseState> condition) {
    Objects.requireNonNull(condition, "condition");
    return new CaseInvariant(name, step -> !step.after().registered() || condition.test(step.after()));
  }

  /** Whether {@code step} satisfies the rule. */
  public boolean holds(CaseStep step) {
    return condition.test(step);
  }
}
