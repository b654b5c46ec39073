package nl.schuldhulp.workflow.casefile;

import java.time.Instant;
import nl.schuldhulp.workflow.definition.HandoverMode;
import nl.schuldhulp.workflow.definition.LeadKind;

/**
 * A handover of a kind of regie that was offered and not yet accepted, declined or withdrawn
 * . Until it is accepted the sender holds the regie.
 *
 * <p>This class is immutable and threadsafe.
 *
 * @param kind the kind of regie
 * @param from the holder
 * @param to the receiving organisation
 * @param mode warm, cold or file transfer
 * @param reason why it was offered
 * @param proposedAt when it was offered
 */
public record PendingHandover(
    LeadKind kind, String from, String to, HandoverMode mode, String reason, Instant proposedAt) {}
