package nl.schuldhulp.workflow.definition;

import static nl.schuldhulp.workflow.internal.Preconditions.checkArgument;
import static nl.schuldhulp.workflow.internal.Preconditions.copy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
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
 * @param contactLostAttempts closing a case as contact lost needs at least this many unanswered
 *     outgoing contact attempts since the client was last reached; 0 to require none
 * @param contactLostChannels ... made over at least this many channels; at most {@code
 *     contactLostAttempts}
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
    @NotNull @Valid Term reRegistrationWindow,
    @PositiveOrZero int contactLostAttempts,
    @PositiveOrZero int contactLostChannels) {

  /** Contact lost may be closed after 3 unanswered attempts over 2 channels by default. */
  public static final int DEFAULT_CONTACT_LOST_ATTEMPTS = 3;

  /** See {@link #DEFAULT_CONTACT_LOST_ATTEMPTS}. */
  public static final int DEFAULT_CONTACT_LOST_CHANNELS = 2;

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
    checkArgument(contactLostAttempts >= 0, "contactLostAttempts (%s) must not be negative", contactLostAttempts);
    checkArgument(contactLostChannels >= 0 && contactLostChannels <= contactLostAttempts,
        "contactLostChannels (%s) must be between 0 and contactLostAttempts (%s)", contactLostChannels,
        contactLostAttempts);
  }

  /**
   * The rules without the R-66 values, which take their defaults ({@value
   * #DEFAULT_CONTACT_LOST_ATTEMPTS} attempts over {@value #DEFAULT_CONTACT_LOST_CHANNELS} channels).
   */
  public SignalRules(
      Term contactLostAfter,
      int missedAppointmentsInRow,
      Term followUpWithin,
      Term monitoringAfterCrisis,
      Term handoverAcceptWithin,
      Term stalledAfter,
      Map<String, Term> stalledAfterPerStep,
      Term normWarningLead,
      Term reRegistrationWindow) {
    this(contactLostAfter, missedAppointmentsInRow, followUpWithin, monitoringAfterCrisis, handoverAcceptWithin,
        stalledAfter, stalledAfterPerStep, normWarningLead, reRegistrationWindow, DEFAULT_CONTACT_LOST_ATTEMPTS,
        DEFAULT_CONTACT_LOST_CHANNELS);
  }

  /** A copy in which closing as contact lost needs {@code attempts} over {@code channels}. */
  public SignalRules withContactLostAttempts(int attempts, int channels) {
    return new SignalRules(contactLostAfter, missedAppointmentsInRow, followUpWithin, monitoringAfterCrisis,
        handoverAcceptWithin, stalledAfter, stalledAfterPerStep, normWarningLead, reRegistrationWindow, attempts,
        channels);
  }

  /**
   * Plain defaults where a municipality states nothing: contact lost after 6 weeks or 2 missed
   * appointments in a row, follow-up within 2 weeks, 3 months' monitoring after a crisis, handover
   * accepted within 5 working days, stalled after 3 months, warning 3 working days before a norm
   * is due, a 12-month re-registration window, and closing as contact lost after 3 unanswered
   * attempts over 2 channels.
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
