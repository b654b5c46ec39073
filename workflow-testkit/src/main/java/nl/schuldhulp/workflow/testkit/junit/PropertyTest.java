package nl.schuldhulp.workflow.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Makes a JUnit Jupiter test method a property: the method runs {@link #tries()} times, each time
 * with fresh values for its {@link ForAll} parameters, and a failure is shrunk and reported with
 * its seed.
 *
 * <pre>{@code
 * class DebtProperties {
 *   @PropertyTest(tries = 500)
 *   void totalIsNeverNegative(@ForAll("debts") List<Integer> debts) {
 *     assertThat(Debts.total(debts)).isNotNegative();
 *   }
 *
 *   static Gen<List<Integer>> debts() {
 *     return Gen.ints(0, 10_000).list(0, 30);
 *   }
 * }
 * }</pre>
 *
 * <p>The method returns nothing and fails by throwing, typically an assertion. Other parameters are resolved by JUnit as usual and are the same in every try.
 * {@code @BeforeEach} and {@code @AfterEach} run once around all tries, not around each try. The
 * seed is {@link #seed()} if given, else {@code -Dworkflow.testkit.seed=...}, else random; it is
 * published as the report entry {@code workflow.testkit.seed} and named in every failure.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Test
@ExtendWith(PropertyExtension.class)
public @interface PropertyTest {

  /** The value of {@link #seed()} that means "no fixed seed". */
  long RANDOM_SEED = Long.MIN_VALUE;

  /** How many times to run the method with fresh values. */
  int tries() default 100;

  /** The seed to draw the values from; fix it to reproduce a reported failure. */
  long seed() default RANDOM_SEED;
}
