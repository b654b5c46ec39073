/**
 * JUnit Jupiter integration of the property harness: annotate a test method with {@link
 * nl.schuldhulp.workflow.testkit.junit.PropertyTest} and its generated parameters with {@link
 * nl.schuldhulp.workflow.testkit.junit.ForAll}. Works with the Jupiter API the user brings (5.6 or
 * later, or 6).
 */
package nl.schuldhulp.workflow.testkit.junit;
