package nl.schuldhulp.workflow.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a parameter of a {@link PropertyTest} method as generated: {@link #value()} names a method
 * of the test class, static or not and without parameters, that returns the {@code Gen} of the
 * parameter's values.
 *
 * <pre>{@code
 * @PropertyTest
 * void sortingKeepsTheSize(@ForAll("lists") List<Integer> list) { ... }
 *
 * static Gen<List<Integer>> lists() { return Gen.ints(-50, 50).list(0, 20); }
 * }</pre>
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ForAll {

  /** The name of the method that returns the generator. */
  String value();
}
