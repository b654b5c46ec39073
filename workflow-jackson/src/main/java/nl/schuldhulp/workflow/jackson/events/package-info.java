/**
 * The JSON format of case events: every event type has a stable name and a schema version, events
 * round-trip exactly, older events are upcast to the current records, and a case's event stream
 * exports and imports as JSON Lines. Start with {@link
 * nl.schuldhulp.workflow.jackson.events.EventJson#ofDefaults()}.
 */
package nl.schuldhulp.workflow.jackson.events;
