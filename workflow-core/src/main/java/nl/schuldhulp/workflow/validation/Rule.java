package nl.schuldhulp.workflow.validation;

/** One family of validation rules; adds every problem it finds to the shared list. */
@FunctionalInterface
interface Rule {
  /** Checks the indexed definition and adds the problems found, in definition order. */
  void check(DefinitionIndex index, ProblemList problems);
}
