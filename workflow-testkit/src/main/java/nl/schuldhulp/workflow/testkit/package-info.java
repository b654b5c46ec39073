/**
 * Proves a workflow definition sound: start with {@link nl.schuldhulp.workflow.testkit.WorkflowVerifier#of},
 * which runs seeded random command sequences against the definition (a failure shrunk to a few
 * readable steps) and explores every reachable abstract state of it (unreachable steps, dead ends,
 * transitions that never fire), checking the standard invariants and your own {@link
 * nl.schuldhulp.workflow.testkit.CaseInvariant}s on every step.
 */
package nl.schuldhulp.workflow.testkit;
