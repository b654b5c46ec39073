package nl.schuldhulp.workflow.render;

import java.time.Instant;
import java.util.List;
import nl.schuldhulp.workflow.casefile.Event;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;

/**
 * The client's route map (<i>routekaart</i>, R-46): one self-contained HTML5 page in plain Dutch
 * (language level B1) that shows where the client is on the route, what is already done (small
 * wins with their dates, R-45), what the client must do now (the action list dosed exactly as
 * {@link nl.schuldhulp.workflow.casefile.ActionList} doses it, with due dates and the number of
 * actions still waiting, R-41), what the professionals do and by when, who helps and the
 * next appointment. Done items never appear as open.
 *
 * <p>Only what the client may see is shown: client-visible tasks, appointments the client takes
 * part in and the summaries shared with the client; never facts, flags, scores, reasons or other
 * notes, and no client ids. The page needs no scripts and loads nothing: inline CSS, {@code
 * lang="nl"}, headings and lists, {@code aria-current="step"} on the client's current place.
 *
 * <pre>{@code
 * String page = RouteMap.html(definition, service.store().read(caseId), Instant.now());
 * }</pre>
 *
 * <p>This class is threadsafe (it has no state).
 */
public final class RouteMap {
  private RouteMap() {}

  /**
   * The route map of one case.
   *
   * @param definition the definition (id and version) the case runs under
   * @param history the case's events in order, from its registration; the dates of what was done
   *     come from them
   * @param at the moment the page is made for: it dates the page, and decides which appointments
   *     are still to come and which due dates have passed
   * @return the HTML page, UTF-8 text
   * @throws IllegalArgumentException if the history is empty or the case runs under another
   *     definition or version
   * @throws NullPointerException if an argument is null
   */
  public static String html(WorkflowDefinition definition, List<Event> history, Instant at) {
    return RouteMapWriter.write(definition, history, at);
  }
}
