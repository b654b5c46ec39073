package nl.schuldhulp.workflow.benchmarks;

import org.openjdk.jmh.annotations.Threads;

/**
 * Scenario 5: {@link StepTransition} on two threads at once, each on its own case or machine over
 * one shared definition or configuration. Time per operation per thread: equal to one thread's
 * time when nothing is shared that contends.
 */
@Threads(2)
public class TwoThreads extends StepTransition {}
