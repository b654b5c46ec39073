/**
 * Pictures of a workflow definition: Mermaid flowchart text, a self-contained SVG and an HTML page,
 * and the plain Dutch wording of guards, milestones and terms they use; and the client's route map
 * ({@link nl.schuldhulp.workflow.render.RouteMap}), a plain-Dutch page drawn from a case. Start with {@link
 * nl.schuldhulp.workflow.render.Diagrams#html(nl.schuldhulp.workflow.definition.WorkflowDefinition)}
 * or {@link nl.schuldhulp.workflow.render.Wording#of(nl.schuldhulp.workflow.definition.WorkflowDefinition)}.
 */
package nl.schuldhulp.workflow.render;
