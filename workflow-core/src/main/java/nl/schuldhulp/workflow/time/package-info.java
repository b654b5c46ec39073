/**
 * Time as a first-class part of a case: the Dutch working-day calendar, norm statuses, signals at
 * critical moments and the agenda across a case load. Start with {@link
 * nl.schuldhulp.workflow.time.DutchCalendar#standard()}, a {@link
 * nl.schuldhulp.workflow.time.BusinessCalendar} that resolves terms in working days; then {@link
 * nl.schuldhulp.workflow.time.NormEvaluator#evaluate} for where a case's norms stand, {@link
 * nl.schuldhulp.workflow.time.Signals#raised} for its warning signals, and {@link
 * nl.schuldhulp.workflow.time.Agenda} for what is due and which cases have a signal across many
 * cases. All of it is computed from the cases' events; nothing here is stored by hand.
 */
package nl.schuldhulp.workflow.time;
