package nl.schuldhulp.workflow.casefile;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.schuldhulp.workflow.definition.Assignee;

/**
 * What tasks made from one template in one step have in common. Shapes of template tasks are
 * shared by every case (a few per template, so the cache stays small; it stops growing at {@link
 * #LIMIT} shapes); a task assigned by hand gets its own. Immutable and threadsafe.
 */
record TaskShape(String template, String text, Assignee owner, boolean required, boolean clientVisible, String step) {
  static final int LIMIT = 4_096;
  private static final Map<TaskShape, TaskShape> SHARED = new ConcurrentHashMap<>();
  /**
   * The shared shape last found for a text, by the text's cached hash: found again by comparing the
   * fields (the same instances, mostly, so at once), without hashing the whole record for the map.
   * Slots are raced over freely: a shape is immutable, and a lost write is only a miss.
   */
  private static final TaskShape[] RECENT = new TaskShape[64];

  /** The shape of {@code change}'s task: the shared one for a template task. */
  static TaskShape of(Change.TaskAssigned change) {
    int slot = change.text().hashCode() & (RECENT.length - 1);
    TaskShape recent = RECENT[slot];
    if (recent != null && recent.text.equals(change.text()) && recent.template.equals(change.template())
        && recent.owner.equals(change.owner()) && recent.step.equals(change.step())
        && recent.required == change.required() && recent.clientVisible == change.clientVisible()) {
      return recent;
    }
    TaskShape shape = new TaskShape(change.template(), change.text(), change.owner(), change.required(),
        change.clientVisible(), change.step());
    if (shape.template.isEmpty()) {
      return shape;
    }
    TaskShape shared = SHARED.get(shape);
    if (shared == null) {
      shared = SHARED.size() >= LIMIT ? shape : SHARED.putIfAbsent(shape, shape);
      shared = shared != null ? shared : shape;
    }
    RECENT[slot] = shared;
    return shared;
  }
}
