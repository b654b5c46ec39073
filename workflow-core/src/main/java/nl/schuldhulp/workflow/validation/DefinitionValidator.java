package nl.schuldhulp.workflow.validation;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;

/**
 * Checks that a workflow definition is sound as a whole and reports every problem at once, each
 * with a stable {@link ProblemCode}, a JSON-pointer path and a plain message (R-02, R-05, R-09,
 * The rule families, in report order:
 *
 * <ol>
 *   <li>unique ids ({@link ProblemCode#DUPLICATE_ID});
 *   <li>plain references resolve, with a suggestion for near misses ({@link
 *       ProblemCode#UNKNOWN_REFERENCE});
 *   <li>references in guards and norm milestones resolve ({@link ProblemCode#UNKNOWN_REFERENCE},
 *       {@link ProblemCode#UNDECLARED_FACT_VALUE}, {@link ProblemCode#ACTIVITY_NOT_OFFERED});
 *   <li>complete routes ({@link ProblemCode#UNREACHABLE_STEP}, {@link
 *       ProblemCode#TERMINAL_STEP_WITHOUT_EXIT}, {@link ProblemCode#DEAD_END_STEP});
 *   <li>one regie holder per kind and step ({@link ProblemCode#MISSING_LEAD}, {@link
 *       ProblemCode#DUPLICATE_LEAD});
 *   <li>unambiguous transitions ({@link ProblemCode#DUPLICATE_TRANSITION}, {@link
 *       ProblemCode#AMBIGUOUS_TRANSITIONS});
 *   <li>involved task owners ({@link ProblemCode#TASK_OWNER_NOT_INVOLVED});
 *   <li>the legal Wgs norms kept ({@link ProblemCode#MISSING_LEGAL_NORM}, {@link
 *       ProblemCode#LEGAL_NORM_WEAKENED}, {@link ProblemCode#WAIVED_NORM_PRESENT});
 *   <li>no two norms for the same deadline ({@link ProblemCode#OVERLAPPING_NORMS}).
 * </ol>
 *
 * Within a family problems follow the order of the definition, so the same definition always gives
 * the same report. This class is stateless and threadsafe.
 *
 * <pre>{@code
 * ValidationReport report = DefinitionValidator.validate(definition, validator);
 * report.problems().forEach(problem -> log.warn("{}", problem));
 * }</pre>
 */
public final class DefinitionValidator {
  private DefinitionValidator() {}

  /**
   * Checks every rule against {@code definition}.
   *
   * @throws NullPointerException if {@code definition} is null
   */
  public static ValidationReport validate(WorkflowDefinition definition) {
    Objects.requireNonNull(definition, "definition");
    DefinitionIndex index = new DefinitionIndex(definition);
    ProblemList problems = new ProblemList();
    // the rule families in report order, each adding its problems in definition order
    UniqueIds.check(index, problems);
    References.check(index, problems);
    ConditionReferences.check(index, problems);
    Routes.check(index, problems);
    Leads.check(index, problems);
    Transitions.check(index, problems);
    TaskOwners.check(index, problems);
    LegalNorms.check(index, problems);
    NormOverlaps.check(index, problems);
    return new ValidationReport(problems.toList());
  }

  /**
   * Returns {@code definition} if it is valid: what the case engine does before it runs a
   * definition, so that, for instance, every step names a client-regie holder.
   *
   * @throws InvalidWorkflowDefinitionException with the report if any rule finds a problem
   * @throws NullPointerException if {@code definition} is null
   */
  public static WorkflowDefinition requireValid(WorkflowDefinition definition) {
    ValidationReport report = validate(definition);
    if (!report.isValid()) {
      throw new InvalidWorkflowDefinitionException(definition.id(), definition.version(), report);
    }
    return definition;
  }

  /**
   * Checks the definition's Bean Validation constraints with the caller's {@code validator}, then
   * every rule; the constraint violations come first as {@link ProblemCode#BEAN_CONSTRAINT}
   * problems, sorted by path and message.
   *
   * @throws NullPointerException if an argument is null
   */
  public static ValidationReport validate(WorkflowDefinition definition, Validator validator) {
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(validator, "validator");
    List<Problem> problems = new ArrayList<>();
    validator.validate(definition).stream()
        .map(Problem::from)
        .sorted(Comparator.comparing(Problem::path).thenComparing(Problem::message))
        .forEach(problems::add);
    problems.addAll(validate(definition).problems());
    return new ValidationReport(problems);
  }
}
