package nl.schuldhulp.workflow.definition;

import static nl.schuldhulp.workflow.internal.Preconditions.checkArgument;
import static nl.schuldhulp.workflow.internal.Preconditions.copy;
import static nl.schuldhulp.workflow.internal.Preconditions.requireText;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A municipality's debt-assistance process as data: its partner organisations, entry points, own
 * steps mapped onto the NVVK phases, who holds regie where, the tasks, norms, signal rules, exit
 * criteria and aftercare. A definition is versioned and effective-dated; a case records the
 * version it started under.
 *
 * <p>Constructing a definition checks only the shape of each value. Whether the whole is sound
 * (references resolve, every step reachable, regie never missing, the Wgs norms present) is the
 * job of {@code nl.schuldhulp.workflow.validation.DefinitionValidator}, which reports every problem
 * at once.
 *
 * <p>This class is immutable and threadsafe; its {@link Builder} is not.
 *
 * <pre>{@code
 * WorkflowDefinition definition = WorkflowDefinition.builder("utrecht-kanteling", 1)
 *     .label("Utrecht Kanteling Schulddienstverlening")
 *     .municipality("Utrecht")
 *     .organisation(buurtteam)
 *     .entryPoint(zelfmelding)
 *     .step(melding)
 *     .norms(Norms.defaults())
 *     .build();
 * }</pre>
 *
 * @param id identifier, e.g. {@code "utrecht-kanteling"}
 * @param version positive version number; with {@code id} it identifies the definition
 * @param label Dutch display name
 * @param municipality the municipality (or region) whose process this is
 * @param effectiveFrom the first day cases may start under this version
 * @param description free text: sources, choices made where the sources are silent
 * @param organisations the partner organisations
 * @param facts the facts professionals record and guards read
 * @param domains the assessment domains (life domains scored 1-5)
 * @param entryPoints the ways in; at least one
 * @param steps the municipality's steps; at least one
 * @param activities the parallel activities offered and who may carry them out
 * @param norms the deadlines, legal and local
 * @param waivers written decisions to leave a legal norm out
 * @param signals when warning signals arise
 * @param exits the exit criteria (loslaatcriteria)
 * @param aftercare the aftercare schedule
 * @param policy case-wide rules
 */
public record WorkflowDefinition(
    @NotBlank String id,
    @Positive int version,
    @NotBlank String label,
    @NotBlank String municipality,
    @NotNull LocalDate effectiveFrom,
    @NotNull String description,
    @NotEmpty List<@Valid Organisation> organisations,
    List<@Valid Fact> facts,
    List<@Valid AssessmentDomain> domains,
    @NotEmpty List<@Valid EntryPoint> entryPoints,
    @NotEmpty List<@Valid Step> steps,
    List<@Valid ActivityRule> activities,
    List<@Valid Norm> norms,
    List<@Valid NormWaiver> waivers,
    @NotNull @Valid SignalRules signals,
    List<@Valid ExitCriteria> exits,
    @NotNull @Valid Aftercare aftercare,
    @NotNull @Valid CasePolicy policy) {

  /** Checks the arguments and copies the lists. */
  public WorkflowDefinition {
    requireText(id, "id");
    checkArgument(version > 0, "version (%s) must be positive", version);
    requireText(label, "label");
    requireText(municipality, "municipality");
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    Objects.requireNonNull(description, "description");
    organisations = copy(organisations, "organisations");
    facts = copy(facts, "facts");
    domains = copy(domains, "domains");
    entryPoints = copy(entryPoints, "entryPoints");
    steps = copy(steps, "steps");
    activities = copy(activities, "activities");
    norms = copy(norms, "norms");
    waivers = copy(waivers, "waivers");
    Objects.requireNonNull(signals, "signals");
    exits = copy(exits, "exits");
    Objects.requireNonNull(aftercare, "aftercare");
    Objects.requireNonNull(policy, "policy");
  }

  /** Starts a definition with defaults for signals, aftercare (none) and policy. */
  public static Builder builder(String id, int version) {
    return new Builder(id, version);
  }

  /** A builder seeded with this definition's values, to derive a new version. */
  public Builder toBuilder() {
    Builder builder =
        new Builder(id, version)
            .label(label)
            .municipality(municipality)
            .effectiveFrom(effectiveFrom)
            .description(description)
            .signals(signals)
            .aftercare(aftercare)
            .policy(policy);
    builder.organisations.addAll(organisations);
    builder.facts.addAll(facts);
    builder.domains.addAll(domains);
    builder.entryPoints.addAll(entryPoints);
    builder.steps.addAll(steps);
    builder.activities.addAll(activities);
    builder.norms.addAll(norms);
    builder.waivers.addAll(waivers);
    builder.exits.addAll(exits);
    return builder;
  }

  /** The step with this id, if any. */
  public Optional<Step> step(String stepId) {
    return find(steps, Step::id, stepId);
  }

  /** The organisation with this id, if any. */
  public Optional<Organisation> organisation(String organisationId) {
    return find(organisations, Organisation::id, organisationId);
  }

  /** The fact with this id, if any. */
  public Optional<Fact> fact(String factId) {
    return find(facts, Fact::id, factId);
  }

  /** The norm with this id, if any. */
  public Optional<Norm> norm(String normId) {
    return find(norms, Norm::id, normId);
  }

  /** The entry point with this id, if any. */
  public Optional<EntryPoint> entryPoint(String entryPointId) {
    return find(entryPoints, EntryPoint::id, entryPointId);
  }

  /** The first of {@code items} whose {@code key} equals {@code wanted}, if any. */
  static <T> Optional<T> find(List<T> items, Function<? super T, ?> key, Object wanted) {
    for (T item : items) {
      if (key.apply(item).equals(wanted)) {
        return Optional.of(item);
      }
    }
    return Optional.empty();
  }

  /** The exit criteria that allow closing from {@code stepId}. */
  public List<ExitCriteria> exitsFrom(String stepId) {
    return exits.stream().filter(exit -> exit.steps().contains(stepId)).toList();
  }

  /** The regie kinds some step of the definition uses. */
  public List<LeadKind> leadKinds() {
    return steps.stream()
        .flatMap(step -> step.leads().stream())
        .map(LeadRule::kind)
        .distinct()
        .sorted()
        .toList();
  }

  /**
   * Builds a {@link WorkflowDefinition}. This class is not threadsafe. Unset values default to: the
   * id as label, "onbekend" as municipality, 1 January 2000 as effective date, empty description,
   * {@link SignalRules#defaults()}, {@link Aftercare#none()} and {@link CasePolicy#defaults()}.
   */
  public static final class Builder {
    private final String id;
    private final int version;
    private String label;
    private String municipality = "onbekend";
    private LocalDate effectiveFrom = LocalDate.of(2000, 1, 1);
    private String description = "";
    private final List<Organisation> organisations = new ArrayList<>();
    private final List<Fact> facts = new ArrayList<>();
    private final List<AssessmentDomain> domains = new ArrayList<>();
    private final List<EntryPoint> entryPoints = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();
    private final List<ActivityRule> activities = new ArrayList<>();
    private final List<Norm> norms = new ArrayList<>();
    private final List<NormWaiver> waivers = new ArrayList<>();
    private SignalRules signals = SignalRules.defaults();
    private final List<ExitCriteria> exits = new ArrayList<>();
    private Aftercare aftercare = Aftercare.none();
    private CasePolicy policy = CasePolicy.defaults();

    private Builder(String id, int version) {
      this.id = id;
      this.version = version;
      this.label = id;
    }

    /** Sets the Dutch display name. */
    public Builder label(String value) {
      this.label = Objects.requireNonNull(value, "label");
      return this;
    }

    /** Sets the municipality. */
    public Builder municipality(String value) {
      this.municipality = Objects.requireNonNull(value, "municipality");
      return this;
    }

    /** Sets the first day cases may start under this version. */
    public Builder effectiveFrom(LocalDate value) {
      this.effectiveFrom = Objects.requireNonNull(value, "effectiveFrom");
      return this;
    }

    /** Sets the description. */
    public Builder description(String value) {
      this.description = Objects.requireNonNull(value, "description");
      return this;
    }

    /** Adds an organisation. */
    public Builder organisation(Organisation value) {
      organisations.add(Objects.requireNonNull(value, "organisation"));
      return this;
    }

    /** Adds a fact. */
    public Builder fact(Fact value) {
      facts.add(Objects.requireNonNull(value, "fact"));
      return this;
    }

    /** Adds an assessment domain. */
    public Builder domain(AssessmentDomain value) {
      domains.add(Objects.requireNonNull(value, "domain"));
      return this;
    }

    /** Adds an entry point. */
    public Builder entryPoint(EntryPoint value) {
      entryPoints.add(Objects.requireNonNull(value, "entryPoint"));
      return this;
    }

    /** Adds a step. */
    public Builder step(Step value) {
      steps.add(Objects.requireNonNull(value, "step"));
      return this;
    }

    /** Replaces the step with the same id, keeping its position. */
    public Builder replaceStep(Step value) {
      Objects.requireNonNull(value, "step");
      for (int i = 0; i < steps.size(); i++) {
        if (steps.get(i).id().equals(value.id())) {
          steps.set(i, value);
          return this;
        }
      }
      throw new IllegalArgumentException("no step with id " + value.id() + " to replace");
    }

    /** Removes the step with this id, if present. */
    public Builder removeStep(String stepId) {
      steps.removeIf(step -> step.id().equals(stepId));
      return this;
    }

    /** Adds a parallel activity. */
    public Builder activity(ActivityRule value) {
      activities.add(Objects.requireNonNull(value, "activity"));
      return this;
    }

    /** Adds a norm. */
    public Builder norm(Norm value) {
      norms.add(Objects.requireNonNull(value, "norm"));
      return this;
    }

    /** Adds several norms, e.g. {@link Norms#defaults()}. */
    public Builder norms(Collection<Norm> values) {
      values.forEach(this::norm);
      return this;
    }

    /** Removes the norm with this id, if present. */
    public Builder removeNorm(String normId) {
      norms.removeIf(norm -> norm.id().equals(normId));
      return this;
    }

    /** Adds a waiver of a legal norm. */
    public Builder waiver(NormWaiver value) {
      waivers.add(Objects.requireNonNull(value, "waiver"));
      return this;
    }

    /** Sets the signal rules. */
    public Builder signals(SignalRules value) {
      this.signals = Objects.requireNonNull(value, "signals");
      return this;
    }

    /** Adds exit criteria. */
    public Builder exit(ExitCriteria value) {
      exits.add(Objects.requireNonNull(value, "exit"));
      return this;
    }

    /** Sets the aftercare schedule. */
    public Builder aftercare(Aftercare value) {
      this.aftercare = Objects.requireNonNull(value, "aftercare");
      return this;
    }

    /** Sets the case-wide rules. */
    public Builder policy(CasePolicy value) {
      this.policy = Objects.requireNonNull(value, "policy");
      return this;
    }

    /** Builds the immutable definition. */
    public WorkflowDefinition build() {
      return new WorkflowDefinition(
          id,
          version,
          label,
          municipality,
          effectiveFrom,
          description,
          organisations,
          facts,
          domains,
          entryPoints,
          steps,
          activities,
          norms,
          waivers,
          signals,
          exits,
          aftercare,
          policy);
    }
  }
}
