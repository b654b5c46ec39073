package nl.schuldhulp.workflow.jackson;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.schuldhulp.workflow.testkit.property.Gen;
import nl.schuldhulp.workflow.testkit.property.Source;

/**
 * The vocabulary the test generators of this module draw with ({@code below}, {@code bool},
 * {@code oneOf}, {@code list}), over the choices of a testkit {@link Source}: choice 0 is always
 * the simplest option, so the testkit's shrinking (ADR 0050) simplifies generated definitions and
 * events without shrinking code of their own. Test code only (public for the events test package);
 * not threadsafe, like the source it draws from.
 */
public interface Draws {

  /** A choice from 0 to {@code bound - 1}; 0 is the simplest. */
  int below(int bound);

  /** 0 to {@code max} elements made by {@code element}; each element is a unit the shrinker may delete. */
  <T> List<T> list(int max, Supplier<T> element);

  /** {@code false} or {@code true}; {@code false} is the simplest. */
  default boolean bool() {
    return below(2) == 1;
  }

  /** One of {@code options}; the first is the simplest. */
  default <T> T oneOf(List<T> options) {
    return options.get(below(options.size()));
  }

  /** One of {@code options}; the first is the simplest. */
  default <T> T oneOf(T[] options) {
    return options[below(options.length)];
  }

  /** A generator of the values {@code make} makes from draws. */
  static <T> Gen<T> gen(Function<Draws, T> make) {
    return source -> make.apply(from(source));
  }

  /** Draws from {@code source}. */
  static Draws from(Source source) {
    return new Draws() {
      @Override
      public int below(int bound) {
        return source.choose(0, bound - 1);
      }

      @Override
      public <T> List<T> list(int max, Supplier<T> element) {
        Gen<T> elements = ignored -> element.get();
        return new ArrayList<>(elements.list(0, max).generate(source));
      }
    };
  }

  /** Draws that always take the simplest option: makes the simplest value of a generator. */
  static Draws simplest() {
    return new Draws() {
      @Override
      public int below(int bound) {
        return 0;
      }

      @Override
      public <T> List<T> list(int max, Supplier<T> element) {
        return new ArrayList<>();
      }
    };
  }
}
