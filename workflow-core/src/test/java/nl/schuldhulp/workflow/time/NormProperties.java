package nl.schuldhulp.workflow.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.schuldhulp.workflow.casefile.Command;
import nl.schuldhulp.workflow.casefile.Decision;
import nl.schuldhulp.workflow.casefile.Event;
import nl.schuldhulp.workflow.casefile.RuleCode;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import org.junit.jupiter.api.Test;

/** Seeded properties of norm statuses over random case histories of the Kanteling fixture with Utrecht's local norms. */
class NormProperties {
  private static final WorkflowDefinition DEFINITION = NormEvaluatorTest.utrecht();

  @Test
  void aMetNormNeverGoesBackAndABreachedNormIsNeverPendingOrMetAgain() {
    SeededProperty.forAll("norm statuses are final once met or breached",
            random -> RandomCases.caseSpec(random, 40), RandomCases::shrink)
        .holds(100, spec -> {
          CaseScript script = RandomCases.play(DEFINITION, "case-1", spec);
          Map<String, NormStatus> settled = new HashMap<>();
          for (Instant at : instants(script.events)) {
            Map<String, Integer> runs = new HashMap<>();
            for (NormStatus status : script.norms(at)) {
              String key = status.norm() + "#" + runs.merge(status.norm(), 1, Integer::sum);
              NormStatus before = settled.get(key);
              if (before instanceof NormStatus.Met
                  || before instanceof NormStatus.Breached
                      && ((NormStatus.Breached) before).clock() != NormStatus.Breached.Clock.RUNNING) {
                assertThat(status).as("%s at %s", key, at).isEqualTo(before);
              } else if (before instanceof NormStatus.Breached) {
                assertThat(status).as("%s at %s", key, at)
                    .isNotInstanceOfAny(NormStatus.Pending.class, NormStatus.Met.class);
              }
              if (status instanceof NormStatus.Met || status instanceof NormStatus.Breached) {
                settled.put(key, status);
              }
            }
          }
        });
  }

  /** ADR 0023: the engine refuses to stop or extend a clock only when the clock is indeed not running. */
  @Test
  void theEngineRefusesToStopOrExtendOnlyAClockThatIsNotRunning() {
    Set<String> refused = new HashSet<>();
    SeededProperty.forAll("a clock the engine calls not running is not running",
            random -> RandomCases.caseSpec(random, 40), RandomCases::shrink)
        .holds(200, spec -> RandomCases.play(DEFINITION, "case-1", spec, (script, command) -> {
          String norm = command instanceof Command.SuspendClock ? ((Command.SuspendClock) command).norm()
              : command instanceof Command.ExtendDeadline ? ((Command.ExtendDeadline) command).norm() : null;
          Decision decision = script.engine.decide(script.state, command);
          if (norm != null && decision instanceof Decision.Rejected
              && ((Decision.Rejected) decision).rejection().rule() == RuleCode.CLOCK_NOT_RUNNING) {
            refused.add(norm);
            CaseTimeline timeline = CaseTimeline.of(DEFINITION, script.events, command.at(), CaseScript.CALENDAR);
            assertThat(timeline.clock(norm).running()).as("running clock of %s refused: %s", norm,
                ((Decision.Rejected) decision).rejection().reason()).isNull();
          }
        }));
    assertThat(refused).as("norms whose stop was refused").hasSizeGreaterThan(3);
  }

  /** Every event instant, the start and end of every day they fall on, and days to months after the last. */
  private static List<Instant> instants(List<Event> events) {
    TreeSet<Instant> instants = new TreeSet<>();
    for (Event event : events) {
      instants.add(event.at());
      instants.add(event.at().minusNanos(1));
    }
    Instant last = instants.last();
    for (int days : new int[] {1, 3, 8, 15, 30, 61, 122, 400, 1200}) {
      instants.add(last.plus(Duration.ofDays(days)));
    }
    return new ArrayList<>(instants);
  }
}
