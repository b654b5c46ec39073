package nl.schuldhulp.workflow.jackson.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.schuldhulp.workflow.casefile.AccessOutcome;
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
import org.junit.jupiter.api.Test;

/**
 * The golden JSON Lines file documents the event format by example: one case's history with every
 * event type. Both the file and the events below are written by hand; reading the one must give
 * the other, and writing the other must give the file to the byte.
 */
class GoldenFileTest {
  static final String GOLDEN = "/events/golden.jsonl";

  private static final Actor MUNICIPALITY = Actor.professional("gemeente", "consulent", "p-03");
  private static final Actor NEIGHBOURHOOD_TEAM = Actor.professional("buurtteam", "schuldhulpverlener", "p-17");
  private static final Actor CREDIT_BANK = Actor.professional("kredietbank", "budgetbeheerder", "k-2");
  private static final Actor CLIENT = Actor.client("c-1");

  private final List<Event> expected = new ArrayList<>();

  @Test
  void readsTheGoldenFileIntoTheDocumentedEvents() {
    assertThat(EventJson.ofDefaults().readLines(golden())).containsExactlyElementsOf(goldenEvents());
  }

  @Test
  void writesTheDocumentedEventsAsTheGoldenFileExactly() {
    assertThat(EventJson.ofDefaults().writeLines(goldenEvents())).isEqualTo(text(golden()));
  }

  @Test
  void theGoldenFileHoldsEveryEventType() {
    assertThat(goldenEvents().stream().<Class<?>>map(event -> event.change().getClass()).distinct())
        .containsExactlyInAnyOrder(Change.class.getPermittedSubclasses());
  }

  static Reader golden() {
    InputStream bytes = GoldenFileTest.class.getResourceAsStream(GOLDEN);
    assertThat(bytes).as(GOLDEN).isNotNull();
    return new InputStreamReader(bytes, StandardCharsets.UTF_8);
  }

  static String text(Reader reader) {
    try (reader) {
      StringBuilder text = new StringBuilder();
      char[] buffer = new char[4096];
      for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
        text.append(buffer, 0, n);
      }
      return text.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<Event> goldenEvents() {
    add("2026-03-02T09:00:00Z", MUNICIPALITY,
        new Change.CaseRegistered("kanteling", 3, "zelfmelding", EntryChannel.SELF, List.of("c-1", "c-2")));
    add("2026-03-02T09:00:00Z", MUNICIPALITY, new Change.LeadAssigned(LeadKind.CLIENT_LEAD, "buurtteam"));
    add("2026-03-02T09:00:00Z", MUNICIPALITY, new Change.StepEntered("aanmelding", Phase.REGISTRATION, ""));
    add("2026-03-02T09:05:30.250Z", MUNICIPALITY, new Change.FlagRaised(Flag.URGENT, "dreigende huisuitzetting"));
    add("2026-03-02T09:10:00Z", NEIGHBOURHOOD_TEAM, new Change.AppointmentScheduled(
        "a-1", AppointmentKind.INTAKE, Instant.parse("2026-03-04T08:30:00Z"), List.of("buurtteam", "gemeente"), true));
    add("2026-03-03T14:00:00Z", NEIGHBOURHOOD_TEAM,
        new Change.ContactRecorded(ContactChannel.PHONE, ContactDirection.OUTBOUND, false));
    add("2026-03-04T10:00:00Z", NEIGHBOURHOOD_TEAM, new Change.AppointmentHeld("a-1", AppointmentKind.INTAKE,
        "Eerste gesprek gevoerd; cliënt brengt de brieven mee.", FollowUp.scheduled("a-2")));
    add("2026-03-04T10:05:00Z", NEIGHBOURHOOD_TEAM, new Change.FactRecorded("spoor", "3"));
    add("2026-03-04T10:06:00Z", NEIGHBOURHOOD_TEAM, new Change.AssessmentRecorded("financien", 2));
    add("2026-03-04T10:10:00Z", NEIGHBOURHOOD_TEAM, new Change.TaskAssigned("t-1", "brieven",
        "Verzamel alle brieven van schuldeisers", Assignee.client(), LocalDate.of(2026, 3, 18), true, true, "aanmelding"));
    add("2026-03-16T19:45:00Z", CLIENT, new Change.TaskCompleted("t-1", "brieven"));
    add("2026-03-17T08:00:00Z", NEIGHBOURHOOD_TEAM, new Change.TaskAssigned("t-2", "", "Bel de verhuurder",
        Assignee.role("gemeente", "consulent"), LocalDate.of(2026, 3, 19), false, false, "aanmelding"));
    add("2026-03-17T11:00:00Z", MUNICIPALITY, new Change.TaskCancelled("t-2", "", "verhuurder heeft zelf gebeld"));
    add("2026-03-17T11:05:00Z", MUNICIPALITY, new Change.ClockSuspended("wgs-beschikking", "wacht op loonstroken"));
    add("2026-03-19T09:00:00Z", MUNICIPALITY, new Change.ClockResumed("wgs-beschikking"));
    add("2026-03-19T09:01:00Z", MUNICIPALITY, new Change.DeadlineExtended(
        "wgs-beschikking", new Term(5, TermUnit.WORKING_DAYS), "complexe schuldsituatie"));
    add("2026-03-20T15:00:00Z", MUNICIPALITY, new Change.AccessDecided(AccessOutcome.ADMITTED, LocalDate.of(2026, 3, 20),
        "Problematische schulden; toelating tot schuldhulpverlening."));
    add("2026-03-20T15:00:00Z", MUNICIPALITY, new Change.StepEntered("stabilisatie", Phase.STABILISATION, "aanmelding"));
    add("2026-03-20T15:00:00Z", NEIGHBOURHOOD_TEAM, new Change.LeadHandoverProposed(
        LeadKind.PROCESS_LEAD, "buurtteam", "gemeente", HandoverMode.WARM, "stap stabilisatie"));
    add("2026-03-21T09:00:00Z", MUNICIPALITY,
        new Change.LeadHandoverDeclined(LeadKind.PROCESS_LEAD, "buurtteam", "gemeente", "eerst driegesprek"));
    add("2026-03-23T09:00:00Z", NEIGHBOURHOOD_TEAM, new Change.LeadHandoverProposed(
        LeadKind.PROCESS_LEAD, "buurtteam", "gemeente", HandoverMode.COLD, "stap stabilisatie"));
    add("2026-03-23T12:00:00Z", NEIGHBOURHOOD_TEAM, new Change.LeadHandoverWithdrawn(
        LeadKind.PROCESS_LEAD, "buurtteam", "gemeente", "warme overdracht afgesproken"));
    add("2026-03-24T09:00:00Z", NEIGHBOURHOOD_TEAM, new Change.LeadHandoverProposed(
        LeadKind.PROCESS_LEAD, "buurtteam", "gemeente", HandoverMode.WARM, "driegesprek gepland"));
    add("2026-03-25T09:00:00Z", MUNICIPALITY,
        new Change.LeadHandoverAccepted(LeadKind.PROCESS_LEAD, "buurtteam", "gemeente"));
    add("2026-04-01T08:00:00Z", CREDIT_BANK,
        new Change.ActivityStarted("act-1", ActivityKind.BUDGET_MANAGEMENT, "kredietbank"));
    add("2026-04-07T09:30:00Z", MUNICIPALITY,
        new Change.AppointmentMissed("a-2", AppointmentKind.PROGRESS_REVIEW, "niet verschenen"));
    add("2026-04-07T09:35:00Z", MUNICIPALITY, new Change.AppointmentScheduled(
        "a-3", AppointmentKind.HOME_VISIT, Instant.parse("2026-04-09T13:00:00Z"), List.of(), true));
    add("2026-04-09T14:00:00Z", MUNICIPALITY, new Change.AppointmentHeld(
        "a-3", AppointmentKind.HOME_VISIT, "Huisbezoek; post geordend.", FollowUp.notRecorded()));
    add("2026-05-12T10:00:00Z", MUNICIPALITY, new Change.LifeEventRecorded(LifeEventKind.JOB_LOSS));
    add("2026-05-12T10:01:00Z", MUNICIPALITY, new Change.FlagCleared(Flag.URGENT, "huur betaald, uitzetting van de baan"));
    add("2026-08-31T16:00:00Z", CREDIT_BANK, new Change.ActivityEnded(
        "act-1", ActivityKind.BUDGET_MANAGEMENT, "kredietbank", "op verzoek van de cliënt"));
    add("2026-09-01T10:00:00Z", MUNICIPALITY, new Change.TerminationDecided(
        LocalDate.of(2026, 9, 1), "Geen medewerking meer na drie herinneringen."));
    add("2026-09-01T11:00:00Z", MUNICIPALITY, new Change.AppointmentHeld(
        "a-4", AppointmentKind.EXIT_INTERVIEW, "Afsluitend gesprek.", FollowUp.none("zaak wordt gesloten")));
    add("2026-09-01T11:05:00Z", MUNICIPALITY,
        new Change.CaseClosed("beeindigd", ClosureType.NEGATIVE, "consulent", "", "beëindigingsbeschikking"));
    add("2027-01-15T09:00:00Z", CLIENT, new Change.CaseReopened("cliënt meldt zich opnieuw", true));
    add("2027-02-01T10:00:00Z", MUNICIPALITY, new Change.ReadinessRecorded(true,
        List.of("motivatie", "vaardigheden", "oplosbaarheid", "stabiliteit"), "Rijp: inkomen stabiel, schulden oplosbaar."));
    add("2027-02-02T09:00:00Z", MUNICIPALITY,
        new Change.AppointmentCancelled("a-5", AppointmentKind.PROGRESS_REVIEW, "zaak gesloten"));
    add("2027-02-03T09:00:00Z", MUNICIPALITY,
        new Change.ParticipantAdded("werk-en-inkomen", "trajectbegeleider", "", "begeleiding naar werk"));
    add("2027-03-01T16:00:00Z", MUNICIPALITY,
        new Change.ParticipationEnded("werk-en-inkomen", "trajectbegeleider", "advies gegeven"));
    return expected;
  }

  private void add(String at, Actor actor, Change change) {
    expected.add(new Event(CaseId.of("2026-0042"), expected.size() + 1, Instant.parse(at), actor, change));
  }
}
