/**
 * Time as a first-class part of a case: the Dutch working-day calendar, norm statuses, signals at
 * critical moments and the agenda across a case load. Start with {@link
 * nl.schuldhulp.workflow.time.DutchCalendar#standard()}, a {@link
 * nl.schuldhulp.workflow.time.BusinessCalendar} that resolves terms in working days and gives the
 * due date of a term started at an instant, read in Europe/Amsterdam.
 */
package nl.schuldhulp.workflow.time;
