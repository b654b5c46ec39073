/**
 * Checks that a workflow definition is sound as a whole: every id unique, every reference
 * resolving, every step reachable and able to end properly, regie never missing or doubled,
 * transitions never silently nondeterministic, and the legal Wgs norms present. Start with {@link
 * nl.schuldhulp.workflow.validation.DefinitionValidator#validate(
 * nl.schuldhulp.workflow.definition.WorkflowDefinition)}; it returns a {@link
 * nl.schuldhulp.workflow.validation.ValidationReport} listing every {@link
 * nl.schuldhulp.workflow.validation.Problem} at once, each with a JSON-pointer path.
 */
package nl.schuldhulp.workflow.validation;
