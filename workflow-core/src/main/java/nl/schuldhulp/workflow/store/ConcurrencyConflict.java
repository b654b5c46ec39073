package nl.schuldhulp.workflow.store;

import nl.schuldhulp.workflow.casefile.CaseId;

/**
 * Another writer appended to a case first: the expected version is stale and nothing was written.
 * Reload the case and decide again.
 *
 * <p>This class is immutable and threadsafe.
 */
public final class ConcurrencyConflict extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient CaseId caseId;
  private final long expectedVersion;
  private final long actualVersion;

  /** A conflict on {@code caseId}: the writer expected {@code expectedVersion}, the store holds {@code actualVersion}. */
  public ConcurrencyConflict(CaseId caseId, long expectedVersion, long actualVersion) {
    super("case " + caseId + " is at version " + actualVersion + ", not the expected " + expectedVersion);
    this.caseId = caseId;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  /** The case. */
  public CaseId caseId() {
    return caseId;
  }

  /** The version the writer expected. */
  public long expectedVersion() {
    return expectedVersion;
  }

  /** The version the store holds. */
  public long actualVersion() {
    return actualVersion;
  }
}
