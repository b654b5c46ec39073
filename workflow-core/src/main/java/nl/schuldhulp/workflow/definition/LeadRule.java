package nl.schuldhulp.workflow.definition;

import static nl.schuldhulp.workflow.internal.Preconditions.requireText;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * Which organisation holds a kind of regie while a case is in a step, and how regie must be handed
 * to it when it comes from another organisation.
 *
 * <p>This class is immutable and threadsafe.
 *
 * @param kind the kind of regie
 * @param organisation the organisation that holds it in the step
 * @param handover how regie is handed to this organisation when it changes hands on entering
 */
public record LeadRule(
    @NotNull LeadKind kind, @NotBlank String organisation, @NotNull HandoverMode handover) {

  /** Checks the arguments. */
  public LeadRule {
    Objects.requireNonNull(kind, "kind");
    requireText(organisation, "organisation");
    Objects.requireNonNull(handover, "handover");
  }

  /** Client regie for {@code organisation}, handed over warm. */
  public static LeadRule clientLead(String organisation) {
    return new LeadRule(LeadKind.CLIENT_LEAD, organisation, HandoverMode.WARM);
  }
}
