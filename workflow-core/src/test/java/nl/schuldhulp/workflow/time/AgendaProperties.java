package nl.schuldhulp.workflow.time;

import static nl.schuldhulp.workflow.testing.SampleDefinitions.BUURTTEAM;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.GENERALIST;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.SCHULDHULPVERLENER;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.WENI;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import nl.schuldhulp.workflow.casefile.CaseId;
import nl.schuldhulp.workflow.casefile.CaseState;
import nl.schuldhulp.workflow.casefile.Event;
import nl.schuldhulp.workflow.casefile.Task;
import nl.schuldhulp.workflow.definition.Assignee;
import nl.schuldhulp.workflow.definition.LeadKind;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import org.junit.jupiter.api.Test;

/**
 * The agenda answers exactly what a brute-force scan of every case answers, on random case loads:
 * the scan derives each case's due items from its replayed state and {@link NormEvaluator}, and its
 * signals from {@link Signals}.
 */
class AgendaProperties {
  private static final WorkflowDefinition DEFINITION = NormEvaluatorTest.utrecht();
  private static final int LIMIT = 3;
  private static final String[][] OWNERS = {
      {BUURTTEAM, ""}, {WENI, ""}, {BUURTTEAM, GENERALIST}, {WENI, SCHULDHULPVERLENER}, {"corporatie", ""}};

  @Test
  void agendaAnswersWhatABruteForceScanAnswers() {
    SeededProperty.forAll("agenda equals a brute-force scan", random -> RandomCases.load(random, 10, 30), RandomCases::shrink)
        .holds(40, load -> {
          List<CaseScript> cases = new ArrayList<>();
          for (int i = 0; i < load.size(); i++) {
            cases.add(RandomCases.play(DEFINITION, "case-" + (char) ('a' + (i * 7) % 26) + i, load.get(i)));
          }
          List<Event> all = new ArrayList<>();
          cases.forEach(script -> all.addAll(script.events));
          all.sort(Comparator.comparing(Event::at));
          Agenda agenda = Agenda.of(List.of(DEFINITION), CaseScript.CALENDAR);
          all.forEach(agenda::apply);
          Map<CaseId, Integer> firstSeen = new HashMap<>();
          all.forEach(event -> firstSeen.putIfAbsent(event.caseId(), firstSeen.size()));

          Instant last = all.get(all.size() - 1).at();
          for (int days : new int[] {0, 1, 4, 9, 20, 45, 100, 400}) {
            Instant now = last.plus(Duration.ofDays(days)).plusSeconds(1);
            Map<CaseId, List<Signal>> signals = new HashMap<>();
            Map<CaseId, List<AgendaItem>> items = new HashMap<>();
            for (CaseScript script : cases) {
              signals.put(script.state.id(), script.signals(now));
              items.put(script.state.id(), items(script, now));
            }
            for (SignalKind kind : SignalKind.values()) {
              assertThat(agenda.casesWithSignal(kind, now, LIMIT)).as("%s at %s", kind, now)
                  .isEqualTo(scanSignals(signals, kind));
            }
            LocalDate today = LocalDate.ofInstant(now, BusinessCalendar.ZONE);
            for (LocalDate by : List.of(today.minusDays(10), today, today.plusDays(30), LocalDate.MAX)) {
              int limit = by.equals(LocalDate.MAX) ? Integer.MAX_VALUE : LIMIT; // and once every item
              for (String[] owner : OWNERS) {
                Page<AgendaItem> answer = owner[1].isEmpty()
                    ? agenda.due(owner[0], by, limit) : agenda.due(owner[0], owner[1], by, limit);
                assertThat(answer).as("%s/%s by %s", owner[0], owner[1], by)
                    .isEqualTo(scanDue(items, firstSeen, owner[0], owner[1], by, limit));
              }
            }
          }
        });
  }

  private static Page<CaseId> scanSignals(Map<CaseId, List<Signal>> signals, SignalKind kind) {
    List<CaseId> raised = signals.entrySet().stream()
        .filter(entry -> entry.getValue().stream().anyMatch(signal -> signal.kind() == kind))
        .map(Map.Entry::getKey)
        .sorted(Comparator.comparing(CaseId::value))
        .toList();
    return new Page<>(raised.subList(0, Math.min(LIMIT, raised.size())), raised.size());
  }

  /** The items due by {@code by}: by due date, then in the order the agenda first saw the cases, kind and subject. */
  private static Page<AgendaItem> scanDue(Map<CaseId, List<AgendaItem>> items, Map<CaseId, Integer> firstSeen,
      String organisation, String role, LocalDate by, int limit) {
    List<AgendaItem> due = items.values().stream().flatMap(List::stream)
        .filter(item -> item.organisation().equals(organisation) && (role.isEmpty() || item.role().equals(role)))
        .filter(item -> !item.due().isAfter(by))
        .sorted(Comparator.comparing(AgendaItem::due).thenComparing(item -> firstSeen.get(item.caseId()))
            .thenComparing(AgendaItem::kind).thenComparing(AgendaItem::subject))
        .toList();
    return new Page<>(due.subList(0, Math.min(limit, due.size())), due.size());
  }

  /** A case's open tasks and running, unsuspended norm clocks, from public API only. */
  private static List<AgendaItem> items(CaseScript script, Instant now) {
    CaseState state = script.state;
    List<AgendaItem> items = new ArrayList<>();
    if (!state.open()) {
      return items;
    }
    String lead = state.leadHolder(LeadKind.CLIENT_LEAD).orElseThrow();
    for (Task task : state.tasks()) {
      if (task.open()) {
        boolean client = !(task.owner() instanceof Assignee.OrganisationRole);
        items.add(new AgendaItem(state.id(), AgendaItem.Kind.TASK, task.id(), task.text(), task.due(),
            client ? lead : ((Assignee.OrganisationRole) task.owner()).organisation(),
            client ? "" : ((Assignee.OrganisationRole) task.owner()).role()));
      }
    }
    for (NormStatus status : script.norms(now)) {
      LocalDate due = null;
      if (status instanceof NormStatus.Pending && !((NormStatus.Pending) status).suspended()) {
        due = ((NormStatus.Pending) status).due();
      } else if (status instanceof NormStatus.Breached
          && ((NormStatus.Breached) status).clock() == NormStatus.Breached.Clock.RUNNING) {
        due = ((NormStatus.Breached) status).due();
      }
      if (due != null) {
        items.add(new AgendaItem(state.id(), AgendaItem.Kind.NORM, status.norm(),
            DEFINITION.norm(status.norm()).orElseThrow().label(), due, lead, ""));
      }
    }
    return items;
  }
}
