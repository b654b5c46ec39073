package nl.schuldhulp.workflow.time;

import static nl.schuldhulp.workflow.internal.Preconditions.requireText;

import java.time.LocalDate;
import java.util.Objects;
import nl.schuldhulp.workflow.casefile.CaseId;

/**
 * One thing due on a date in one case: an open task or a running norm clock.
 *
 * <p>This class is immutable and threadsafe.
 *
 * @param caseId the case
 * @param kind a task or a norm
 * @param subject the task id or the norm id
 * @param label the task's text or the norm's label
 * @param due the due date (for a norm: the last day on which it is met; past when breached)
 * @param organisation the responsible organisation: the task owner's, or for a norm or a client's
 *     own task the holder of client regie
 * @param role the owning role within the organisation; empty for norms and the client's tasks
 */
public record AgendaItem(CaseId caseId, Kind kind, String subject, String label, LocalDate due, String organisation, String role) {
  /** Checks the arguments. */
  public AgendaItem {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(kind, "kind");
    requireText(subject, "subject");
    requireText(label, "label");
    Objects.requireNonNull(due, "due");
    requireText(organisation, "organisation");
    Objects.requireNonNull(role, "role");
  }

  /** What is due. */
  public enum Kind {
    /** An open task (action item). */
    TASK,
    /** A norm whose clock runs. */
    NORM
  }
}
