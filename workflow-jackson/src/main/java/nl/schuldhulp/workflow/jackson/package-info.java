/**
 * The JSON formats of the workflow SDK, on Jackson 3 ({@code tools.jackson}). Start with {@link
 * nl.schuldhulp.workflow.jackson.WorkflowJson}: it reads a municipality's definition file,
 * reporting every problem with its JSON pointer, line and column, and writes a definition back.
 * With your own Jackson mapper, register {@link nl.schuldhulp.workflow.jackson.WorkflowModule}
 * (or let {@code findAndAddModules()} find it). The JSON Schema of the format ships as {@value
 * nl.schuldhulp.workflow.jackson.WorkflowJson#SCHEMA_RESOURCE}.
 */
package nl.schuldhulp.workflow.jackson;
