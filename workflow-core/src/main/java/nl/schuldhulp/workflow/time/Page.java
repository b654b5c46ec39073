package nl.schuldhulp.workflow.time;

import static nl.schuldhulp.workflow.internal.Preconditions.checkArgument;
import static nl.schuldhulp.workflow.internal.Preconditions.copy;

import java.util.List;

/**
 * The first items of an ordered answer and how many there are in all.
 *
 * <p>This class is immutable and threadsafe.
 *
 * @param items the items of this page, in order
 * @param total how many items the whole answer has
 * @param <T> the item type
 */
public record Page<T>(List<T> items, int total) {
  /** Checks the arguments and copies the list. */
  public Page {
    items = copy(items, "items");
    checkArgument(total >= items.size(), "total (%s) must be at least the page size (%s)", total, items.size());
  }
}
