package nl.schuldhulp.workflow.casefile;

import java.time.LocalDate;
import nl.schuldhulp.workflow.definition.Assignee;

/**
 * A task (action item) of a case: one owner, a due date, a plain-language text and a status.
 *
 * <p>This class is immutable and threadsafe.
 *
 * @param id the task id, unique in the case
 * @param template the template id; empty for a task assigned by hand
 * @param text the plain-language text
 * @param owner the one owner
 * @param due the due date
 * @param required whether the step may not be left before it is done
 * @param clientVisible whether it appears on the client's action list
 * @param step the step the case was in when it was created
 * @param status where it stands
 */
public record Task(
    String id,
    String template,
    String text,
    Assignee owner,
    LocalDate due,
    boolean required,
    boolean clientVisible,
    String step,
    TaskStatus status) {

  /** Whether the task is still to do. */
  public boolean open() {
    return status == TaskStatus.OPEN;
  }

  Task withStatus(TaskStatus newStatus) {
    return new Task(id, template, text, owner, due, required, clientVisible, step, newStatus);
  }
}
