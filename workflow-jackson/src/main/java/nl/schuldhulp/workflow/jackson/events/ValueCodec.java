package nl.schuldhulp.workflow.jackson.events;

import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Writes one kind of value as a JSON node and reads it back. Reading reports a bad value by
 * throwing {@link Rejected} (see {@link Cursor#reject}); composite values read their parts through
 * {@link Cursor#readObject}, which reports every part's problem.
 *
 * @param <T> the Java type
 */
interface ValueCodec<T> {

  JsonNode write(T value);

  T read(JsonNode node, Cursor at);

  /** How a {@link ValueCodec} reads. */
  @FunctionalInterface
  interface Reading<T> {
    T read(JsonNode node, Cursor at);
  }

  static <T> ValueCodec<T> of(Function<T, JsonNode> write, Reading<T> read) {
    return new ValueCodec<>() {
      @Override
      public JsonNode write(T value) {
        return write.apply(value);
      }

      @Override
      public T read(JsonNode node, Cursor at) {
        return read.read(node, at);
      }
    };
  }

  /**
   * This codec's JSON with a conversion on top, e.g. text that is an ISO-8601 instant. A conversion
   * that throws {@link RuntimeException} is a {@link EventProblem.Kind#VALUE} problem saying the
   * value is not {@code expected}.
   */
  default <U> ValueCodec<U> map(Function<T, U> read, Function<U, T> write, String expected) {
    ValueCodec<T> base = this;
    return of(value -> base.write(write.apply(value)), (node, at) -> {
      T plain = base.read(node, at);
      try {
        return read.apply(plain);
      } catch (RuntimeException e) {
        throw at.reject(EventProblem.Kind.VALUE, Values.show(node) + " is not " + expected);
      }
    });
  }
}
