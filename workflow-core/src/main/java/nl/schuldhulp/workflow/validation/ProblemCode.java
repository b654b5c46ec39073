package nl.schuldhulp.workflow.validation;

/**
 * The stable codes of the problems {@link DefinitionValidator} reports. The codes never change
 * meaning between releases, so tools may match on them; each constant says what a functional
 * administrator should do about it.
 */
public enum ProblemCode {
  /**
   * A Bean Validation constraint on the definition's shape failed, e.g. an organisation without
   * roles or an entry point without organisations. Fill in the value the message names.
   */
  BEAN_CONSTRAINT,
  /**
   * Two elements share an id where ids must be unique: organisations, roles within one
   * organisation, steps, entry points, facts, values of one fact, assessment domains, norms, exit
   * criteria, activity rules (by kind), task templates within one step, waivers (by norm). Rename
   * or remove one of them.
   */
  DUPLICATE_ID,
  /**
   * An id names nothing in the definition: a step, organisation, role, fact, assessment domain,
   * task template or legal norm that does not exist. Correct the spelling (the message suggests the
   * nearest existing id when one is close) or add the missing element.
   */
  UNKNOWN_REFERENCE,
  /**
   * A guard compares a fact with a value the fact does not declare, so the guard can never hold.
   * Use one of the declared values, or add the value to the fact.
   */
  UNDECLARED_FACT_VALUE,
  /**
   * A guard or norm names an activity kind (e.g. <i>moratorium</i>) that no activity rule offers,
   * so it can never run. Add an activity rule saying which organisation carries it out, or remove
   * the reference.
   */
  ACTIVITY_NOT_OFFERED,
  /**
   * No route from any entry point leads to this step, so no case can ever be in it. Add a
   * transition into it, point an entry point at it, or remove it.
   */
  UNREACHABLE_STEP,
  /**
   * From this step no route leads to a closing step, i.e. a step named by exit criteria of type
   * positive or referred (ADR 0002, R-64): cases there can only end by losing contact or
   * withdrawing. Add a transition towards a closing step or name the step in such exit criteria.
   */
  DEAD_END_STEP,
  /**
   * A step has no outgoing transitions and no exit criteria name it, so a case there can neither
   * move on nor be closed. Name the step in exit criteria (<i>loslaatcriteria</i>) or add a
   * transition.
   */
  TERMINAL_STEP_WITHOUT_EXIT,
  /**
   * A step names no holder of client regie, which every step must (R-09: a case always has one
   * regie holder for the client), or no holder for another kind of regie that other steps of the
   * definition use: a case entering it would have nobody holding that regie. Add a lead rule
   * of that kind.
   */
  MISSING_LEAD,
  /**
   * A step names two holders for the same kind of regie. Keep exactly one lead rule
   * per kind.
   */
  DUPLICATE_LEAD,
  /**
   * Two transitions out of one step may be enabled by the same facts and have the same priority, so
   * which one is taken would be arbitrary. Give them different priorities, or make their guards
   * exclusive (e.g. require different values of one fact).
   */
  AMBIGUOUS_TRANSITIONS,
  /** A step has two transitions to the same target step. Merge them into one transition. */
  DUPLICATE_TRANSITION,
  /**
   * A task is owned by an organisation that has no part in the step: it neither holds regie there
   * nor carries out an activity of the definition. Assign the task to the client or to a
   * role of an involved organisation, or give that organisation a part in the step.
   */
  TASK_OWNER_NOT_INVOLVED,
  /**
   * A legal Wgs norm ({@code Norms.legal()}) is missing and no waiver says why (Wgs art. 4a). Add
   * the norm, or record a waiver with a written reason a supervisor can check.
   */
  MISSING_LEGAL_NORM,
  /**
   * A legal Wgs norm is present but laxer than the law: a longer term, other milestones, a
   * condition, or a validity that leaves out cases (Wgs art. 4a; Besluit gemeentelijke
   * schuldhulpverlening). Use the norm as {@code Norms} defines it; stricter local deadlines go in
   * a separate local norm.
   */
  LEGAL_NORM_WEAKENED,
  /**
   * A waiver names a legal norm that the definition contains all the same. Remove the waiver or the
   * norm.
   */
  WAIVED_NORM_PRESENT,
  /**
   * Two norms of the same source count between the same milestones under the same condition with
   * overlapping validity, so both would apply to one case with possibly different terms. Give them
   * different conditions, separate their validity, or remove one.
   */
  OVERLAPPING_NORMS
}
