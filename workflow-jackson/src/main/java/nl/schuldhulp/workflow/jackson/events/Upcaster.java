package nl.schuldhulp.workflow.jackson.events;

import static nl.schuldhulp.workflow.internal.Preconditions.checkArgument;
import static nl.schuldhulp.workflow.internal.Preconditions.requireText;

import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the {@code "change"} object of an event written in an older schema of its type into the
 * next schema, so that events written by an older version of the library are read into the current
 * records. {@link EventJson} applies upcasters one schema at a time, from the schema on the line up
 * to the type's current schema, and then reads the result as usual: a problem found after upcasting
 * says so.
 *
 * <pre>{@code
 * // StepEntered schema 1 called the step left "from"; schema 2 calls it "previousStep".
 * Upcaster upcaster = Upcaster.renaming("StepEntered", 1, "from", "previousStep");
 * }</pre>
 *
 * <p>Implementations must be threadsafe and should be pure functions of their input. One that
 * throws is reported as an {@link EventProblem.Kind#UPCAST} problem on the line, never passed on.
 */
public interface Upcaster {

  /** The stable JSON name of the event type this upcaster reads, e.g. {@code "StepEntered"}. */
  String type();

  /** The schema this upcaster reads; it returns schema {@code fromSchema() + 1}. */
  int fromSchema();

  /**
   * The change's members in schema {@code fromSchema() + 1}. May change and return {@code change}
   * itself, which belongs to the reader.
   *
   * @param change the members of the {@code "change"} object in schema {@link #fromSchema()}
   */
  ObjectNode upcast(ObjectNode change);

  /**
   * An upcaster that renames one member of the change, leaving everything else as it is; a change
   * without the member is left as it is (and then reads as missing the new one).
   *
   * @throws IllegalArgumentException when a name is blank, the names are equal or {@code fromSchema}
   *     is not positive
   */
  static Upcaster renaming(String type, int fromSchema, String oldName, String newName) {
    requireText(type, "type");
    requireText(oldName, "oldName");
    requireText(newName, "newName");
    checkArgument(fromSchema > 0, "fromSchema (%s) must be positive", fromSchema);
    checkArgument(!oldName.equals(newName), "oldName and newName are both %s", oldName);
    return new RenamingUpcaster(type, fromSchema, oldName, newName);
  }
}
