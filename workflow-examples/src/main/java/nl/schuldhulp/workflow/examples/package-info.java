/**
 * The municipalities' example workflow definitions, bundled as JSON resources and read through
 * {@code workflow-jackson}. Start with {@link nl.schuldhulp.workflow.examples.ExampleDefinitions}.
 */
package nl.schuldhulp.workflow.examples;
