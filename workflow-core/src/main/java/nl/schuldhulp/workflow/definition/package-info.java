/**
 * A municipality's debt-assistance process as immutable data: phases, steps, organisations, regie
 * rules, tasks, norms, signal rules and exit criteria. Start with {@link
 * nl.schuldhulp.workflow.definition.WorkflowDefinition#builder(String, int)}.
 */
package nl.schuldhulp.workflow.definition;
