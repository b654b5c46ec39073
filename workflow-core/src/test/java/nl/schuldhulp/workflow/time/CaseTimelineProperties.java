package nl.schuldhulp.workflow.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import nl.schuldhulp.workflow.casefile.Event;
import nl.schuldhulp.workflow.casefile.Task;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import org.junit.jupiter.api.Test;

/**
 * A timeline reports every change its events make, so the {@link Agenda} may ask again only for
 * what was reported: after an event, each part of the items and windows that {@link
 * CaseTimeline#apply} did not report (the case's own windows, the clocks', the tasks that are
 * still the same object) is what it was before; and every item and window has a slot of its own,
 * within the slots the timeline counts.
 */
class CaseTimelineProperties {
  private static final WorkflowDefinition DEFINITION = NormEvaluatorTest.utrecht();

  /** What the timeline hands over, part by part. */
  record Parts(List<String> caseWindows, List<String> clockWindows, List<String> clockItems, List<Task> tasks,
      List<List<String>> taskWindows, List<List<String>> taskItems) {
    /** The parts of an open case; none of a closed one (the agenda asks only about open cases). */
    static Parts of(CaseTimeline timeline) {
      if (!timeline.state().open()) {
        return new Parts(List.of(), List.of(), List.of(), timeline.state().tasks(), List.of(), List.of());
      }
      List<List<String>> taskWindows = new ArrayList<>();
      List<List<String>> taskItems = new ArrayList<>();
      for (int task = 0; task < timeline.state().tasks().size(); task++) {
        int index = task;
        taskWindows.add(windows(sink -> timeline.taskWindow(index, sink)));
        taskItems.add(items(sink -> timeline.taskItem(index, sink)));
      }
      return new Parts(windows(timeline::caseWindows), windows(timeline::clockWindows), items(timeline::clockItems),
          timeline.state().tasks(), taskWindows, taskItems);
    }
  }

  @Test
  void whatAnEventIsNotReportedToChangeStaysTheSame() {
    SeededProperty.forAll("a timeline reports every change", random -> RandomCases.caseSpec(random, 60), RandomCases::shrink)
        .holds(300, spec -> {
          List<Event> events = RandomCases.play(DEFINITION, "case-1", spec).events;
          CaseTimeline timeline = new CaseTimeline(events.get(0).caseId(), DEFINITION, CaseScript.CALENDAR);
          Parts before = Parts.of(timeline);
          for (Event event : events) {
            int changes = timeline.apply(event);
            Parts after = Parts.of(timeline);
            if ((changes & CaseTimeline.OPEN) == 0) {
              if ((changes & CaseTimeline.CASE) == 0) {
                assertThat(after.caseWindows()).as("case windows after %s", event).isEqualTo(before.caseWindows());
              }
              if ((changes & CaseTimeline.CLOCKS) == 0) {
                assertThat(after.clockWindows()).as("clock windows after %s", event).isEqualTo(before.clockWindows());
              }
              if ((changes & (CaseTimeline.CLOCKS | CaseTimeline.LEAD)) == 0) {
                assertThat(after.clockItems()).as("clock items after %s", event).isEqualTo(before.clockItems());
              }
              if ((changes & CaseTimeline.TASKS) == 0) {
                assertThat(after.tasks()).as("tasks after %s", event).isSameAs(before.tasks());
              }
              for (int task = 0; task < Math.min(before.taskItems().size(), after.taskItems().size()); task++) {
                if (after.tasks().get(task) == before.tasks().get(task)) {
                  assertThat(after.taskWindows().get(task)).as("window of task %s after %s", task, event)
                      .isEqualTo(before.taskWindows().get(task));
                  if ((changes & CaseTimeline.LEAD) == 0) {
                    assertThat(after.taskItems().get(task)).as("item of task %s after %s", task, event)
                        .isEqualTo(before.taskItems().get(task));
                  }
                }
              }
            }
            List<Integer> windowSlots = new ArrayList<>();
            timeline.windows((slot, kind, from, until, about) -> windowSlots.add(slot));
            assertThat(windowSlots).as("window slots after %s", event).doesNotHaveDuplicates()
                .allMatch(slot -> slot >= 0 && slot < timeline.windowSlots(timeline.state().tasks().size()));
            List<Integer> itemSlots = new ArrayList<>();
            timeline.items((slot, kind, subject, label, due, organisation, role) -> itemSlots.add(slot));
            assertThat(itemSlots).as("item slots after %s", event).doesNotHaveDuplicates()
                .allMatch(slot -> slot >= 0 && slot < timeline.itemSlots(timeline.state().tasks().size()));
            before = after;
          }
        });
  }

  /**
   * A copy folds on as the timeline it was copied from would, and leaves that one as it was: after
   * every event, a copy given the rest of the events hands over the same parts, signal windows and
   * norm statuses as the timeline folded straight through (so every field is copied), and the
   * original is unchanged by the copy's folding.
   */
  @Test
  void aCopyFoldsOnAsTheOriginalAndLeavesItAsItWas() {
    SeededProperty.forAll("a copied timeline folds on as the original", random -> RandomCases.caseSpec(random, 60),
            RandomCases::shrink)
        .holds(150, spec -> {
          List<Event> events = RandomCases.play(DEFINITION, "case-1", spec).events;
          CaseTimeline straight = CaseTimeline.of(DEFINITION, events, events.get(events.size() - 1).at(),
              CaseScript.CALENDAR);
          CaseTimeline timeline = new CaseTimeline(events.get(0).caseId(), DEFINITION, CaseScript.CALENDAR);
          for (int i = 0; i < events.size(); i++) {
            timeline.apply(events.get(i));
            Parts parts = Parts.of(timeline);
            List<SignalWindow> signals = timeline.signalWindows();
            CaseTimeline copy = timeline.copy();
            for (Event event : events.subList(i + 1, events.size())) {
              copy.apply(event);
            }
            assertThat(Parts.of(copy)).as("parts of a copy after %s events", i + 1).isEqualTo(Parts.of(straight));
            assertThat(copy.signalWindows()).as("signal windows of a copy after %s events", i + 1)
                .isEqualTo(straight.signalWindows());
            Instant later = events.get(events.size() - 1).at().plus(Duration.ofDays(40));
            assertThat(copy.statuses(later)).as("norms of a copy after %s events", i + 1)
                .isEqualTo(straight.statuses(later));
            assertThat(Parts.of(timeline)).as("original parts after %s events", i + 1).isEqualTo(parts);
            assertThat(timeline.signalWindows()).as("original signal windows after %s events", i + 1).isEqualTo(signals);
          }
        });
  }

  private static List<String> windows(Consumer<CaseTimeline.WindowSink> part) {
    List<String> windows = new ArrayList<>();
    part.accept((slot, kind, from, until, about) -> windows.add(slot + " " + kind + " " + from + "-" + until));
    return windows;
  }

  private static List<String> items(Consumer<CaseTimeline.ItemSink> part) {
    List<String> items = new ArrayList<>();
    part.accept((slot, kind, subject, label, due, organisation, role) ->
        items.add(slot + " " + kind + " " + subject + " " + label + " " + due + " " + organisation + "/" + role));
    return items;
  }
}
