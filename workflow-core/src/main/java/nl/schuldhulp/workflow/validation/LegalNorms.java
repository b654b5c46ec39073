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
    String weakened = "legal norm '%s' %s; the law (%s) %s";
    if (!norm.from().equals(law.from())) {
      problems.add(
          ProblemCode.LEGAL_NORM_WEAKENED,
          at.at("from"),
          weakened,
          norm.id(),
          "counts from " + describe(norm.from()),
          law.citation(),
          "counts from " + describe(law.from()));
    }
    if (!norm.to().equals(law.to())) {
      problems.add(
          ProblemCode.LEGAL_NORM_WEAKENED,
          at.at("to"),
          weakened,
          norm.id(),
          "counts to " + describe(norm.to()),
          law.citation(),
          "counts to " + describe(law.to()));
    }
    if (longer(norm.within(), law.within())) {
      problems.add(
          ProblemCode.LEGAL_NORM_WEAKENED,
          at.at("within"),
          weakened,
          norm.id(),
          "allows " + norm.within(),
          law.citation(),
          "allows " + law.within());
    }
    if (norm.appliesWhen() != Guard.always()) {
      problems.add(
          ProblemCode.LEGAL_NORM_WEAKENED,
          at.at("appliesWhen"),
          weakened,
          norm.id(),
          "applies only under a condition",
          law.citation(),
          "applies always");
    }
    Validity validity = norm.validity();
    if (validity.from().isAfter(definition.effectiveFrom())
        || !validity.until().equals(Validity.ALWAYS.until())) {
      problems.add(
          ProblemCode.LEGAL_NORM_WEAKENED,
          at.at("validity"),
          weakened,
          norm.id(),
          "applies only from " + validity.from() + " until " + validity.until(),
          law.citation(),
          "applies to every case from the definition's effective date "
              + definition.effectiveFrom()
              + " on");
    }
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
