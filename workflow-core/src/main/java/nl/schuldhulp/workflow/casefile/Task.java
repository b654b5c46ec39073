package nl.schuldhulp.workflow.casefile;

import java.time.LocalDate;
import java.util.Objects;
import nl.schuldhulp.workflow.definition.Assignee;

/**
 * A task (action item) of a case: one owner, a due date, a plain-language text and a status.
 * What a task shares with every task made from the same template in the same step (template id,
 * text, owner, whether required and client-visible, the step) is held once for all cases; a task
 * itself keeps only its id, due date and status.
 *
 * <p>This class is immutable and threadsafe; equal tasks are {@link #equals equal}.
 */
public final class Task {
  private final String id;
  private final TaskShape shape;
  private final LocalDate due;
  private final TaskStatus status;

  Task(String id, TaskShape shape, LocalDate due, TaskStatus status) {
    this.id = id;
    this.shape = shape;
    this.due = due;
    this.status = status;
  }

  /** The task id, unique in the case. */
  public String id() {
    return id;
  }

  /** The template id; empty for a task assigned by hand. */
  public String template() {
    return shape.template();
  }

  /** The plain-language text. */
  public String text() {
    return shape.text();
  }

  /** The one owner. */
  public Assignee owner() {
    return shape.owner();
  }

  /** The due date. */
  public LocalDate due() {
    return due;
  }

  /** Whether the step may not be left before it is done. */
  public boolean required() {
    return shape.required();
  }

  /** Whether it appears on the client's action list. */
  public boolean clientVisible() {
    return shape.clientVisible();
  }

  /** The step the case was in when it was created. */
  public String step() {
    return shape.step();
  }

  /** Where it stands. */
  public TaskStatus status() {
    return status;
  }

  /** Whether the task is still to do. */
  public boolean open() {
    return status == TaskStatus.OPEN;
  }

  Task withStatus(TaskStatus newStatus) {
    return new Task(id, shape, due, newStatus);
  }

  @Override
  public boolean equals(Object other) {
    return other == this
        || other instanceof Task
            && id.equals(((Task) other).id)
            && shape.equals(((Task) other).shape)
            && due.equals(((Task) other).due)
            && status == ((Task) other).status;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, shape, due, status);
  }

  /** As a record would show it. */
  @Override
  public String toString() {
    return "Task[id=" + id + ", template=" + template() + ", text=" + text() + ", owner=" + owner() + ", due=" + due
        + ", required=" + required() + ", clientVisible=" + clientVisible() + ", step=" + step() + ", status="
        + status + "]";
  }
}
