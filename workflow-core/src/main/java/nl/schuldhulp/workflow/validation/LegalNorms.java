package nl.schuldhulp.workflow.validation;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.schuldhulp.workflow.definition.Guard;
import nl.schuldhulp.workflow.definition.Milestone;
import nl.schuldhulp.workflow.definition.Norm;
import nl.schuldhulp.workflow.definition.NormWaiver;
import nl.schuldhulp.workflow.definition.Norms;
import nl.schuldhulp.workflow.definition.Term;
import nl.schuldhulp.workflow.definition.TermUnit;
import nl.schuldhulp.workflow.definition.Validity;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;

/**
 * The legal deadlines of the Wet gemeentelijke schuldhulpverlening are kept: a first conversation
 * within 4 weeks of the request for help and a decision on access within 8 weeks of it (Wgs art. 4a
 * lid 1), and within 3 working days in a threatening situation (Wgs art. 4a lid 2; Besluit
 * gemeentelijke schuldhulpverlening). Each norm of {@link Norms#legal()} must be present under its
 * id unless a {@link NormWaiver} says in writing why not (the waiver's reason cannot be blank by
 * construction). A present legal norm may not be laxer than the law:
 *
 * <ul>
 *   <li>the same milestones ({@code from}, {@code to});
 *   <li>no longer term: in the same unit a larger amount is longer; across units the term must be
 *       no longer even at its longest than the law's at its shortest (a month counts 28 to 31 days,
 *       a working day at least one day and, with weekends and holidays, without bound);
 *   <li>no condition ({@code appliesWhen} is {@code always()});
 *   <li>a validity that covers every case the definition can start: from its effective date on,
 *       without end.
 * </ul>
 *
 * A waiver must name a legal norm, and not one the definition contains all the same.
 */
final class LegalNorms {
  private LegalNorms() {}

  static void check(DefinitionIndex index, ProblemList problems) {
    WorkflowDefinition definition = index.definition();
    Set<String> waived =
        definition.waivers().stream().map(NormWaiver::norm).collect(Collectors.toSet());
    for (Norm law : Norms.legal()) {
      int n = indexOf(definition.norms(), law.id());
      if (n >= 0) {
        notLaxer(
            definition.norms().get(n), law, Pointer.root().at("norms").at(n), definition, problems);
      } else if (!waived.contains(law.id())) {
        problems.add(
            ProblemCode.MISSING_LEGAL_NORM,
            Pointer.root().at("norms"),
            "legal norm '%s' (%s; %s) is missing; add it or record a waiver with a written reason",
            law.id(),
            law.label(),
            law.citation());
      }
    }
    List<String> legalIds = Norms.legal().stream().map(Norm::id).toList();
    for (int w = 0; w < definition.waivers().size(); w++) {
      String norm = definition.waivers().get(w).norm();
      Pointer at = Pointer.root().at("waivers").at(w).at("norm");
      if (problems.requireKnown("legal norm", norm, legalIds, at)
          && indexOf(definition.norms(), norm) >= 0) {
        problems.add(
            ProblemCode.WAIVED_NORM_PRESENT,
            at,
            "legal norm '%s' is waived but also present; remove the waiver or the norm",
            norm);
      }
    }
  }

  private static void notLaxer(
      Norm norm, Norm law, Pointer at, WorkflowDefinition definition, ProblemList problems) {
    if (!norm.from().equals(law.from())) {
      weakened(norm, law, at.at("from"), "counts from " + describe(norm.from()), "counts from " + describe(law.from()),
          problems);
    }
    if (!norm.to().equals(law.to())) {
      weakened(norm, law, at.at("to"), "counts to " + describe(norm.to()), "counts to " + describe(law.to()), problems);
    }
    if (longer(norm.within(), law.within())) {
      weakened(norm, law, at.at("within"), "allows " + norm.within(), "allows " + law.within(), problems);
    }
    if (norm.appliesWhen() != Guard.always()) {
      weakened(norm, law, at.at("appliesWhen"), "applies only under a condition", "applies always", problems);
    }
    Validity validity = norm.validity();
    if (validity.from().isAfter(definition.effectiveFrom())
        || !validity.until().equals(Validity.ALWAYS.until())) {
      weakened(norm, law, at.at("validity"), "applies only from " + validity.from() + " until " + validity.until(),
          "applies to every case from the definition's effective date " + definition.effectiveFrom() + " on",
          problems);
    }
  }

  /** Reports that {@code norm} does what {@code ours} says where the law does what {@code theirs} says. */
  private static void weakened(Norm norm, Norm law, Pointer at, String ours, String theirs, ProblemList problems) {
    problems.add(ProblemCode.LEGAL_NORM_WEAKENED, at, "legal norm '%s' %s; the law (%s) %s", norm.id(), ours,
        law.citation(), theirs);
  }

  /** Whether {@code term} may be longer than {@code law}. */
  static boolean longer(Term term, Term law) {
    if (term.unit() == law.unit()) {
      return term.amount() > law.amount();
    }
    return maxDays(term) > minDays(law);
  }

  private static long minDays(Term term) {
    return term.amount() * daysPerUnit(term.unit(), false);
  }

  private static long maxDays(Term term) {
    if (term.unit() == TermUnit.WORKING_DAYS && term.amount() > 0) {
      return Long.MAX_VALUE;
    }
    return term.amount() * daysPerUnit(term.unit(), true);
  }

  private static long daysPerUnit(TermUnit unit, boolean longest) {
    return unit == TermUnit.WEEKS ? 7 : unit == TermUnit.MONTHS ? (longest ? 31 : 28) : 1;
  }

  private static int indexOf(List<Norm> norms, String id) {
    for (int n = 0; n < norms.size(); n++) {
      if (norms.get(n).id().equals(id)) {
        return n;
      }
    }
    return -1;
  }

  private static String describe(Milestone milestone) {
    return milestone instanceof Enum<?> singleton
        ? singleton.getDeclaringClass().getSimpleName()
        : milestone.toString();
  }
}
