package nl.schuldhulp.workflow.jackson;

import java.util.List;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.validation.DefinitionValidator;

/**
 * The semantic check run on a definition after it was bound without problems: references
 * resolve, every step is reachable, regie is never missing, and so on. Its findings carry JSON
 * pointers into the definition model (record component names, e.g.
 * {@code /steps/3/transitions/0/to}), which the reader maps to the file's pointers, lines and
 * columns.
 *
 * <p>{@link #VALIDATOR} runs {@link DefinitionValidator}; {@link #NONE} switches the check off
 * (for tests of the format alone). Implementations must be threadsafe.
 */
@FunctionalInterface
interface SemanticCheck {
  /** Finds no problems. */
  SemanticCheck NONE = definition -> List.of();

  /** The library's definition validator: every semantic problem with its model pointer. */
  SemanticCheck VALIDATOR =
      definition ->
          DefinitionValidator.validate(definition).problems().stream()
              .map(problem -> new Finding(problem.code().name(), problem.path(), problem.message(), problem.suggestion()))
              .toList();

  /** Every problem of the definition, in the validator's order. */
  List<Finding> check(WorkflowDefinition definition);

  /**
   * One semantic problem.
   *
   * @param code the validator's stable rule code
   * @param pointer JSON pointer into the definition model
   * @param message what is wrong, in plain words
   * @param suggestion the known id the message already suggests; empty when none
   */
  record Finding(String code, String pointer, String message, String suggestion) {}
}
