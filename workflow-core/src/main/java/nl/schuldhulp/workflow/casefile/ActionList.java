package nl.schuldhulp.workflow.casefile;

import static nl.schuldhulp.workflow.internal.Preconditions.copy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.schuldhulp.workflow.definition.CasePolicy;

/**
 * The client's own action list (<i>actielijst</i>) in plain language: the client's open actions,
 * dosed to the definition's maximum of open client actions (the rest wait in a queue and move up as
 * actions are done), and progress as done of total. A done action never appears as
 * open again; cancelled actions do not count.
 *
 * <p>This class is immutable and threadsafe.
 *
 * @param open the actions shown now, earliest due first
 * @param queued the actions waiting their turn, in the order they will move up
 * @param done how many of the client's actions are done
 * @param total how many client actions there are, done and open
 */
public record ActionList(List<Item> open, List<Item> queued, int done, int total) {
  /** Copies the lists. */
  public ActionList {
    open = copy(open, "open");
    queued = copy(queued, "queued");
  }

  /** The client's action list of {@code state}, dosed by {@code policy}. */
  public static ActionList of(CaseState state, CasePolicy policy) {
    List<Item> items = new ArrayList<>();
    int done = 0;
    for (Task task : state.tasks()) {
      if (!task.owner().isClient() || !task.clientVisible()) {
        continue;
      }
      if (task.status() == TaskStatus.DONE) {
        done++;
      } else if (task.open()) {
        items.add(new Item(task.id(), task.text(), task.due()));
      }
    }
    items.sort(Comparator.comparing(Item::due)); // stable: creation order within a due date
    int shown = state.open() ? Math.min(policy.maxOpenClientActions(), items.size()) : 0;
    return new ActionList(items.subList(0, shown), items.subList(shown, items.size()), done, done + items.size());
  }

  /**
   * One action of the client.
   *
   * @param task the task id
   * @param text the plain-language text
   * @param due the due date
   */
  public record Item(String task, String text, LocalDate due) {}
}
