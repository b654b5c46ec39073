package nl.schuldhulp.workflow.casefile;

import java.time.Instant;
import java.util.List;

/**
 * The latest readiness decision of a case (<i>rijp / niet-rijp</i>, R-58): whether the household is
 * ready for a solution route, the criteria assessed, the grounds, and the professional who decided.
 *
 * <p>This class is immutable and threadsafe.
 *
 * @param ready whether the household is ready for the solution phase
 * @param criteria the criteria assessed, e.g. motivation, skills, solvability, stability
 * @param grounds the grounds, in plain words
 * @param decidedBy the professional who decided (the engine accepts the decision only from one)
 * @param decidedAt when
 */
public record Readiness(boolean ready, List<String> criteria, String grounds, Actor decidedBy, Instant decidedAt) {}
