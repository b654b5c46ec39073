package nl.schuldhulp.workflow.benchmarks;

/**
 * One general state-machine library running the {@link StepGraph} of our definition: open a case
 * (create and start a machine), fire a guarded trigger, persist and restore. Implementations are
 * threadsafe; the machines they hand out are not.
 *
 * @param <M> the library's machine type
 * @param <P> what the library persists of a machine
 */
interface Alternative<M, P> {

  /** The library's name as reported. */
  String name();

  /** A new machine in the graph's initial state, started; its guards read {@code data} from now on. */
  M open(CaseData data);

  /**
   * Fires the trigger that moves {@code machine} to step {@code target}; its guard reads {@code data},
   * the object given to {@link #open} or {@link #restore}.
   *
   * @throws IllegalStateException if the library did not take the transition
   */
  void fire(M machine, String target, CaseData data);

  /** The machine's current step. */
  String state(M machine);

  /** What the library keeps when it persists {@code machine}. */
  P persist(M machine);

  /** A machine restored from {@code persisted}, ready to fire. */
  M restore(P persisted, CaseData data);
}
