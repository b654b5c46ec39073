package nl.schuldhulp.workflow.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.schuldhulp.workflow.definition.ActivityKind;
import nl.schuldhulp.workflow.definition.ActivityRule;
import nl.schuldhulp.workflow.definition.Assignee;
import nl.schuldhulp.workflow.definition.EntryPoint;
import nl.schuldhulp.workflow.definition.ExitCriteria;
import nl.schuldhulp.workflow.definition.Fact;
import nl.schuldhulp.workflow.definition.Flag;
import nl.schuldhulp.workflow.definition.Guard;
import nl.schuldhulp.workflow.definition.LeadRule;
import nl.schuldhulp.workflow.definition.Milestone;
import nl.schuldhulp.workflow.definition.Norm;
import nl.schuldhulp.workflow.definition.NormWaiver;
import nl.schuldhulp.workflow.definition.Norms;
import nl.schuldhulp.workflow.definition.Organisation;
import nl.schuldhulp.workflow.definition.Role;
import nl.schuldhulp.workflow.definition.Step;
import nl.schuldhulp.workflow.definition.TaskTemplate;
import nl.schuldhulp.workflow.definition.Term;
import nl.schuldhulp.workflow.definition.Transition;
import nl.schuldhulp.workflow.definition.Validity;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;

/**
 * Single-step mutations of a valid definition, each of which computes the problems it introduces
 * from what it changed: its own problems at the paths it touched, plus the knock-on route problems
 * of the {@link RouteModel}. Every mutation is one change, so a failing mutant is already minimal.
 */
final class Mutations {
  /** A mutated definition, what was done, and what the validator must report about it. */
  record Mutant(
      String description,
      WorkflowDefinition definition,
      List<String> expected,
      List<String> fragments) {}

  /** One kind of mutation; empty when the definition offers nothing to mutate this way. */
  @FunctionalInterface
  interface Mutation {
    Optional<Mutant> apply(WorkflowDefinition base, Random random);
  }

  /** A mutation with the name that identifies it in reports. */
  record Named(String name, Mutation mutation) {}

  static final List<Named> ALL =
      List.of(
          new Named("duplicate an id", Mutations::duplicateId),
          new Named("misspell a reference", Mutations::misspellReference),
          new Named("misspell a fact throughout a step", Mutations::misspellFactThroughoutAStep),
          new Named("drop a referenced step", Mutations::dropStep),
          new Named("remove a lead rule", Mutations::removeLeadRule),
          new Named("add a second lead", Mutations::addSecondLead),
          new Named("remove or waive a legal norm", Mutations::removeOrWaiveLegalNorm),
          new Named("weaken a legal norm", Mutations::weakenLegalNorm),
          new Named("duplicate a transition target", Mutations::duplicateTransitionTarget),
          new Named("add an overlapping transition", Mutations::addOverlappingTransition),
          new Named(
              "count from an activity nobody offers", Mutations::countFromAnActivityNobodyOffers),
          new Named("forget a step in exit criteria", Mutations::forgetAStepInExitCriteria),
          new Named("copy a norm under a new id", Mutations::copyNormUnderANewId));

  private Mutations() {}

  /**
   * Applies a random applicable mutation (the fixtures offer at least one), its description
   * prefixed by the mutation's name.
   */
  static Mutant any(WorkflowDefinition base, Random random) {
    int first = random.nextInt(ALL.size());
    for (int i = 0; i < ALL.size(); i++) {
      Named named = ALL.get((first + i) % ALL.size());
      Optional<Mutant> mutant = named.mutation().apply(base, random);
      if (mutant.isPresent()) {
        Mutant m = mutant.get();
        return new Mutant(
            named.name() + ": " + m.description(), m.definition(), m.expected(), m.fragments());
      }
    }
    throw new IllegalStateException("no mutation applies to " + base.id());
  }

  // ---- duplicate an id

  private record Duplication(String what, Function<DefinitionParts, String> apply) {}

  static Optional<Mutant> duplicateId(WorkflowDefinition base, Random random) {
    List<Duplication> kinds = new ArrayList<>();
    kinds.add(
        new Duplication(
            "organisation",
            parts -> appendCopy(parts.organisations, random, "/organisations", "/id")));
    kinds.add(
        new Duplication(
            "role",
            parts -> {
              int o = random.nextInt(parts.organisations.size());
              Organisation org = parts.organisations.get(o);
              List<Role> roles = new ArrayList<>(org.roles());
              String path = appendCopy(roles, random, "/organisations/" + o + "/roles", "/id");
              parts.organisations.set(
                  o, new Organisation(org.id(), org.label(), org.kind(), org.track(), roles));
              return path;
            }));
    kinds.add(
        new Duplication(
            "entry point", parts -> appendCopy(parts.entryPoints, random, "/entryPoints", "/id")));
    kinds.add(new Duplication("step", parts -> appendCopy(parts.steps, random, "/steps", "/id")));
    kinds.add(new Duplication("norm", parts -> appendCopy(parts.norms, random, "/norms", "/id")));
    kinds.add(
        new Duplication(
            "exit criteria", parts -> appendCopy(parts.exits, random, "/exits", "/id")));
    if (!base.facts().isEmpty()) {
      kinds.add(new Duplication("fact", parts -> appendCopy(parts.facts, random, "/facts", "/id")));
      kinds.add(
          new Duplication(
              "fact value",
              parts -> {
                int f = random.nextInt(parts.facts.size());
                Fact fact = parts.facts.get(f);
                List<String> values = new ArrayList<>(fact.values());
                String path = appendCopy(values, random, "/facts/" + f + "/values", "");
                parts.facts.set(f, new Fact(fact.id(), fact.label(), values));
                return path;
              }));
    }
    if (!base.domains().isEmpty()) {
      kinds.add(
          new Duplication("domain", parts -> appendCopy(parts.domains, random, "/domains", "/id")));
    }
    if (!base.activities().isEmpty()) {
      kinds.add(
          new Duplication(
              "activity rule",
              parts -> appendCopy(parts.activities, random, "/activities", "/kind")));
    }
    List<Integer> withTasks = indexes(base.steps(), step -> !step.tasks().isEmpty());
    if (!withTasks.isEmpty()) {
      kinds.add(
          new Duplication(
              "task",
              parts -> {
                int s = pick(withTasks, random);
                List<TaskTemplate> tasks = parts.steps.get(s).tasks();
                TaskTemplate copy = pick(tasks, random);
                parts.step(s, step -> step.task(copy));
                return "/steps/" + s + "/tasks/" + tasks.size() + "/id";
              }));
    }
    Duplication kind = pick(kinds, random);
    DefinitionParts parts = DefinitionParts.of(base);
    String path = kind.apply().apply(parts);
    return Optional.of(
        mutant(
            "duplicate a " + kind.what() + " id at " + path,
            parts.build(),
            List.of(ProblemCode.DUPLICATE_ID + " " + path)));
  }

  private static <T> String appendCopy(List<T> list, Random random, String at, String member) {
    list.add(pick(list, random));
    return at + "/" + (list.size() - 1) + member;
  }

  // ---- misspell one reference

  /**
   * A place that names an id: where, what kind, the id, the ids it could name, how to change it.
   */
  private record Site(
      String path,
      String what,
      String id,
      Collection<String> known,
      Function<String, WorkflowDefinition> rename,
      ProblemCode code) {
    Site(
        String path,
        String what,
        String id,
        Collection<String> known,
        Function<String, WorkflowDefinition> rename) {
      this(path, what, id, known, rename, ProblemCode.UNKNOWN_REFERENCE);
    }
  }

  static Optional<Mutant> misspellReference(WorkflowDefinition base, Random random) {
    List<Site> sites = referenceSites(base);
    Site site = pick(sites, random);
    String typo = typo(site.id(), site.known(), random);
    WorkflowDefinition mutated = site.rename().apply(typo);
    List<String> expected = new ArrayList<>();
    expected.add(site.code() + " " + site.path());
    expected.addAll(ownersNoLongerInvolved(base, mutated));
    return Optional.of(
        new Mutant(
            "misspell " + site.what() + " '" + site.id() + "' as '" + typo + "' at " + site.path(),
            mutated,
            withRoutes(expected, mutated),
            List.of("'" + typo + "' (did you mean '" + site.id() + "'?)")));
  }

  private static List<Site> referenceSites(WorkflowDefinition base) {
    List<Site> sites = new ArrayList<>();
    Set<String> steps = base.steps().stream().map(Step::id).collect(Collectors.toSet());
    Set<String> organisations =
        base.organisations().stream().map(Organisation::id).collect(Collectors.toSet());
    for (int e = 0; e < base.entryPoints().size(); e++) {
      int entry = e;
      EntryPoint point = base.entryPoints().get(e);
      sites.add(
          new Site(
              "/entryPoints/" + e + "/step",
              "step",
              point.step(),
              steps,
              id -> withEntryPoint(base, entry, id, point.organisations())));
      for (int k = 0; k < point.organisations().size(); k++) {
        int index = k;
        sites.add(
            new Site(
                "/entryPoints/" + e + "/organisations/" + k,
                "organisation",
                point.organisations().get(k),
                organisations,
                id ->
                    withEntryPoint(
                        base, entry, point.step(), replaced(point.organisations(), index, id))));
      }
    }
    for (int s = 0; s < base.steps().size(); s++) {
      stepSites(base, s, steps, organisations, sites);
    }
    for (int x = 0; x < base.exits().size(); x++) {
      int exitIndex = x;
      ExitCriteria exit = base.exits().get(x);
      for (int k = 0; k < exit.steps().size(); k++) {
        int index = k;
        sites.add(
            new Site(
                "/exits/" + x + "/steps/" + k,
                "step",
                exit.steps().get(k),
                steps,
                id -> withExit(base, exitIndex, Fixtures.exitStep(exit, index, id))));
      }
    }
    for (int n = 0; n < base.norms().size(); n++) {
      int normIndex = n;
      Norm norm = base.norms().get(n);
      if (norm.to() instanceof Milestone.StepEntered entered) {
        sites.add(
            new Site(
                "/norms/" + n + "/to/step",
                "step",
                entered.step(),
                steps,
                id ->
                    withNorm(
                        base,
                        normIndex,
                        DefinitionParts.normBetween(norm, norm.from(), new Milestone.StepEntered(id), norm.within()))));
      }
    }
    for (GuardSite guard : guardSites(base)) {
      if (guard.guard() instanceof Guard.FactEquals equals) {
        List<String> values = base.fact(equals.fact()).orElseThrow().values();
        sites.add(
            new Site(
                guard.path() + "/value",
                "value",
                equals.value(),
                values,
                value -> guard.replace().apply(Guard.factEquals(equals.fact(), value)),
                ProblemCode.UNDECLARED_FACT_VALUE));
      } else if (guard.guard() instanceof Guard.ScoreAtLeast score) {
        Set<String> domains = base.domains().stream().map(d -> d.id()).collect(Collectors.toSet());
        sites.add(
            new Site(
                guard.path() + "/domain",
                "assessment domain",
                score.domain(),
                domains,
                domain -> guard.replace().apply(Guard.scoreAtLeast(domain, score.score()))));
      }
    }
    return sites;
  }

  private static void stepSites(
      WorkflowDefinition base,
      int s,
      Set<String> steps,
      Set<String> organisations,
      List<Site> sites) {
    Step step = base.steps().get(s);
    String at = "/steps/" + s;
    for (int l = 0; l < step.leads().size(); l++) {
      int index = l;
      LeadRule lead = step.leads().get(l);
      sites.add(
          new Site(
              at + "/leads/" + l + "/organisation",
              "organisation",
              lead.organisation(),
              organisations,
              id ->
                  withStep(
                      base,
                      s,
                      withLeads(
                          step,
                          replaced(
                              step.leads(),
                              index,
                              new LeadRule(lead.kind(), id, lead.handover()))))));
    }
    for (int t = 0; t < step.tasks().size(); t++) {
      int index = t;
      if (step.tasks().get(t).owner() instanceof Assignee.OrganisationRole owner) {
        String ownerAt = at + "/tasks/" + t + "/owner";
        sites.add(
            new Site(
                ownerAt + "/organisation",
                "organisation",
                owner.organisation(),
                organisations,
                id ->
                    withStep(
                        base,
                        s,
                        Fixtures.taskOwner(step, index, Assignee.role(id, owner.role())))));
        Set<String> roles =
            base.organisation(owner.organisation()).orElseThrow().roles().stream()
                .map(Role::id)
                .collect(Collectors.toSet());
        sites.add(
            new Site(
                ownerAt + "/role",
                "role",
                owner.role(),
                roles,
                id ->
                    withStep(
                        base,
                        s,
                        Fixtures.taskOwner(step, index, Assignee.role(owner.organisation(), id)))));
      }
    }
    for (int t = 0; t < step.transitions().size(); t++) {
      int index = t;
      Transition transition = step.transitions().get(t);
      sites.add(
          new Site(
              at + "/transitions/" + t + "/to",
              "step",
              transition.to(),
              steps,
              id ->
                  withTransition(
                      base,
                      s,
                      index,
                      new Transition(
                          id, transition.guard(), transition.priority(), transition.label()))));
    }
  }

  /** Misspells one fact in every guard of one step that compares it, so exclusivity stays. */
  static Optional<Mutant> misspellFactThroughoutAStep(WorkflowDefinition base, Random random) {
    List<GuardSite> comparisons =
        guardSites(base).stream()
            .filter(
                site ->
                    site.guard() instanceof Guard.FactEquals && site.path().startsWith("/steps/"))
            .toList();
    if (comparisons.isEmpty()) {
      return Optional.empty();
    }
    GuardSite chosen = pick(comparisons, random);
    String fact = ((Guard.FactEquals) chosen.guard()).fact();
    String stepPrefix = chosen.path().substring(0, chosen.path().indexOf("/transitions/"));
    int s = Integer.parseInt(stepPrefix.substring("/steps/".length()));
    String typo = typo(fact, base.facts().stream().map(Fact::id).toList(), random);
    Step step = base.steps().get(s);
    List<Transition> transitions =
        step.transitions().stream()
            .map(
                t ->
                    new Transition(
                        t.to(), renameFact(t.guard(), fact, typo), t.priority(), t.label()))
            .toList();
    WorkflowDefinition mutated = withStep(base, s, withTransitions(step, transitions));
    List<String> expected =
        guardSites(base).stream()
            .filter(
                site ->
                    site.path().startsWith(stepPrefix + "/")
                        && site.guard() instanceof Guard.FactEquals equals
                        && equals.fact().equals(fact))
            .map(site -> ProblemCode.UNKNOWN_REFERENCE + " " + site.path() + "/fact")
            .toList();
    return Optional.of(
        new Mutant(
            "misspell fact '" + fact + "' as '" + typo + "' in step " + step.id(),
            mutated,
            expected,
            List.of("'" + typo + "' (did you mean '" + fact + "'?)")));
  }

  private static Guard renameFact(Guard guard, String fact, String typo) {
    if (guard instanceof Guard.FactEquals equals && equals.fact().equals(fact)) {
      return Guard.factEquals(typo, equals.value());
    }
    if (guard instanceof Guard.AllOf all) {
      return new Guard.AllOf(all.guards().stream().map(g -> renameFact(g, fact, typo)).toList());
    }
    if (guard instanceof Guard.AnyOf any) {
      return new Guard.AnyOf(any.guards().stream().map(g -> renameFact(g, fact, typo)).toList());
    }
    if (guard instanceof Guard.Not not) {
      return Guard.not(renameFact(not.guard(), fact, typo));
    }
    return guard;
  }

  // ---- drop a referenced step

  static Optional<Mutant> dropStep(WorkflowDefinition base, Random random) {
    if (base.steps().size() < 2) {
      return Optional.empty();
    }
    Step dropped = pick(base.steps(), random);
    String id = dropped.id();
    WorkflowDefinition mutated = base.toBuilder().removeStep(id).build();
    List<String> expected = new ArrayList<>();
    String unknown = ProblemCode.UNKNOWN_REFERENCE + " ";
    for (int e = 0; e < mutated.entryPoints().size(); e++) {
      if (mutated.entryPoints().get(e).step().equals(id)) {
        expected.add(unknown + "/entryPoints/" + e + "/step");
      }
    }
    for (int s = 0; s < mutated.steps().size(); s++) {
      List<Transition> transitions = mutated.steps().get(s).transitions();
      for (int t = 0; t < transitions.size(); t++) {
        if (transitions.get(t).to().equals(id)) {
          expected.add(unknown + "/steps/" + s + "/transitions/" + t + "/to");
        }
      }
    }
    for (int x = 0; x < mutated.exits().size(); x++) {
      List<String> steps = mutated.exits().get(x).steps();
      for (int k = 0; k < steps.size(); k++) {
        if (steps.get(k).equals(id)) {
          expected.add(unknown + "/exits/" + x + "/steps/" + k);
        }
      }
    }
    for (int n = 0; n < mutated.norms().size(); n++) {
      Norm norm = mutated.norms().get(n);
      if (norm.from().equals(new Milestone.StepEntered(id))) {
        expected.add(unknown + "/norms/" + n + "/from/step");
      }
      if (norm.to().equals(new Milestone.StepEntered(id))) {
        expected.add(unknown + "/norms/" + n + "/to/step");
      }
    }
    return Optional.of(mutant("drop step '" + id + "'", mutated, expected));
  }

  // ---- regie

  static Optional<Mutant> removeLeadRule(WorkflowDefinition base, Random random) {
    List<Integer> withLeads = indexes(base.steps(), step -> !step.leads().isEmpty());
    if (withLeads.isEmpty()) {
      return Optional.empty();
    }
    int s = pick(withLeads, random);
    Step step = base.steps().get(s);
    LeadRule removed = pick(step.leads(), random);
    List<LeadRule> leads = new ArrayList<>(step.leads());
    leads.remove(removed);
    WorkflowDefinition mutated = withStep(base, s, withLeads(step, leads));
    List<String> expected = new ArrayList<>();
    if (mutated.leadKinds().contains(removed.kind())) {
      expected.add(ProblemCode.MISSING_LEAD + " /steps/" + s + "/leads");
    }
    expected.addAll(ownersNoLongerInvolved(base, mutated));
    return Optional.of(
        mutant(
            "remove the " + removed.kind() + " rule of step '" + step.id() + "'",
            mutated,
            expected));
  }

  static Optional<Mutant> addSecondLead(WorkflowDefinition base, Random random) {
    List<Integer> withLeads = indexes(base.steps(), step -> !step.leads().isEmpty());
    if (withLeads.isEmpty()) {
      return Optional.empty();
    }
    int s = pick(withLeads, random);
    Step step = base.steps().get(s);
    LeadRule existing = pick(step.leads(), random);
    String organisation = pick(base.organisations(), random).id();
    LeadRule second = new LeadRule(existing.kind(), organisation, existing.handover());
    WorkflowDefinition mutated = edit(base, parts -> parts.step(s, b -> b.lead(second)));
    return Optional.of(
        mutant(
            "add a second "
                + existing.kind()
                + " holder '"
                + organisation
                + "' to step '"
                + step.id()
                + "'",
            mutated,
            List.of(
                ProblemCode.DUPLICATE_LEAD + " /steps/" + s + "/leads/" + step.leads().size())));
  }

  /** The task owners of the mutant that have lost their part in their step. */
  private static List<String> ownersNoLongerInvolved(
      WorkflowDefinition base, WorkflowDefinition mutated) {
    List<String> problems = new ArrayList<>();
    for (int s = 0; s < mutated.steps().size(); s++) {
      Step step = mutated.steps().get(s);
      for (int t = 0; t < step.tasks().size(); t++) {
        if (step.tasks().get(t).owner() instanceof Assignee.OrganisationRole owner
            && mutated.organisation(owner.organisation()).isPresent()
            && !involved(mutated, step, owner.organisation())) {
          problems.add(
              ProblemCode.TASK_OWNER_NOT_INVOLVED
                  + " /steps/"
                  + s
                  + "/tasks/"
                  + t
                  + "/owner/organisation");
        }
      }
    }
    return problems;
  }

  private static boolean involved(WorkflowDefinition definition, Step step, String organisation) {
    return step.leads().stream().anyMatch(lead -> lead.organisation().equals(organisation))
        || definition.activities().stream()
            .anyMatch(rule -> rule.organisations().contains(organisation));
  }

  // ---- legal norms

  static Optional<Mutant> removeOrWaiveLegalNorm(WorkflowDefinition base, Random random) {
    String id = pick(Norms.legal(), random).id();
    NormWaiver waiver = new NormWaiver(id, "Programma zonder eerste hulpvragen (mutatie)");
    switch (random.nextInt(3)) {
      case 0:
        return Optional.of(
            mutant(
                "remove legal norm '" + id + "'",
                base.toBuilder().removeNorm(id).build(),
                List.of(ProblemCode.MISSING_LEGAL_NORM + " /norms")));
      case 1:
        return Optional.of(
            mutant(
                "remove legal norm '" + id + "' with a waiver",
                base.toBuilder().removeNorm(id).waiver(waiver).build(),
                List.of()));
      default:
        return Optional.of(
            mutant(
                "waive legal norm '" + id + "' but keep it",
                base.toBuilder().waiver(waiver).build(),
                List.of(
                    ProblemCode.WAIVED_NORM_PRESENT
                        + " /waivers/"
                        + base.waivers().size()
                        + "/norm")));
    }
  }

  static Optional<Mutant> weakenLegalNorm(WorkflowDefinition base, Random random) {
    String id = pick(Norms.legal(), random).id();
    int n = indexes(base.norms(), norm -> norm.id().equals(id)).get(0);
    Norm law = base.norms().get(n);
    Norm weaker;
    String member;
    switch (random.nextInt(5)) {
      case 0:
        member = "within";
        weaker =
            DefinitionParts.normBetween(
                law,
                law.from(),
                law.to(),
                new Term(law.within().amount() + 1 + random.nextInt(3), law.within().unit()));
        break;
      case 1:
        member = "from";
        weaker = DefinitionParts.normBetween(law, Milestone.Closed.INSTANCE, law.to(), law.within());
        break;
      case 2:
        member = "to";
        weaker = DefinitionParts.normBetween(law, law.from(), Milestone.Closed.INSTANCE, law.within());
        break;
      case 3:
        member = "appliesWhen";
        weaker = law.when(Guard.flagSet(Flag.values()[random.nextInt(Flag.values().length)]));
        break;
      default:
        member = "validity";
        weaker = law.valid(Validity.from(base.effectiveFrom().plusDays(1 + random.nextInt(900))));
    }
    Norm changed = weaker;
    return Optional.of(
        mutant(
            "weaken the " + member + " of legal norm '" + id + "'",
            withNorm(base, n, changed),
            List.of(ProblemCode.LEGAL_NORM_WEAKENED + " /norms/" + n + "/" + member)));
  }

  // ---- transitions

  static Optional<Mutant> duplicateTransitionTarget(WorkflowDefinition base, Random random) {
    List<Integer> moving = indexes(base.steps(), step -> !step.transitions().isEmpty());
    if (moving.isEmpty()) {
      return Optional.empty();
    }
    int s = pick(moving, random);
    Step step = base.steps().get(s);
    Transition copy = pick(step.transitions(), random).withPriority(topPriority(step) + 1);
    return Optional.of(
        mutant(
            "add a second transition to '" + copy.to() + "' in step '" + step.id() + "'",
            edit(base, parts -> parts.step(s, b -> b.transition(copy))),
            List.of(
                ProblemCode.DUPLICATE_TRANSITION
                    + " /steps/"
                    + s
                    + "/transitions/"
                    + step.transitions().size()
                    + "/to")));
  }

  static Optional<Mutant> addOverlappingTransition(WorkflowDefinition base, Random random) {
    int s = random.nextInt(base.steps().size());
    Step step = base.steps().get(s);
    Set<String> targets =
        step.transitions().stream().map(Transition::to).collect(Collectors.toSet());
    List<String> free =
        base.steps().stream()
            .map(Step::id)
            .filter(id -> !id.equals(step.id()) && !targets.contains(id))
            .toList();
    if (free.isEmpty()) {
      return Optional.empty();
    }
    int priority = step.transitions().isEmpty() ? 0 : pick(step.transitions(), random).priority();
    Transition added = new Transition(pick(free, random), Guard.always(), priority, "altijd");
    String at = "/steps/" + s + "/transitions/" + step.transitions().size() + "/priority";
    List<String> expected =
        step.transitions().stream()
            .filter(transition -> transition.priority() == priority)
            .map(transition -> ProblemCode.AMBIGUOUS_TRANSITIONS + " " + at)
            .toList();
    return Optional.of(
        mutant(
            "add an unguarded transition to '"
                + added.to()
                + "' with priority "
                + priority
                + " to step '"
                + step.id()
                + "'",
            edit(base, parts -> parts.step(s, b -> b.transition(added))),
            expected));
  }

  private static int topPriority(Step step) {
    return step.transitions().stream().mapToInt(Transition::priority).max().orElse(0);
  }

  // ---- activities, exits, overlapping norms

  static Optional<Mutant> countFromAnActivityNobodyOffers(WorkflowDefinition base, Random random) {
    Set<ActivityKind> offered = EnumSet.noneOf(ActivityKind.class);
    base.activities().stream().map(ActivityRule::kind).forEach(offered::add);
    List<ActivityKind> missing =
        Arrays.stream(ActivityKind.values()).filter(kind -> !offered.contains(kind)).toList();
    if (missing.isEmpty()) {
      return Optional.empty();
    }
    ActivityKind kind = pick(missing, random);
    Norm norm =
        Norm.local(
            "mutatie-" + kind.name().toLowerCase(),
            "Activiteit binnen 3 maanden",
            new Milestone.ActivityStarted(kind),
            new Milestone.ActivityEnded(kind),
            Term.months(3),
            "mutatie");
    String at = "/norms/" + base.norms().size();
    return Optional.of(
        mutant(
            "add a norm on activity " + kind + ", which nobody offers",
            base.toBuilder().norm(norm).build(),
            List.of(
                ProblemCode.ACTIVITY_NOT_OFFERED + " " + at + "/from/kind",
                ProblemCode.ACTIVITY_NOT_OFFERED + " " + at + "/to/kind")));
  }

  static Optional<Mutant> forgetAStepInExitCriteria(WorkflowDefinition base, Random random) {
    List<Integer> several = indexes(base.exits(), exit -> exit.steps().size() > 1);
    if (several.isEmpty()) {
      return Optional.empty();
    }
    int x = pick(several, random);
    ExitCriteria exit = base.exits().get(x);
    int k = random.nextInt(exit.steps().size());
    WorkflowDefinition mutated = withExit(base, x, Fixtures.exitStep(exit, k, ""));
    return Optional.of(
        mutant(
            "forget step '" + exit.steps().get(k) + "' in exit criteria '" + exit.id() + "'",
            mutated,
            List.of()));
  }

  static Optional<Mutant> copyNormUnderANewId(WorkflowDefinition base, Random random) {
    int n = random.nextInt(base.norms().size());
    Norm norm = base.norms().get(n);
    Norm copy =
        new Norm(
            norm.id() + "-kopie",
            norm.label(),
            norm.source(),
            norm.from(),
            norm.to(),
            norm.within(),
            norm.appliesWhen(),
            norm.validity(),
            norm.citation());
    return Optional.of(
        mutant(
            "copy norm '" + norm.id() + "' under a new id",
            base.toBuilder().norm(copy).build(),
            List.of(ProblemCode.OVERLAPPING_NORMS + " /norms/" + base.norms().size())));
  }

  // ---- helpers

  /** A mutant expecting its own problems plus the route problems of the mutated definition. */
  private static Mutant mutant(String description, WorkflowDefinition mutated, List<String> own) {
    return new Mutant(description, mutated, withRoutes(own, mutated), List.of());
  }

  private static List<String> withRoutes(List<String> own, WorkflowDefinition mutated) {
    List<String> expected = new ArrayList<>(own);
    expected.addAll(RouteModel.problems(mutated));
    return expected;
  }

  /** A guard somewhere in a definition, its pointer, and the definition with it replaced. */
  record GuardSite(Guard guard, String path, Function<Guard, WorkflowDefinition> replace) {}

  static List<GuardSite> guardSites(WorkflowDefinition base) {
    List<GuardSite> sites = new ArrayList<>();
    for (int s = 0; s < base.steps().size(); s++) {
      int stepIndex = s;
      Step step = base.steps().get(s);
      for (int t = 0; t < step.transitions().size(); t++) {
        int index = t;
        Transition transition = step.transitions().get(t);
        walk(
            transition.guard(),
            "/steps/" + s + "/transitions/" + t + "/guard",
            guard ->
                withTransition(
                    base,
                    stepIndex,
                    index,
                    new Transition(
                        transition.to(), guard, transition.priority(), transition.label())),
            sites);
      }
    }
    for (int n = 0; n < base.norms().size(); n++) {
      int index = n;
      Norm norm = base.norms().get(n);
      walk(
          norm.appliesWhen(),
          "/norms/" + n + "/appliesWhen",
          guard -> withNorm(base, index, norm.when(guard)),
          sites);
    }
    return sites;
  }

  private static void walk(
      Guard guard,
      String path,
      Function<Guard, WorkflowDefinition> replace,
      List<GuardSite> sites) {
    sites.add(new GuardSite(guard, path, replace));
    if (guard instanceof Guard.AllOf all) {
      walkEach(all.guards(), path, list -> replace.apply(new Guard.AllOf(list)), sites);
    } else if (guard instanceof Guard.AnyOf any) {
      walkEach(any.guards(), path, list -> replace.apply(new Guard.AnyOf(list)), sites);
    } else if (guard instanceof Guard.Not not) {
      walk(not.guard(), path + "/guard", inner -> replace.apply(Guard.not(inner)), sites);
    }
  }

  private static void walkEach(
      List<Guard> guards,
      String path,
      Function<List<Guard>, WorkflowDefinition> rebuild,
      List<GuardSite> sites) {
    for (int i = 0; i < guards.size(); i++) {
      int index = i;
      walk(
          guards.get(i),
          path + "/guards/" + i,
          inner -> rebuild.apply(replaced(guards, index, inner)),
          sites);
    }
  }

  /**
   * A typing error of {@code id} one edit away that names nothing in {@code known}: two
   * neighbouring letters swapped, a letter dropped, or a letter added.
   */
  static String typo(String id, Collection<String> known, Random random) {
    for (int attempt = 0; attempt < 20; attempt++) {
      String candidate;
      int at = random.nextInt(id.length());
      int kind = id.length() < 4 ? 2 : random.nextInt(3);
      if (kind == 0 && at + 1 < id.length() && id.charAt(at) != id.charAt(at + 1)) {
        candidate = id.substring(0, at) + id.charAt(at + 1) + id.charAt(at) + id.substring(at + 2);
      } else if (kind == 1) {
        candidate = id.substring(0, at) + id.substring(at + 1);
      } else {
        candidate = id.substring(0, at) + "q" + id.substring(at);
      }
      if (!known.contains(candidate) && !candidate.equals(id)) {
        return candidate;
      }
    }
    return id + "q";
  }

  private static WorkflowDefinition edit(
      WorkflowDefinition base, Consumer<DefinitionParts> change) {
    DefinitionParts parts = DefinitionParts.of(base);
    change.accept(parts);
    return parts.build();
  }

  private static WorkflowDefinition withEntryPoint(
      WorkflowDefinition base, int index, String step, List<String> organisations) {
    return edit(
        base,
        parts ->
            parts.entryPoints.set(
                index, Fixtures.entryPoint(parts.entryPoints.get(index), step, organisations)));
  }

  private static WorkflowDefinition withStep(WorkflowDefinition base, int index, Step step) {
    return edit(base, parts -> parts.steps.set(index, step));
  }

  private static WorkflowDefinition withTransition(
      WorkflowDefinition base, int step, int index, Transition transition) {
    Step original = base.steps().get(step);
    return withStep(
        base, step, withTransitions(original, replaced(original.transitions(), index, transition)));
  }

  private static WorkflowDefinition withNorm(WorkflowDefinition base, int index, Norm norm) {
    return edit(base, parts -> parts.norms.set(index, norm));
  }

  private static WorkflowDefinition withExit(
      WorkflowDefinition base, int index, ExitCriteria exit) {
    return edit(base, parts -> parts.exits.set(index, exit));
  }

  private static Step withLeads(Step step, List<LeadRule> leads) {
    return new Step(step.id(), step.label(), step.phase(), leads, step.tasks(), step.transitions());
  }

  private static Step withTransitions(Step step, List<Transition> transitions) {
    return new Step(step.id(), step.label(), step.phase(), step.leads(), step.tasks(), transitions);
  }

  private static <T> List<T> replaced(List<T> list, int index, T value) {
    List<T> copy = new ArrayList<>(list);
    copy.set(index, value);
    return copy;
  }

  private static <T> List<Integer> indexes(List<T> list, Predicate<T> test) {
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      if (test.test(list.get(i))) {
        indexes.add(i);
      }
    }
    return indexes;
  }

  private static <T> T pick(List<T> list, Random random) {
    return list.get(random.nextInt(list.size()));
  }
}
