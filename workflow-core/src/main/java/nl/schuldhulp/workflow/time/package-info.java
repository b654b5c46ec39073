/**
 * Time as a first-class part of a case: the Dutch working-day calendar, norm statuses, signals at
 * critical moments and the agenda across a case load. Start with {@link
 * nl.schuldhulp.workflow.time.BusinessCalendar}.
 */
package nl.schuldhulp.workflow.time;
