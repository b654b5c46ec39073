/**
 * A small, dependency-free property-testing harness: seeded generators ({@link
 * nl.schuldhulp.workflow.testkit.property.Gen}), properties over generated values ({@link
 * nl.schuldhulp.workflow.testkit.property.Property#forAll(Gen)}) and over random action sequences
 * of a state machine ({@link nl.schuldhulp.workflow.testkit.property.StateMachineProperty}), with
 * every failure shrunk to a small counterexample and reported with its seed. Start with {@code
 * Property.forAll(gen).check(...)}.
 */
package nl.schuldhulp.workflow.testkit.property;
