package nl.schuldhulp.workflow.definition;

import static nl.schuldhulp.workflow.internal.Preconditions.checkArgument;
import static nl.schuldhulp.workflow.internal.Preconditions.copy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.Map;
import java.util.Objects;

/**
 * When warning signals arise at the critical moments where clients get lost.
 * Signals are derived from a case's events; these values say when.
 *
 * <p>This class is immutable and threadsafe.
 *
 * @param contactLostAfter no client contact for this long raises "contact lost"
 * @param missedAppointmentsInRow this many missed appointments in a row raise "contact lost"
 * @param followUpWithin after a driegesprek or advice meeting, contact must follow within this term
 * @param monitoringAfterCrisis after a crisis ends, closer monitoring lasts this long
 * @param handoverAcceptWithin a proposed handover not accepted within this term raises a signal
 * @param stalledAfter a case in one step longer than this is stalled, unless the step has its own
 * @param stalledAfterPerStep per step id, its own stall term
 * @param normWarningLead a norm due within this term raises "about to be breached"
 * @param reRegistrationWindow a new registration within this term after closure marks a returning
 *     client (revolving door, R-68)
 */
public record SignalRules(
    @NotNull @Valid Term contactLostAfter,
    @Positive int missedAppointmentsInRow,
    @NotNull @Valid Term followUpWithin,
    @NotNull @Valid Term monitoringAfterCrisis,
    @NotNull @Valid Term handoverAcceptWithin,
    @NotNull @Valid Term stalledAfter,
    Map<String, @Valid Term> stalledAfterPerStep,
    @NotNull @Valid Term normWarningLead,
    @NotNull @Valid Term reRegistrationWindow) {

  /** Checks the arguments and copies the map. */
  public SignalRules {
    Objects.requireNonNull(contactLostAfter, "contactLostAfter");
    checkArgument(
        missedAppointmentsInRow > 0,
        "missedAppointmentsInRow (%s) must be positive",
        missedAppointmentsInRow);
    Objects.requireNonNull(followUpWithin, "followUpWithin");
    Objects.requireNonNull(monitoringAfterCrisis, "monitoringAfterCrisis");
    Objects.requireNonNull(handoverAcceptWithin, "handoverAcceptWithin");
    Objects.requireNonNull(stalledAfter, "stalledAfter");
    stalledAfterPerStep = copy(stalledAfterPerStep, "stalledAfterPerStep");
    Objects.requireNonNull(normWarningLead, "normWarningLead");
    Objects.requireNonNull(reRegistrationWindow, "reRegistrationWindow");
  }

  /**
   * Plain defaults where a municipality states nothing: contact lost after 6 weeks or 2 missed
   * appointments in a row, follow-up within 2 weeks, 3 months' monitoring after a crisis, handover
   * accepted within 5 working days, stalled after 3 months, warning 3 working days before a norm
   * is due, and a 12-month re-registration window.
   */
  public static SignalRules defaults() {
    return new SignalRules(
        Term.weeks(6),
        2,
        Term.weeks(2),
        Term.months(3),
        Term.workingDays(5),
        Term.months(3),
        Map.of(),
        Term.workingDays(3),
        Term.months(12));
  }

  /** The stall term of a step: its own if it has one, else {@link #stalledAfter()}. */
  public Term stalledAfter(String step) {
    return stalledAfterPerStep.getOrDefault(step, stalledAfter);
  }
}
