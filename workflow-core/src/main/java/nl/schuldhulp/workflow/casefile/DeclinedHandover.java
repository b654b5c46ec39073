package nl.schuldhulp.workflow.casefile;

import java.time.Instant;
import nl.schuldhulp.workflow.definition.LeadKind;

/**
 * The latest handover of a kind of regie that its receiver declined (R-11: a declined handover
 * stays with the sender and raises a flag). The state keeps it so that the signals can raise and
 * show it; the sender still holds the regie.
 *
 * <p>This class is immutable and threadsafe.
 *
 * @param kind the kind of regie
 * @param from the holder, who keeps it
 * @param to the organisation that declined
 * @param reason why it declined
 * @param declinedAt when
 */
public record DeclinedHandover(LeadKind kind, String from, String to, String reason, Instant declinedAt) {}
