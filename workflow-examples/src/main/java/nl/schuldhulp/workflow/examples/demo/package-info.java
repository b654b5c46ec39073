/**
 * The demo and the command line of the SDK: the klantreizen (client journeys) of Henk and Cecilia
 * replayed as dated commands against the bundled Utrecht definition, and the {@code check} and
 * {@code render} commands for any definition file. Start with {@link
 * nl.schuldhulp.workflow.examples.demo.Main}; the journeys themselves are in {@code Journeys}.
 */
package nl.schuldhulp.workflow.examples.demo;
