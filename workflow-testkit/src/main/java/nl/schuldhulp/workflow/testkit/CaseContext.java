package nl.schuldhulp.workflow.testkit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.schuldhulp.workflow.casefile.CaseId;
import nl.schuldhulp.workflow.casefile.Cases;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.time.BusinessCalendar;

/**
 * What both checks share for one definition: the engine under test, the options and refusals
 * built from the definition, the invariants (the standard ones first, {@code standardInvariants} of
 * them, then the user's) and the first day. Immutable; threadsafe when the engine and the invariants
 * are.
 */
record CaseContext(
    WorkflowDefinition definition,
    EngineUnderTest engine,
    BusinessCalendar calendar,
    CaseOptions options,
    Refusals refusals,
    List<CaseInvariant> invariants,
    int standardInvariants,
    Instant start) {

  /** The first day a generated case may start: the definition's effective date, not before 4 March 2024. */
  private static final LocalDate EARLIEST = LocalDate.of(2024, 3, 4);

  static CaseContext of(WorkflowDefinition definition, EngineUnderTest engine, BusinessCalendar calendar,
      List<CaseInvariant> extra) {
    CaseOptions options = new CaseOptions(new DefinitionIndex(definition));
    List<CaseInvariant> invariants = new java.util.ArrayList<>(StandardInvariants.all(options.index, calendar));
    int standard = invariants.size();
    invariants.addAll(extra);
    LocalDate first = definition.effectiveFrom().isAfter(EARLIEST) ? definition.effectiveFrom() : EARLIEST;
    Instant start = first.atTime(LocalTime.of(9, 0)).atZone(BusinessCalendar.ZONE).toInstant();
    return new CaseContext(definition, engine, calendar, options, new Refusals(options), List.copyOf(invariants),
        standard, start);
  }

  /** When the model checker must check invariant number {@code i} (user invariants: on every step). */
  StandardInvariants.Scope scope(int i) {
    return i < standardInvariants
        ? StandardInvariants.scope(invariants.get(i).name()) : StandardInvariants.Scope.EVERY_STEP;
  }

  /** A run of a fresh, unregistered case. */
  CaseRun fresh() {
    return new CaseRun(Cases.newCase(CaseId.of("verificatie-1")), List.of(), start, null);
  }

  /** What is wrong with {@code step} by {@code invariant}, if anything (what it threw, or "" if it returned false). */
  static java.util.Optional<String> violation(CaseInvariant invariant, CaseStep step) {
    try {
      return invariant.holds(step) ? java.util.Optional.empty() : java.util.Optional.of("");
    } catch (RuntimeException | AssertionError e) {
      return java.util.Optional.of(e.getMessage() == null ? e.toString() : e.getMessage());
    }
  }

  /** The first invariant {@code step} violates, as "'name': problem". */
  java.util.Optional<String> firstViolation(CaseStep step) {
    for (CaseInvariant invariant : invariants) {
      java.util.Optional<String> problem = violation(invariant, step);
      if (problem.isPresent()) {
        return java.util.Optional.of("'" + invariant.name() + "'" + (problem.get().isEmpty() ? "" : ": " + problem.get()));
      }
    }
    return java.util.Optional.empty();
  }

  Narrator narrator() {
    return new Narrator(start);
  }
}
