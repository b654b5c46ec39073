package nl.schuldhulp.workflow.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.schuldhulp.workflow.definition.Assignee;
import nl.schuldhulp.workflow.testing.SeededCheck;
import org.junit.jupiter.api.Test;

/**
 * A task's shape, found again through the cache of recent shapes or the shared ones, always has
 * exactly the fields of the change it is made for, whatever changes came before: strings the same
 * instance or only equal, texts whose hashes collide ("Aa" and "BB"), every field varied. Seeded
 * with the core tests' {@link SeededCheck}; a counterexample is shrunk by dropping changes.
 */
class TaskShapeProperties {
  private static final String[] TEXTS = {"Aa", "BB", "Bel de huisbaas", "Werk het werkboek door"};
  private static final String[] TEMPLATES = {"", "werkboek", "huisbaas"};
  private static final String[] STEPS = {"stabilisatie", "melding"};
  private static final Assignee[] OWNERS = {Assignee.client(), Assignee.role("sdv", "schuldhulpverlener"),
      Assignee.role("buurtteam", "buurtteammedewerker")};

  @Test
  void aShapeHasTheFieldsOfItsChangeWhateverCameBefore() {
    SeededCheck.forAll("task shape == its change", TaskShapeProperties::changes, TaskShapeProperties::shorter)
        .holds(300, changes -> {
          for (Change.TaskAssigned change : changes) {
            TaskShape shape = TaskShape.of(change);
            assertThat(shape).as("shape of %s", change).isEqualTo(new TaskShape(change.template(), change.text(),
                change.owner(), change.required(), change.clientVisible(), change.step()));
          }
        });
  }

  @Test
  void templateTasksShareOneShapeAndHandMadeTasksKeepTheirOwn() {
    Change.TaskAssigned template = change("T1", "werkboek", "Werk het werkboek door", OWNERS[0], true, true,
        "stabilisatie");
    Change.TaskAssigned copy = change("T2", new String("werkboek"), new String("Werk het werkboek door"),
        Assignee.client(), true, true, new String("stabilisatie"));
    Change.TaskAssigned byHand = change("T3", "", "Bel de huisbaas", OWNERS[1], false, false, "melding");

    assertThat(TaskShape.of(copy)).isSameAs(TaskShape.of(template)).isSameAs(TaskShape.of(copy));
    assertThat(TaskShape.of(byHand)).isEqualTo(TaskShape.of(byHand)).isNotSameAs(TaskShape.of(byHand));
  }

  private static List<Change.TaskAssigned> changes(Random random) {
    List<Change.TaskAssigned> changes = new ArrayList<>();
    int count = 1 + random.nextInt(30);
    for (int i = 0; i < count; i++) {
      changes.add(change("T" + i, maybeCopy(random, pick(random, TEMPLATES)), maybeCopy(random, pick(random, TEXTS)),
          random.nextBoolean() ? pick(random, OWNERS) : Assignee.role("sdv", maybeCopy(random, "schuldhulpverlener")),
          random.nextBoolean(), random.nextBoolean(), maybeCopy(random, pick(random, STEPS))));
      Change.TaskAssigned last = changes.get(changes.size() - 1);
      switch (random.nextInt(4)) { // then the same text instance with one flag flipped, or not
        case 0 -> changes.add(change("T" + i, last.template(), last.text(), last.owner(), !last.required(),
            last.clientVisible(), last.step()));
        case 1 -> changes.add(change("T" + i, last.template(), last.text(), last.owner(), last.required(),
            !last.clientVisible(), last.step()));
        default -> { }
      }
    }
    return changes;
  }

  private static Change.TaskAssigned change(String id, String template, String text, Assignee owner, boolean required,
      boolean clientVisible, String step) {
    return new Change.TaskAssigned(id, template, text, owner, LocalDate.of(2024, 3, 8), required, clientVisible, step);
  }

  private static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }

  /** The same string, or an equal one that is another instance. */
  private static String maybeCopy(Random random, String value) {
    return random.nextBoolean() ? value : new String(value);
  }

  private static Stream<List<Change.TaskAssigned>> shorter(List<Change.TaskAssigned> changes) {
    return IntStream.range(0, changes.size()).mapToObj(drop -> {
      List<Change.TaskAssigned> fewer = new ArrayList<>(changes);
      fewer.remove(drop);
      return fewer;
    }).filter(fewer -> !fewer.isEmpty());
  }
}
