package nl.schuldhulp.workflow.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.schuldhulp.workflow.casefile.Event;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import org.junit.jupiter.api.Test;

/**
 * A {@link NormTracker} gives the statuses {@link NormEvaluator} gives for the same history,
 * however the history is split over {@link NormTracker#after} and whichever tracker it branches from,
 * and a tracker branched from stays as it was. Over random case histories of the Kanteling fixture
 * with Utrecht's local norms.
 */
class NormTrackerProperties {
  private static final WorkflowDefinition DEFINITION = NormEvaluatorTest.utrecht();
  private static final int[] LATER_DAYS = {0, 1, 8, 30, 122};

  @Test
  void aTrackerGivesTheEvaluatorsStatusesHoweverTheHistoryIsSplit() {
    SeededProperty.forAll("a tracker equals the evaluator",
            random -> RandomCases.caseSpec(random, 40), RandomCases::shrink)
        .holds(150, spec -> {
          List<Event> events = RandomCases.play(DEFINITION, "case-1", spec).events;
          List<NormTracker> trackers = new ArrayList<>(); // trackers.get(i) has folded the first i events
          trackers.add(NormTracker.of(DEFINITION, CaseScript.CALENDAR));
          for (Event event : events) {
            trackers.add(trackers.get(trackers.size() - 1).after(List.of(event)));
          }
          for (int i = 1; i <= events.size(); i++) {
            List<Event> prefix = events.subList(0, i);
            for (Instant at : laterThan(prefix)) {
              List<NormStatus> expected = NormEvaluator.evaluate(DEFINITION, prefix, at, CaseScript.CALENDAR);
              assertThat(trackers.get(i).statuses(at)).as("event by event, %s events, at %s", i, at).isEqualTo(expected);
              // a branch that folds the rest in one call, from a tracker that has since been branched from again
              int from = i / 2;
              assertThat(trackers.get(from).after(events.subList(from, i)).statuses(at))
                  .as("from %s events in one call to %s, at %s", from, i, at).isEqualTo(expected);
            }
          }
          Instant end = events.get(events.size() - 1).at();
          assertThat(trackers.get(0).statuses(end)).as("before any event")
              .isEqualTo(NormEvaluator.evaluate(DEFINITION, List.of(), end, CaseScript.CALENDAR));
        });
  }

  /** The instant of the last event and days after it. */
  private static List<Instant> laterThan(List<Event> events) {
    Instant last = events.get(events.size() - 1).at();
    List<Instant> instants = new ArrayList<>();
    for (int days : LATER_DAYS) {
      instants.add(last.plus(Duration.ofDays(days)));
    }
    return instants;
  }
}
