package nl.schuldhulp.workflow.jackson.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.schuldhulp.workflow.casefile.AccessOutcome;
import nl.schuldhulp.workflow.casefile.ActivityOutcome;
import nl.schuldhulp.workflow.casefile.Actor;
import nl.schuldhulp.workflow.casefile.CaseId;
import nl.schuldhulp.workflow.casefile.Change;
import nl.schuldhulp.workflow.casefile.ContactChannel;
import nl.schuldhulp.workflow.casefile.ContactDirection;
import nl.schuldhulp.workflow.casefile.Event;
import nl.schuldhulp.workflow.casefile.FollowUp;
import nl.schuldhulp.workflow.casefile.LifeEventKind;
import nl.schuldhulp.workflow.definition.ActivityKind;
import nl.schuldhulp.workflow.definition.AppointmentKind;
import nl.schuldhulp.workflow.definition.Assignee;
import nl.schuldhulp.workflow.definition.ClosureType;
import nl.schuldhulp.workflow.definition.EntryChannel;
import nl.schuldhulp.workflow.definition.Flag;
import nl.schuldhulp.workflow.definition.HandoverMode;
import nl.schuldhulp.workflow.definition.LeadKind;
import nl.schuldhulp.workflow.definition.Phase;
import nl.schuldhulp.workflow.definition.Term;
import nl.schuldhulp.workflow.definition.TermUnit;
import nl.schuldhulp.workflow.jackson.Draws;

/**
 * Makes random events of every {@link Change} type from {@link Draws}, with texts that test the
 * JSON encoding (quotes, backslashes, control characters, line separators, diacritics, emoji and
 * unpaired surrogates), instants with and without fractions and far from now, and every constant.
 * The simplest choices make {@code "a"}, the epoch and first constants.
 */
final class EventGenerator {
  private static final String[] LETTERS = {
    "a", "b", "z", " ", "ë", "é", "\"", "\\", "/", "\n", "\r", "\t", "\u0000", "\u001f", "\u2028", "~", "😀", "\uD800", "\uDC00", "{"
  };

  private EventGenerator() {}

  /** One generator per change type: the test that every type has one is in {@link CodecTableTest}. */
  static final Map<Class<? extends Change>, Function<Draws, Change>> CHANGES = Map.ofEntries(
      Map.entry(Change.CaseRegistered.class, d -> new Change.CaseRegistered(
          word(d), 1 + d.below(1000), word(d), d.oneOf(EntryChannel.values()), d.bool() ? List.of(word(d)) : List.of(word(d), word(d)))),
      Map.entry(Change.LeadAssigned.class, d -> new Change.LeadAssigned(d.oneOf(LeadKind.values()), word(d))),
      Map.entry(Change.StepEntered.class, d -> new Change.StepEntered(word(d), d.oneOf(Phase.values()), text(d))),
      Map.entry(Change.LeadHandoverProposed.class, d -> new Change.LeadHandoverProposed(
          d.oneOf(LeadKind.values()), "a" + text(d), "b" + text(d), d.oneOf(HandoverMode.values()), word(d))),
      Map.entry(Change.LeadHandoverAccepted.class, d -> new Change.LeadHandoverAccepted(d.oneOf(LeadKind.values()), word(d), word(d))),
      Map.entry(Change.LeadHandoverDeclined.class, d -> new Change.LeadHandoverDeclined(
          d.oneOf(LeadKind.values()), word(d), word(d), word(d))),
      Map.entry(Change.LeadHandoverWithdrawn.class, d -> new Change.LeadHandoverWithdrawn(
          d.oneOf(LeadKind.values()), word(d), word(d), word(d))),
      Map.entry(Change.TaskAssigned.class, d -> new Change.TaskAssigned(
          word(d), text(d), word(d), assignee(d), date(d), d.bool(), d.bool(), word(d))),
      Map.entry(Change.TaskCompleted.class, d -> new Change.TaskCompleted(word(d), text(d))),
      Map.entry(Change.TaskCancelled.class, d -> new Change.TaskCancelled(word(d), text(d), word(d))),
      Map.entry(Change.AppointmentScheduled.class, d -> new Change.AppointmentScheduled(
          word(d), d.oneOf(AppointmentKind.values()), instant(d), words(d), d.bool())),
      Map.entry(Change.AppointmentHeld.class, d -> new Change.AppointmentHeld(
          word(d), d.oneOf(AppointmentKind.values()), word(d), followUp(d))),
      Map.entry(Change.AppointmentMissed.class, d -> new Change.AppointmentMissed(word(d), d.oneOf(AppointmentKind.values()), word(d))),
      Map.entry(Change.AppointmentCancelled.class,
          d -> new Change.AppointmentCancelled(word(d), d.oneOf(AppointmentKind.values()), word(d))),
      Map.entry(Change.ContactRecorded.class, d -> new Change.ContactRecorded(
          d.oneOf(ContactChannel.values()), d.oneOf(ContactDirection.values()), d.bool())),
      Map.entry(Change.FactRecorded.class, d -> new Change.FactRecorded(word(d), word(d))),
      Map.entry(Change.FlagRaised.class, d -> new Change.FlagRaised(d.oneOf(Flag.values()), word(d))),
      Map.entry(Change.FlagCleared.class, d -> new Change.FlagCleared(d.oneOf(Flag.values()), word(d))),
      Map.entry(Change.AssessmentRecorded.class, d -> new Change.AssessmentRecorded(word(d), 1 + d.below(5))),
      Map.entry(Change.AccessDecided.class, d -> new Change.AccessDecided(d.oneOf(AccessOutcome.values()), date(d), word(d))),
      Map.entry(Change.TerminationDecided.class, d -> new Change.TerminationDecided(date(d), word(d))),
      Map.entry(Change.ReadinessRecorded.class, d -> new Change.ReadinessRecorded(d.bool(), words(d), word(d))),
      Map.entry(Change.ActivityStarted.class, d -> new Change.ActivityStarted(word(d), d.oneOf(ActivityKind.values()), word(d))),
      Map.entry(Change.ActivityEnded.class, d -> new Change.ActivityEnded(
          word(d), d.oneOf(ActivityKind.values()), word(d), word(d), d.oneOf(ActivityOutcome.values()))),
      Map.entry(Change.LifeEventRecorded.class, d -> new Change.LifeEventRecorded(d.oneOf(LifeEventKind.values()))),
      Map.entry(Change.ClockSuspended.class, d -> new Change.ClockSuspended(word(d), word(d))),
      Map.entry(Change.ClockResumed.class, d -> new Change.ClockResumed(word(d))),
      Map.entry(Change.DeadlineExtended.class, d -> new Change.DeadlineExtended(
          word(d), new Term(d.below(3) == 0 ? Integer.MAX_VALUE : d.below(400), d.oneOf(TermUnit.values())), word(d))),
      Map.entry(Change.ParticipantAdded.class, d -> new Change.ParticipantAdded(word(d), word(d), text(d), word(d))),
      Map.entry(Change.ParticipationEnded.class, d -> new Change.ParticipationEnded(word(d), word(d), word(d))),
      Map.entry(Change.CaseClosed.class, d -> new Change.CaseClosed(
          word(d), d.oneOf(ClosureType.values()), word(d), text(d), word(d))),
      Map.entry(Change.CaseReopened.class, d -> new Change.CaseReopened(word(d), d.bool())));

  /** The types in a stable order, so a seed always makes the same values. */
  static final List<Class<? extends Change>> TYPES =
      CHANGES.keySet().stream().sorted(java.util.Comparator.comparing(Class::getSimpleName)).toList();

  /** An event of any type. */
  static Event event(Draws d) {
    return event(d, d.oneOf(TYPES), 1 + d.below(1_000_000));
  }

  /** An event of {@code type} with {@code version}. */
  static Event event(Draws d, Class<? extends Change> type, long version) {
    return new Event(CaseId.of(word(d)), version, instant(d), actor(d), CHANGES.get(type).apply(d));
  }

  /** A case's stream: one case, versions 1, 2, 3, ... */
  static List<Event> stream(Draws d) {
    CaseId caseId = CaseId.of(word(d));
    List<Event> events = new ArrayList<>();
    for (int count = d.below(20); events.size() < count; ) {
      Event event = event(d, d.oneOf(TYPES), events.size() + 1);
      events.add(new Event(caseId, event.version(), event.at(), event.actor(), event.change()));
    }
    return events;
  }

  /** Any text, possibly empty or blank. */
  static String text(Draws d) {
    StringBuilder text = new StringBuilder();
    for (int length = d.below(4) == 3 ? d.below(40) : d.below(6); length > 0; length--) {
      text.append(d.oneOf(LETTERS));
    }
    return text.toString();
  }

  /** A text that is not blank: ids, reasons. */
  static String word(Draws d) {
    return "a" + text(d);
  }

  static List<String> words(Draws d) {
    List<String> words = new ArrayList<>();
    for (int count = d.below(4); count > 0; count--) {
      words.add(word(d));
    }
    return words;
  }

  static Instant instant(Draws d) {
    switch (d.below(8)) {
      case 0:
        return Instant.EPOCH;
      case 1:
        return Instant.MIN;
      case 2:
        return Instant.MAX;
      case 3:
        return Instant.ofEpochSecond(1_700_000_000L + d.below(Integer.MAX_VALUE), d.below(1_000_000_000));
      default:
        return Instant.ofEpochSecond(1_700_000_000L + d.below(300_000_000), d.bool() ? 0 : 1_000_000L * d.below(1000));
    }
  }

  static LocalDate date(Draws d) {
    return d.below(10) == 9 ? d.oneOf(new LocalDate[] {LocalDate.MIN, LocalDate.MAX}) : LocalDate.ofEpochDay(20_000 + d.below(5_000));
  }

  static Actor actor(Draws d) {
    return d.bool() ? Actor.client(word(d)) : Actor.professional(word(d), word(d), word(d));
  }

  static Assignee assignee(Draws d) {
    return d.bool() ? Assignee.client() : Assignee.role(word(d), word(d));
  }

  static FollowUp followUp(Draws d) {
    switch (d.below(3)) {
      case 0:
        return FollowUp.notRecorded();
      case 1:
        return FollowUp.scheduled(word(d));
      default:
        return FollowUp.none(word(d));
    }
  }
}
