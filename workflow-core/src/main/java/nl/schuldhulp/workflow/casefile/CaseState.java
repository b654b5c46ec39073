package nl.schuldhulp.workflow.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.schuldhulp.workflow.definition.Flag;
import nl.schuldhulp.workflow.definition.Guard;
import nl.schuldhulp.workflow.definition.LeadKind;
import nl.schuldhulp.workflow.definition.Phase;

/**
 * The current state of one case, as rebuilt from its events: step and phase, the regie holder of
 * each kind and any pending handover, tasks, appointments, the contact summary, facts, flags,
 * assessment scores, parallel activities, participants, the access and readiness decisions, phase
 * history, closures and the version. Derived data (norm statuses, signals) is not kept here; the time package computes it.
 *
 * <p>Only {@link Cases#evolve} makes new states; a state is never changed. Collections handed out
 * are unmodifiable. No accessor returns null. While {@link #registered()} is false (a case with no
 * events, version 0) exactly the accessors of registration data throw {@link
 * IllegalStateException}: {@link #lastEventAt()}, {@link #definitionId()}, {@link
 * #definitionVersion()}, {@link #entryPoint()}, {@link #clients()}, {@link #step()}, {@link
 * #phase()} and {@link #registeredOn()}. Every other accessor answers as for a case where nothing
 * happened: no regie holders ({@link #leadHolder} empty, {@link #leads()} empty), no handovers,
 * tasks, appointments, facts, flags, scores, activities or closures, access {@link
 * AccessStatus#UNDECIDED}, not open and not closed. A case counts as registered once its entry step
 * is entered: the engine emits {@code CaseRegistered}, the {@code LeadAssigned}s and the entry
 * {@code StepEntered} in one decision, so only a fold that stops inside that decision's events sees
 * an unregistered state with a version above 0.
 *
 * <p>This class is immutable and threadsafe.
 */
public final class CaseState {
  private static final LeadKind[] KINDS = LeadKind.values();
  private static final Flag[] FLAGS = Flag.values();
  private static final int CLOSED = 1 << 31; // in flags: the bits below are the raised flags
  private static final String[] NO_LEADS = new String[KINDS.length];
  private static final Map<List<String>, String[]> SHARED_LEADS = new ConcurrentHashMap<>();
  private static final int SHARED_LEADS_LIMIT = 4_096;
  /**
   * The shared holder arrays found last, by hash: found again without the map, whose list keys hash
   * and compare through iterators. Raced over freely: a lost write is only a miss.
   */
  private static final String[][] RECENT_LEADS = new String[64][];

  final CaseId id;
  final long version;
  final Instant lastEventAt; // null before the first event
  final String definitionId; // null before CaseRegistered
  final int definitionVersion;
  final String entryPoint;
  final List<String> clients;
  final String step; // null until the entry step is entered: then registered
  final Phase phase; // null exactly when step is
  final String[] leads; // by LeadKind ordinal; null where unused; never exposed
  final List<PendingHandover> handovers;
  final List<DeclinedHandover> declined; // the latest per kind
  final List<Task> tasks;
  final List<Appointment> appointments;
  final ContactLog contacts;
  final Map<String, String> facts;
  final int flags; // bit per Flag ordinal, and CLOSED
  final Map<String, Integer> scores;
  final List<Activity> activities;
  final AccessStatus access;
  final Readiness readiness; // null until decided
  final List<PhaseEntry> phases;
  final List<String> suspendedNorms;
  final List<Closure> closures;
  final int returns;
  final List<String> involved;
  final List<Participant> participants;

  private CaseState(CaseId id, Draft d) {
    this.id = id;
    this.version = d.version;
    this.lastEventAt = d.lastEventAt;
    this.definitionId = d.definitionId;
    this.definitionVersion = d.definitionVersion;
    this.entryPoint = d.entryPoint;
    this.clients = d.clients;
    this.step = d.step;
    this.phase = d.phase;
    this.leads = d.leads;
    this.handovers = d.handovers;
    this.declined = d.declined;
    this.tasks = d.tasks;
    this.appointments = d.appointments;
    this.contacts = d.contacts;
    this.facts = d.facts;
    this.flags = d.flags | (d.closed ? CLOSED : 0);
    this.scores = d.scores;
    this.activities = d.activities;
    this.access = d.access;
    this.readiness = d.readiness;
    this.phases = d.phases;
    this.suspendedNorms = d.suspendedNorms;
    this.closures = d.closures;
    this.returns = d.returns;
    this.involved = d.involved;
    this.participants = d.participants;
  }

  /** The state of case {@code id} before anything happened: not registered, version 0. */
  public static CaseState unregistered(CaseId id) {
    return new CaseState(Objects.requireNonNull(id, "id"), Draft.NOTHING);
  }

  /** The case id. */
  public CaseId id() {
    return id;
  }

  /** The number of events applied; 0 before registration. */
  public long version() {
    return version;
  }

  /** Whether the case has been registered: its registration and entry step are applied. */
  public boolean registered() {
    return step != null;
  }

  /** Whether a {@code CaseRegistered} was applied, even if the entry step was not entered yet. */
  boolean begun() {
    return definitionId != null;
  }

  /** Whether the case is open: registered and not closed. */
  public boolean open() {
    return registered() && !closed();
  }

  /** Whether the case is closed (terminal state {@code CLOSED} of R-01). */
  public boolean closed() {
    return (flags & CLOSED) != 0;
  }

  /** When the last event happened. */
  public Instant lastEventAt() {
    return requireRegistered(lastEventAt);
  }

  /** The id of the definition the case runs under. */
  public String definitionId() {
    return requireRegistered(definitionId);
  }

  /** The version of the definition the case runs under. */
  public int definitionVersion() {
    requireRegistered(definitionId);
    return definitionVersion;
  }

  /** The entry point the case was registered through. */
  public String entryPoint() {
    return requireRegistered(entryPoint);
  }

  /** The client ids: one, or two partners who are jointly liable. */
  public List<String> clients() {
    return requireRegistered(clients);
  }

  /** The current step id (the step closed from, when closed). */
  public String step() {
    return requireRegistered(step);
  }

  /** The current phase (the phase closed from, when closed). */
  public Phase phase() {
    return requireRegistered(phase);
  }

  /** The organisation holding {@code kind} of regie; empty when the definition does not use it. */
  public Optional<String> leadHolder(LeadKind kind) {
    return Optional.ofNullable(leads[kind.ordinal()]);
  }

  /**
   * Every regie holder, by kind, in the order of {@link LeadKind}: an unmodifiable view, cheap to
   * make; {@link #leadHolder} and {@link #holdsLead} allocate nothing.
   */
  public Map<LeadKind, String> leads() {
    return new LeadMap(leads);
  }

  /** Whether {@code organisation} holds some kind of regie. */
  public boolean holdsLead(String organisation) {
    for (String holder : leads) {
      if (organisation.equals(holder)) {
        return true;
      }
    }
    return false;
  }

  /** The pending handovers, at most one per kind of regie. */
  public List<PendingHandover> handovers() {
    return handovers;
  }

  /** Whether {@code organisation} is offered some kind of regie by a pending handover. */
  boolean receives(String organisation) {
    for (int i = 0; i < handovers.size(); i++) {
      if (handovers.get(i).to().equals(organisation)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The latest handover of {@code kind} that its receiver declined, if any; kept after later
   * offers, so the signals can tell whether one followed.
   */
  public Optional<DeclinedHandover> declinedHandover(LeadKind kind) {
    for (DeclinedHandover handover : declined) {
      if (handover.kind() == kind) {
        return Optional.of(handover);
      }
    }
    return Optional.empty();
  }

  /** The latest declined handover of each kind of regie that had one, in the order declined. */
  public List<DeclinedHandover> declinedHandovers() {
    return declined;
  }

  /** The pending handover of {@code kind}, if any. */
  public Optional<PendingHandover> handover(LeadKind kind) {
    for (int i = 0; i < handovers.size(); i++) {
      if (handovers.get(i).kind() == kind) {
        return Optional.of(handovers.get(i));
      }
    }
    return Optional.empty();
  }

  /** Every task, in the order they were created. */
  public List<Task> tasks() {
    return tasks;
  }

  /** The task with this id, if any. */
  public Optional<Task> task(String taskId) {
    return Optional.ofNullable(find(tasks, taskId));
  }

  /** Every appointment, in the order they were made. */
  public List<Appointment> appointments() {
    return appointments;
  }

  /** The appointment with this id, if any. */
  public Optional<Appointment> appointment(String appointmentId) {
    for (Appointment appointment : appointments) {
      if (appointment.id().equals(appointmentId)) {
        return Optional.of(appointment);
      }
    }
    return Optional.empty();
  }

  /** The contact summary. */
  public ContactLog contacts() {
    return contacts;
  }

  /** The recorded facts: fact id to value. */
  public Map<String, String> facts() {
    return facts;
  }

  /** The raised flags. */
  public Set<Flag> flags() {
    Set<Flag> set = EnumSet.noneOf(Flag.class);
    for (Flag flag : FLAGS) {
      if (flagged(flag)) {
        set.add(flag);
      }
    }
    return Collections.unmodifiableSet(set);
  }

  /** Whether {@code flag} is raised. */
  public boolean flagged(Flag flag) {
    return (flags & (1 << flag.ordinal())) != 0;
  }

  /** The latest score per assessment domain. */
  public Map<String, Integer> scores() {
    return scores;
  }

  /** Every parallel activity, running or ended, in the order they started. */
  public List<Activity> activities() {
    return activities;
  }

  /** Where the decision on access stands. */
  public AccessStatus access() {
    return access;
  }

  /** The latest readiness decision; empty until one is recorded. */
  public Optional<Readiness> readiness() {
    return Optional.ofNullable(readiness);
  }

  /** Whether the household is an admitted client, so duties such as the duty to cooperate apply. */
  public boolean admitted() {
    return access == AccessStatus.ADMITTED;
  }

  /** The date the case was registered, in Europe/Amsterdam. */
  public LocalDate registeredOn() {
    requireRegistered(step);
    return phases.get(0).enteredOn();
  }

  /** The phases the case went through, with the instant it entered each. */
  public List<PhaseEntry> phaseHistory() {
    return phases;
  }

  /** The norms whose clock is stopped. */
  public List<String> suspendedNorms() {
    return suspendedNorms;
  }

  /** The current closure, while closed. */
  public Optional<Closure> closure() {
    return closed() ? Optional.of(closures.get(closures.size() - 1)) : Optional.empty();
  }

  /** Every closure, earliest first, including those of earlier rounds before a reopen. */
  public List<Closure> closures() {
    return closures;
  }

  /** How often the case was reopened within the re-registration window (revolving door, R-68). */
  public int returns() {
    return returns;
  }

  /** Whether the case came back within the re-registration window at least once. */
  public boolean returning() {
    return returns > 0;
  }

  /**
   * The organisations involved in the case, in the order they became involved: registered it, held
   * or accepted regie, owned a task, took part in an appointment, carried an activity or was added
   * as a participant. Being offered regie does not involve an organisation until it accepts;
   * ending a task, activity or participation does not undo the involvement.
   */
  public List<String> involvedOrganisations() {
    return involved;
  }

  /** Whether {@code organisation} is involved in the case. */
  public boolean involves(String organisation) {
    return involved.contains(organisation);
  }

  /**
   * Every participant, active or ended, in the order they were added; one organisation may
   * take part again after its participation ended.
   */
  public List<Participant> participants() {
    return participants;
  }

  /** The active participation of {@code organisation} in {@code role}, if any. */
  public Optional<Participant> participant(String organisation, String role) {
    for (Participant participant : participants) {
      if (participant.activeAs(organisation, role)) {
        return Optional.of(participant);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code guard} holds on the case as it stands: the evaluator the engine uses for
   * transitions and exit criteria, and the time package for norm conditions.
   */
  public boolean satisfies(Guard guard) {
    return Guards.holds(Objects.requireNonNull(guard, "guard"), this);
  }

  private <T> T requireRegistered(T value) {
    if (step == null) {
      throw new IllegalStateException("case " + id + " is not registered"
          + (definitionId == null ? "" : "; its entry step was not entered yet"));
    }
    return value;
  }

  static Task find(List<Task> tasks, String taskId) {
    for (int i = 0; i < tasks.size(); i++) {
      if (tasks.get(i).id().equals(taskId)) {
        return tasks.get(i);
      }
    }
    return null;
  }

  Draft draft() {
    return new Draft(this);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof CaseState)) {
      return false;
    }
    CaseState that = (CaseState) other;
    return version == that.version
        && definitionVersion == that.definitionVersion
        && flags == that.flags
        && returns == that.returns
        && id.equals(that.id)
        && Objects.equals(lastEventAt, that.lastEventAt)
        && Objects.equals(definitionId, that.definitionId)
        && Objects.equals(entryPoint, that.entryPoint)
        && clients.equals(that.clients)
        && Objects.equals(step, that.step)
        && phase == that.phase
        && Arrays.equals(leads, that.leads)
        && handovers.equals(that.handovers)
        && declined.equals(that.declined)
        && tasks.equals(that.tasks)
        && appointments.equals(that.appointments)
        && contacts.equals(that.contacts)
        && facts.equals(that.facts)
        && scores.equals(that.scores)
        && activities.equals(that.activities)
        && access == that.access
        && Objects.equals(readiness, that.readiness)
        && phases.equals(that.phases)
        && suspendedNorms.equals(that.suspendedNorms)
        && closures.equals(that.closures)
        && involved.equals(that.involved)
        && participants.equals(that.participants);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, version, step, tasks, appointments, Arrays.hashCode(leads), flags);
  }

  /** Names the case, its step and version; never personal data. */
  @Override
  public String toString() {
    return "CaseState[" + id + (registered() ? " " + step + (closed() ? " (closed)" : "") : " unregistered")
        + " v" + version + "]";
  }

  /** A mutable copy that {@link Evolver} changes and then freezes into a new state. Not threadsafe. */
  static final class Draft {
    CaseId id;
    long version;
    Instant lastEventAt;
    String definitionId;
    int definitionVersion;
    String entryPoint;
    List<String> clients;
    String step;
    Phase phase;
    String[] leads;
    List<PendingHandover> handovers;
    List<DeclinedHandover> declined;
    List<Task> tasks;
    List<Appointment> appointments;
    ContactLog contacts;
    Map<String, String> facts;
    int flags;
    Map<String, Integer> scores;
    List<Activity> activities;
    AccessStatus access;
    Readiness readiness;
    List<PhaseEntry> phases;
    List<String> suspendedNorms;
    List<Closure> closures;
    boolean closed;
    int returns;
    List<String> involved;
    List<Participant> participants;

    /** Nothing happened yet, to any case: read, never changed. */
    static final Draft NOTHING = new Draft();

    /** The defaults are set here, not on the fields, so that copying a state does not set them first. */
    private Draft() {
      clients = List.of();
      leads = NO_LEADS;
      handovers = List.of();
      declined = List.of();
      tasks = List.of();
      appointments = List.of();
      contacts = ContactLog.EMPTY;
      facts = Map.of();
      scores = Map.of();
      activities = List.of();
      access = AccessStatus.UNDECIDED;
      phases = List.of();
      suspendedNorms = List.of();
      closures = List.of();
      involved = List.of();
      participants = List.of();
    }

    Draft(CaseState s) {
      id = s.id;
      version = s.version;
      lastEventAt = s.lastEventAt;
      definitionId = s.definitionId;
      definitionVersion = s.definitionVersion;
      entryPoint = s.entryPoint;
      clients = s.clients;
      step = s.step;
      phase = s.phase;
      leads = s.leads;
      handovers = s.handovers;
      declined = s.declined;
      tasks = s.tasks;
      appointments = s.appointments;
      contacts = s.contacts;
      facts = s.facts;
      flags = s.flags & ~CLOSED;
      scores = s.scores;
      activities = s.activities;
      access = s.access;
      readiness = s.readiness;
      phases = s.phases;
      suspendedNorms = s.suspendedNorms;
      closures = s.closures;
      closed = s.closed();
      returns = s.returns;
      involved = s.involved;
      participants = s.participants;
    }

    /**
     * Sets the holder of {@code kind}. States never change an array they hold, so they share them:
     * one array per combination of holders for every case (up to a limit), not one per case.
     */
    void lead(LeadKind kind, String organisation) {
      String[] copy = leads.clone();
      copy[kind.ordinal()] = organisation;
      int slot = Arrays.hashCode(copy) & (RECENT_LEADS.length - 1);
      String[] recent = RECENT_LEADS[slot];
      if (recent != null && Arrays.equals(recent, copy)) {
        leads = recent;
        return;
      }
      List<String> key = Arrays.asList(copy);
      String[] shared = SHARED_LEADS.get(key);
      if (shared == null && SHARED_LEADS.size() < SHARED_LEADS_LIMIT) {
        shared = SHARED_LEADS.putIfAbsent(key, copy);
      }
      leads = shared != null ? shared : copy;
      RECENT_LEADS[slot] = leads;
    }

    void involve(String organisation) {
      if (!involved.contains(organisation)) {
        involved = plus(involved, organisation);
      }
    }

    CaseState build() {
      return new CaseState(id, this);
    }
  }

  /**
   * A new unmodifiable list: {@code l} with {@code e} appended. Up to ten elements through the
   * fixed-arity {@code List.of}, which keeps the one array it makes; {@code List.of(array)} would
   * copy an array made first, so a short list would cost two arrays, and their copying.
   */
  static <T> List<T> plus(List<T> l, T e) {
    switch (l.size()) {
      case 0: return List.of(e);
      case 1: return List.of(l.get(0), e);
      case 2: return List.of(l.get(0), l.get(1), e);
      case 3: return List.of(l.get(0), l.get(1), l.get(2), e);
      case 4: return List.of(l.get(0), l.get(1), l.get(2), l.get(3), e);
      case 5: return List.of(l.get(0), l.get(1), l.get(2), l.get(3), l.get(4), e);
      case 6: return List.of(l.get(0), l.get(1), l.get(2), l.get(3), l.get(4), l.get(5), e);
      case 7: return List.of(l.get(0), l.get(1), l.get(2), l.get(3), l.get(4), l.get(5), l.get(6), e);
      case 8: return List.of(l.get(0), l.get(1), l.get(2), l.get(3), l.get(4), l.get(5), l.get(6), l.get(7), e);
      case 9: return List.of(l.get(0), l.get(1), l.get(2), l.get(3), l.get(4), l.get(5), l.get(6), l.get(7), l.get(8), e);
      default:
        Object[] copy = l.toArray(new Object[l.size() + 1]);
        copy[copy.length - 1] = e;
        return listOf(copy);
    }
  }

  /**
   * An unmodifiable list of {@code elements}, none null: {@code List.of} keeps one small object (no
   * array at all for one or two elements) where an unmodifiable {@code ArrayList} keeps three.
   */
  @SuppressWarnings("unchecked")
  static <T> List<T> listOf(Object[] elements) {
    return (List<T>) List.of(elements);
  }
}
