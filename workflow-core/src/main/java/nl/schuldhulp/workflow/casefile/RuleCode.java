package nl.schuldhulp.workflow.casefile;

/**
 * The stable code of the rule a rejected command broke. Codes are never renamed; a vendor may
 * switch on them. The {@link Rejection#reason()} says the same in plain words for the case at hand.
 */
public enum RuleCode {
  /** The command needs a registered case, and there is none yet. */
  CASE_NOT_REGISTERED,
  /** A case with this id is already registered. */
  CASE_ALREADY_REGISTERED,
  /** The case is closed; it accepts no command but a reopen. */
  CASE_CLOSED,
  /** Only a closed case can be reopened. */
  CASE_NOT_CLOSED,
  /** The actor's organisation is not involved in the case (or is unknown to the definition). */
  ACTOR_NOT_INVOLVED,
  /** The actor's role or kind of party may not issue this kind of command. */
  ROLE_NOT_ALLOWED,
  /** The command is dated before the case's last event. */
  INSTANT_BEFORE_LAST_EVENT,
  /** The entry point is unknown or does not admit the actor's organisation. */
  ENTRY_POINT_NOT_ALLOWED,
  /** A case concerns one client or two partners, each named once. */
  CLIENT_COUNT_INVALID,
  /** Only the regie holder may do this. */
  NOT_LEAD_HOLDER,
  /** The definition uses no such kind of regie. */
  LEAD_KIND_UNUSED,
  /** A handover of this kind of regie is already pending. */
  HANDOVER_ALREADY_PENDING,
  /** No handover of this kind of regie is pending. */
  NO_HANDOVER_PENDING,
  /** Only the receiving organisation may accept or decline a handover. */
  NOT_HANDOVER_RECEIVER,
  /**
   * A handover must go to another organisation known to the definition that some step names as a
   * regie holder or that sees the whole case by its kind.
   */
  HANDOVER_RECEIVER_INVALID,
  /**
   * A warm handover needs a handover meeting, scheduled since the offer and not missed or cancelled,
   * with both the sending and the receiving organisation first.
   */
  WARM_HANDOVER_WITHOUT_APPOINTMENT,
  /** The current step has no transition to the requested step. */
  TRANSITION_NOT_DEFINED,
  /** The transition's guard does not hold. */
  GUARD_NOT_MET,
  /** A transition with a higher priority is enabled; that one must be taken. */
  HIGHER_PRIORITY_TRANSITION_ENABLED,
  /** The current step's required tasks are not all done. */
  REQUIRED_TASKS_OPEN,
  /** No task with this id exists in the case. */
  UNKNOWN_TASK,
  /** The task is already done or cancelled. */
  TASK_NOT_OPEN,
  /** Only the task's owner or the client-lead holder may complete or cancel it. */
  NOT_TASK_OWNER,
  /** A required task cannot be cancelled; it must be done. */
  REQUIRED_TASK_NOT_CANCELLABLE,
  /** The task's owner is not a role of an organisation in the definition. */
  TASK_OWNER_UNKNOWN,
  /** A task's due date cannot lie before the day it is assigned (R-39: a meaningful due date). */
  DUE_DATE_BEFORE_COMMAND,
  /** The appointment lacks participants its kind needs, or names unknown organisations. */
  APPOINTMENT_PARTICIPANTS_MISSING,
  /** No appointment with this id exists in the case. */
  UNKNOWN_APPOINTMENT,
  /** The appointment is already recorded as held or missed. */
  APPOINTMENT_NOT_SCHEDULED,
  /** The appointment cannot be recorded as held or missed before it starts. */
  APPOINTMENT_NOT_STARTED,
  /** Only a participating organisation or the client-lead holder may record the appointment. */
  NOT_APPOINTMENT_PARTICIPANT,
  /** A driegesprek or advice meeting needs a follow-up appointment or a reason for none. */
  FOLLOW_UP_MISSING,
  /** The follow-up must be another scheduled appointment of the case, starting later. */
  FOLLOW_UP_INVALID,
  /** The fact is unknown, or the value is not one of its declared values. */
  UNKNOWN_FACT_VALUE,
  /** The assessment domain is unknown. */
  UNKNOWN_DOMAIN,
  /** The flag is already raised. */
  FLAG_ALREADY_RAISED,
  /** The flag is not raised. */
  FLAG_NOT_RAISED,
  /** An admission stands; access was already decided. */
  ACCESS_ALREADY_DECIDED,
  /** A decision cannot be dated after the command. */
  DECISION_DATE_AFTER_COMMAND,
  /** A decision cannot be dated before the day the case was registered. */
  DECISION_DATE_BEFORE_REGISTRATION,
  /** Only an admitted client's support can be terminated by a decision. */
  TERMINATION_REQUIRES_ADMISSION,
  /** A readiness decision must assess exactly the definition's readiness criteria, each once. */
  READINESS_CRITERIA_INVALID,
  /** Entering a solution step needs a recorded decision that the household is ready. */
  READINESS_NOT_DECIDED,
  /** The definition does not offer this activity by this organisation. */
  ACTIVITY_NOT_OFFERED,
  /** An activity of this kind is running, or the kind may run only once per case. */
  ACTIVITY_ALREADY_RUNNING,
  /** No running activity with this id exists. */
  ACTIVITY_NOT_RUNNING,
  /** Only the organisation carrying out the activity or the client-lead holder may start or end it. */
  NOT_ACTIVITY_CARRIER,
  /** The definition has no norm with this id. */
  UNKNOWN_NORM,
  /**
   * The norm's clock is not running, so it cannot be stopped or extended: its start milestone has
   * not happened, or its end (or closing the case) has stopped it.
   */
  CLOCK_NOT_RUNNING,
  /** The norm's clock is already stopped. */
  CLOCK_ALREADY_SUSPENDED,
  /** The norm's clock is not stopped. */
  CLOCK_NOT_SUSPENDED,
  /** A participant must be a role of an organisation in the definition. */
  PARTICIPANT_UNKNOWN,
  /** This organisation already takes part in the case in this role. */
  ALREADY_PARTICIPATING,
  /** This organisation does not take part in the case in this role. */
  NOT_PARTICIPATING,
  /** A participant cannot end their involvement while they own open tasks. */
  PARTICIPANT_OWNS_OPEN_TASKS,
  /** No exit criteria of this closure type allow closing from the current step, or they do not hold. */
  EXIT_CRITERIA_NOT_MET,
  /** The exit criteria require a decision in a consultation, and none is named. */
  CONSULTATION_REQUIRED,
  /**
   * Closing as contact lost needs more documented unanswered outgoing contact attempts, or over
   * more channels, since the client was last reached.
   */
  CONTACT_ATTEMPTS_MISSING
}
