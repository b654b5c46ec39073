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

  /** The shape of {@code change}'s task: the shared one for a template task. */
  static TaskShape of(Change.TaskAssigned change) {
    TaskShape shape = new TaskShape(change.template(), change.text(), change.owner(), change.required(),
        change.clientVisible(), change.step());
    if (shape.template.isEmpty()) {
      return shape;
    }
    TaskShape shared = SHARED.get(shape);
    if (shared != null) {
      return shared;
    }
    if (SHARED.size() >= LIMIT) {
      return shape;
    }
    shared = SHARED.putIfAbsent(shape, shape);
    return shared != null ? shared : shape;
  }
}
