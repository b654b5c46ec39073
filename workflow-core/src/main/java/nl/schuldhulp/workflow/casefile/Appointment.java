package nl.schuldhulp.workflow.casefile;

import java.time.Instant;
import java.util.List;
import nl.schuldhulp.workflow.definition.AppointmentKind;

/**
 * An appointment (<i>afspraak</i>) of a case.
 *
 * <p>This class is immutable and threadsafe.
 *
 * @param id the appointment id, unique in the case
 * @param kind the kind
 * @param start when it starts
 * @param organisations the organisations taking part
 * @param client whether the client takes part
 * @param status where it stands
 * @param scheduledAt when it was made
 */
public record Appointment(
    String id,
    AppointmentKind kind,
    Instant start,
    List<String> organisations,
    boolean client,
    AppointmentStatus status,
    Instant scheduledAt) {

  Appointment withStatus(AppointmentStatus newStatus) {
    return new Appointment(id, kind, start, organisations, client, newStatus, scheduledAt);
  }

  /** Whether it has not been missed or cancelled: scheduled, or held. */
  boolean standing() {
    return status == AppointmentStatus.SCHEDULED || status == AppointmentStatus.HELD;
  }
}
