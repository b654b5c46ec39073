package nl.schuldhulp.workflow.definition;

import static nl.schuldhulp.workflow.internal.Preconditions.checkArgument;
import static nl.schuldhulp.workflow.internal.Preconditions.copy;
import static nl.schuldhulp.workflow.internal.Preconditions.requireText;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;

/**
 * A condition on a case, from a closed set of declarative predicates. Guards are data: a
 * configuration can combine them but never carries a script or an expression to evaluate.
 *
 * <p>Implementations are immutable and threadsafe.
 */
public sealed interface Guard
    permits Guard.Always,
        Guard.FactEquals,
        Guard.FlagSet,
        Guard.ScoreAtLeast,
        Guard.RequiredTasksDone,
        Guard.AccessGranted,
        Guard.ActivityActive,
        Guard.AllOf,
        Guard.AnyOf,
        Guard.Not {

  /** Always holds. */
  static Guard always() {
    return Always.INSTANCE;
  }

  /** Holds when {@code fact} has been recorded with {@code value}. */
  static Guard factEquals(String fact, String value) {
    return new FactEquals(fact, value);
  }

  /** Holds while {@code flag} is set on the case. */
  static Guard flagSet(Flag flag) {
    return new FlagSet(flag);
  }

  /** Holds when the latest score for {@code domain} is at least {@code score}. */
  static Guard scoreAtLeast(String domain, int score) {
    return new ScoreAtLeast(domain, score);
  }

  /** Holds when every required task of the current step is done. */
  static Guard requiredTasksDone() {
    return RequiredTasksDone.INSTANCE;
  }

  /** Holds when access to debt help has been granted (<i>toelating</i>). */
  static Guard accessGranted() {
    return AccessGranted.INSTANCE;
  }

  /** Holds while an activity of {@code kind} is running. */
  static Guard activityActive(ActivityKind kind) {
    return new ActivityActive(kind);
  }

  /** Holds when every one of {@code guards} holds. */
  static Guard allOf(Guard... guards) {
    return new AllOf(List.of(guards));
  }

  /** Holds when at least one of {@code guards} holds. */
  static Guard anyOf(Guard... guards) {
    return new AnyOf(List.of(guards));
  }

  /** Holds when {@code guard} does not. */
  static Guard not(Guard guard) {
    return new Not(guard);
  }

  /** Always holds. */
  enum Always implements Guard {
    /** The single instance. */
    INSTANCE
  }

  /** Every required task of the current step is done. */
  enum RequiredTasksDone implements Guard {
    /** The single instance. */
    INSTANCE
  }

  /** Access to debt help has been granted by a decision (<i>beschikking toelating</i>). */
  enum AccessGranted implements Guard {
    /** The single instance. */
    INSTANCE
  }

  /**
   * A fact has a value.
   *
   * @param fact fact id
   * @param value one of the fact's declared values
   */
  record FactEquals(@NotBlank String fact, @NotBlank String value) implements Guard {
    /** Checks the arguments. */
    public FactEquals {
      requireText(fact, "fact");
      requireText(value, "value");
    }
  }

  /**
   * A flag is set.
   *
   * @param flag the flag
   */
  record FlagSet(@NotNull Flag flag) implements Guard {
    /** Checks the argument. */
    public FlagSet {
      Objects.requireNonNull(flag, "flag");
    }
  }

  /**
   * An assessment score is at least a threshold.
   *
   * @param domain assessment domain id
   * @param score threshold, 1 to 5
   */
  record ScoreAtLeast(@NotBlank String domain, @Min(1) @Max(5) int score) implements Guard {
    /** Checks the arguments. */
    public ScoreAtLeast {
      requireText(domain, "domain");
      checkArgument(
          score >= AssessmentDomain.MIN_SCORE && score <= AssessmentDomain.MAX_SCORE,
          "score (%s) must be between 1 and 5",
          score);
    }
  }

  /**
   * An activity of a kind is running.
   *
   * @param kind the activity kind
   */
  record ActivityActive(@NotNull ActivityKind kind) implements Guard {
    /** Checks the argument. */
    public ActivityActive {
      Objects.requireNonNull(kind, "kind");
    }
  }

  /**
   * All of several guards hold.
   *
   * @param guards the guards; at least one
   */
  record AllOf(@NotEmpty List<@Valid Guard> guards) implements Guard {
    /** Checks the argument and copies the list. */
    public AllOf {
      guards = copy(guards, "guards");
      checkArgument(!guards.isEmpty(), "allOf needs at least one guard");
    }
  }

  /**
   * At least one of several guards holds.
   *
   * @param guards the guards; at least one
   */
  record AnyOf(@NotEmpty List<@Valid Guard> guards) implements Guard {
    /** Checks the argument and copies the list. */
    public AnyOf {
      guards = copy(guards, "guards");
      checkArgument(!guards.isEmpty(), "anyOf needs at least one guard");
    }
  }

  /**
   * A guard does not hold.
   *
   * @param guard the negated guard
   */
  record Not(@NotNull @Valid Guard guard) implements Guard {
    /** Checks the argument. */
    public Not {
      Objects.requireNonNull(guard, "guard");
    }
  }
}
