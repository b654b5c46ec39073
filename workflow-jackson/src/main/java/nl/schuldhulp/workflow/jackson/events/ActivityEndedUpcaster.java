package nl.schuldhulp.workflow.jackson.events;

import nl.schuldhulp.workflow.casefile.ActivityOutcome;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * ActivityEnded schema 1 to 2: schema 2 adds {@code "outcome"}. Schema 1 did not say whether an
 * activity ran its course or was stopped by closing the case, but the engine wrote the reason
 * {@value #CLOSED} exactly when closing stopped it; that reason gives {@code STOPPED_BY_CLOSURE},
 * any other {@code COMPLETED}. A change that has an {@code "outcome"} already is left as it is.
 * Stateless and threadsafe.
 */
enum ActivityEndedUpcaster implements Upcaster {
  /** The single instance. */
  INSTANCE;

  /** The reason the engine gave an activity it stopped when closing a case, up to schema 1. */
  static final String CLOSED = "case closed";

  @Override
  public String type() {
    return "ActivityEnded";
  }

  @Override
  public int fromSchema() {
    return 1;
  }

  @Override
  public ObjectNode upcast(ObjectNode change) {
    if (!change.has("outcome")) {
      JsonNode reason = change.get("reason");
      boolean closed = reason != null && reason.isString() && CLOSED.equals(reason.stringValue());
      change.put("outcome", (closed ? ActivityOutcome.STOPPED_BY_CLOSURE : ActivityOutcome.COMPLETED).name());
    }
    return change;
  }
}
