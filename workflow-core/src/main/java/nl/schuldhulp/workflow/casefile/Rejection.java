package nl.schuldhulp.workflow.casefile;

import static nl.schuldhulp.workflow.internal.Preconditions.requireText;

import java.util.Objects;

/**
 * Why a command was refused: the stable rule code and the reason in plain words. A rejected command
 * leaves the case untouched.
 *
 * <p>This class is immutable and threadsafe.
 *
 * @param rule the rule broken
 * @param reason what was wrong, in plain words (no personal data)
 */
public record Rejection(RuleCode rule, String reason) {
  /** Checks the arguments. */
  public Rejection {
    Objects.requireNonNull(rule, "rule");
    requireText(reason, "reason");
  }

  @Override
  public String toString() {
    return rule + ": " + reason;
  }
}
