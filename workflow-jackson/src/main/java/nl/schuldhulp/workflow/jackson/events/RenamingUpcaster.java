package nl.schuldhulp.workflow.jackson.events;

import tools.jackson.databind.node.ObjectNode;

/**
 * Renames one member of a change, keeping the order of members; see {@link Upcaster#renaming}.
 *
 * @param type the event type
 * @param fromSchema the schema read
 * @param oldName the member's name in {@code fromSchema}
 * @param newName its name in the next schema
 */
record RenamingUpcaster(String type, int fromSchema, String oldName, String newName) implements Upcaster {

  @Override
  public ObjectNode upcast(ObjectNode change) {
    if (!change.has(oldName) || change.has(newName)) {
      return change; // the reader then reports the missing or the unknown member
    }
    ObjectNode renamed = change.objectNode();
    change.properties().forEach(member ->
        renamed.set(member.getKey().equals(oldName) ? newName : member.getKey(), member.getValue()));
    return renamed;
  }
}
