package nl.schuldhulp.workflow.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.schuldhulp.workflow.casefile.Event;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import org.junit.jupiter.api.Test;

/**
 * A timeline reports every change its events make (so the {@link Agenda} may skip the rest): after
 * an event for which {@link CaseTimeline#apply} reports no {@link CaseTimeline#ITEMS}, the agenda
 * items are what they were before it, and likewise the signal windows without {@link
 * CaseTimeline#WINDOWS}.
 */
class CaseTimelineProperties {
  private static final WorkflowDefinition DEFINITION = NormEvaluatorTest.utrecht();

  @Test
  void whatAnEventIsNotReportedToChangeStaysTheSame() {
    SeededProperty.forAll("a timeline reports every change", random -> RandomCases.caseSpec(random, 60), RandomCases::shrink)
        .holds(300, spec -> {
          List<Event> events = RandomCases.play(DEFINITION, "case-1", spec).events;
          CaseTimeline timeline = new CaseTimeline(events.get(0).caseId(), DEFINITION, CaseScript.CALENDAR);
          List<AgendaItem> items = timeline.items();
          List<String> windows = windows(timeline);
          for (Event event : events) {
            int changes = timeline.apply(event);
            if ((changes & CaseTimeline.ITEMS) == 0) {
              assertThat(timeline.items()).as("items after %s, reported unchanged", event).isEqualTo(items);
            }
            if ((changes & CaseTimeline.WINDOWS) == 0) {
              assertThat(windows(timeline)).as("windows after %s, reported unchanged", event).isEqualTo(windows);
            }
            items = timeline.items();
            windows = windows(timeline);
          }
        });
  }

  private static List<String> windows(CaseTimeline timeline) {
    List<String> windows = new ArrayList<>();
    timeline.windows((kind, from, until, about) -> windows.add(kind + " " + from + "-" + until));
    return windows;
  }
}
