package nl.schuldhulp.workflow.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Argument checks with messages that show the offending value. Not API. */
public final class Preconditions {
  private Preconditions() {}

  /** Fails with an {@link IllegalArgumentException} carrying the formatted message. */
  public static void checkArgument(boolean condition, String message, Object... args) {
    if (!condition) {
      throw new IllegalArgumentException(String.format(message, args));
    }
  }

  /** Requires a non-null, non-blank string and returns it. */
  public static String requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    checkArgument(!value.isBlank(), "%s must not be blank", name);
    return value;
  }

  /** Null-checks every element and returns an unmodifiable copy. */
  public static <T> List<T> copy(List<T> values, String name) {
    Objects.requireNonNull(values, name);
    return List.copyOf(values);
  }

  /** Null-checks every entry and returns an unmodifiable copy. */
  public static <K, V> Map<K, V> copy(Map<K, V> values, String name) {
    Objects.requireNonNull(values, name);
    return Map.copyOf(values);
  }
}
