/**
 * Internals shared by the definition format ({@code nl.schuldhulp.workflow.jackson}) and the event
 * format ({@code nl.schuldhulp.workflow.jackson.events}). <b>Not API:</b> public only because Java
 * has no visibility between sibling packages; it may change in any release. Do not use it.
 */
package nl.schuldhulp.workflow.jackson.internal;
