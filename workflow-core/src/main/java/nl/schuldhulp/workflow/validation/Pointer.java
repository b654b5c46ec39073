package nl.schuldhulp.workflow.validation;

/**
 * A JSON pointer (RFC 6901) into the JSON shape of a definition, whose member names are the record
 * component names, e.g. {@code /steps/3/transitions/0/to}. Immutable and threadsafe.
 */
record Pointer(String value) {
  private static final Pointer ROOT = new Pointer("");

  /** The pointer to the whole definition. */
  static Pointer root() {
    return ROOT;
  }

  /** The pointer to a member of the object this pointer names; escapes {@code ~} and {@code /}. */
  Pointer at(String member) {
    return new Pointer(value + "/" + member.replace("~", "~0").replace("/", "~1"));
  }

  /** The pointer to an element of the array this pointer names. */
  Pointer at(int index) {
    return new Pointer(value + "/" + index);
  }

  @Override
  public String toString() {
    return value;
  }
}
