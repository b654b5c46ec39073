package nl.schuldhulp.workflow.validation;

import static nl.schuldhulp.workflow.internal.Preconditions.requireText;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Objects;

/**
 * One problem found in a workflow definition: a stable code, where it is, and what is wrong in
 * words a functional administrator understands.
 *
 * <p>This class is immutable and threadsafe.
 *
 * <pre>{@code
 * new Problem(ProblemCode.UNKNOWN_REFERENCE, "/steps/3/transitions/0/to",
 *     "unknown step 'huisbezoke' (did you mean 'huisbezoek'?)", "huisbezoek")
 * }</pre>
 *
 * @param code the stable problem code
 * @param path a JSON pointer into the definition's JSON shape, whose member names are the record
 *     component names, e.g. {@code /steps/3/transitions/0/to}; empty for the whole definition
 * @param message plain English naming the offending id or value
 * @param suggestion the known id the message suggests instead of a misspelt one ({@code
 *     "huisbezoek"}), for a tool to offer as a fix; empty when there is none
 */
public record Problem(ProblemCode code, String path, String message, String suggestion) {
  /**
   * Checks the arguments.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the message is blank
   */
  public Problem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(path, "path");
    requireText(message, "message");
    Objects.requireNonNull(suggestion, "suggestion");
  }

  /** A problem without a suggestion. */
  public Problem(ProblemCode code, String path, String message) {
    this(code, path, message, "");
  }

  /**
   * Converts a Bean Validation violation to a {@link ProblemCode#BEAN_CONSTRAINT} problem, turning
   * its property path ({@code steps[3].transitions[0].to}) into a JSON pointer ({@code
   * /steps/3/transitions/0/to}). Works for any bean whose property names follow the definition's
   * JSON shape, such as the definition records or DTOs that mirror them.
   */
  public static Problem from(ConstraintViolation<?> violation) {
    Objects.requireNonNull(violation, "violation");
    Pointer pointer = Pointer.root();
    String subject = "value";
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getIndex() != null) {
        pointer = pointer.at(node.getIndex());
      } else if (node.getKey() != null) {
        pointer = pointer.at(String.valueOf(node.getKey()));
      }
      if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
        pointer = pointer.at(node.getName());
        subject = node.getName();
      }
    }
    return new Problem(
        ProblemCode.BEAN_CONSTRAINT, pointer.value(), subject + " " + violation.getMessage());
  }

  /** Reads as {@code CODE at /path: message}. */
  @Override
  public String toString() {
    return code + " at " + (path.isEmpty() ? "/" : path) + ": " + message;
  }
}
