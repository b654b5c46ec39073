package nl.schuldhulp.workflow.render;

import static nl.schuldhulp.workflow.testing.SampleCases.NEIGHBOURHOOD_WORKER;
import static nl.schuldhulp.workflow.testing.SampleCases.date;
import static nl.schuldhulp.workflow.testing.SampleCases.day;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import nl.schuldhulp.workflow.casefile.Command;
import nl.schuldhulp.workflow.casefile.Task;
import nl.schuldhulp.workflow.casefile.TaskStatus;
import nl.schuldhulp.workflow.definition.Assignee;
import nl.schuldhulp.workflow.definition.CasePolicy;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.testing.SampleCases;
import nl.schuldhulp.workflow.testing.SampleDefinitions;
import org.junit.jupiter.api.Test;

/**
 * Invariants of the route map over random task histories driven through the engine: tasks of the
 * client and of professionals, visible to the client or not, assigned, completed and cancelled in
 * random order, under a random dose (R-40, R-41, R-45).
 */
class RouteMapProperties {
  private static final int TRIALS = 150;
  /** Client actions are assigned most often, so that doses overflow into the queue. */
  private static final Kind[] WEIGHTED = {
    Kind.ASSIGN_TO_CLIENT, Kind.ASSIGN_TO_CLIENT, Kind.ASSIGN_TO_CLIENT, Kind.ASSIGN_TO_CLIENT,
    Kind.ASSIGN_TO_PROFESSIONAL, Kind.ASSIGN_TO_PROFESSIONAL, Kind.COMPLETE, Kind.COMPLETE, Kind.CANCEL
  };

  /** One command of a history: {@code pick} chooses the due date or which open task. */
  record Op(Kind kind, int pick, boolean visible) {
    @Override
    public String toString() {
      return kind + "(" + pick + (kind.assigns() ? visible ? ", visible" : ", hidden" : "") + ")";
    }
  }

  enum Kind {
    ASSIGN_TO_CLIENT,
    ASSIGN_TO_PROFESSIONAL,
    COMPLETE,
    CANCEL;

    boolean assigns() {
      return this == ASSIGN_TO_CLIENT || this == ASSIGN_TO_PROFESSIONAL;
    }
  }

  /** A dose and a history. */
  record Script(int dose, List<Op> ops) {}

  /** A case driven by a script, with the page made for it. */
  record Run(List<Task> tasks, int dose, RouteMapPage page) {}

  @Test
  void theOpenActionsNeverListADoneTaskKeepToTheDoseAndWithTheQueueCoverEveryOpenAction() {
    AtomicInteger queuing = new AtomicInteger();
    Seeded.check("route map dosing", TRIALS, RouteMapProperties::script, RouteMapProperties::shrink, script -> {
      Run run = run(script);
      List<Task> clientOpen = run.tasks().stream()
          .filter(task -> task.owner().isClient() && task.clientVisible() && task.open()).toList();
      List<String> shown = run.page().openActions();

      assertThat(shown).as("open actions").hasSizeLessThanOrEqualTo(run.dose());
      assertThat(shown).as("every shown action is an open client-visible action of the client")
          .allMatch(item -> clientOpen.stream().anyMatch(task -> item.startsWith(task.text() + " Uiterlijk")));
      assertThat(shown.size() + run.page().queued()).as("open + queued").isEqualTo(clientOpen.size());
      if (run.page().queued() > 0) {
        queuing.incrementAndGet();
      }
    });
    assertThat(queuing.get()).as("histories where actions wait in the queue").isGreaterThan(TRIALS / 10);
  }

  @Test
  void everyDoneVisibleTaskIsAWinAndNoHiddenTaskIsShownAnywhere() {
    Seeded.check("route map wins and privacy", TRIALS, RouteMapProperties::script, RouteMapProperties::shrink, script -> {
      Run run = run(script);
      String wins = run.page().text("done");
      String todo = run.page().text("todo");
      for (Task task : run.tasks()) {
        if (!task.clientVisible()) {
          assertThat(run.page().html).as("hidden task %s", task.text()).doesNotContain(marker(task.text()));
        } else if (task.status() == TaskStatus.DONE) {
          assertThat(wins).as("done task %s", task.text()).contains("dit gedaan: " + task.text());
          assertThat(todo).as("done task %s", task.text()).doesNotContain(task.text());
        } else if (task.status() == TaskStatus.CANCELLED) {
          assertThat(run.page().text()).as("cancelled task %s", task.text()).doesNotContain(task.text());
        }
      }
      assertThat(run.page().current()).hasSize(1);
    });
  }

  private static Run run(Script script) {
    WorkflowDefinition definition =
        SampleDefinitions.kanteling().toBuilder().policy(new CasePolicy(script.dose(), false)).build();
    SampleCases.Driver driver = new SampleCases.Driver(definition);
    driver.accept(new Command.RegisterCase(NEIGHBOURHOOD_WORKER, day(0), "zelfmelding", List.of("client-1")));
    Instant at = day(1);
    for (int i = 0; i < script.ops().size(); i++) {
      Op op = script.ops().get(i);
      at = at.plus(Duration.ofMinutes(1));
      driver.tryAccept(command(driver, op, i, at));
    }
    String html = RouteMap.html(definition, driver.events(), day(2));
    return new Run(driver.state().tasks(), script.dose(), new RouteMapPage(html));
  }

  private static Command command(SampleCases.Driver driver, Op op, int index, Instant at) {
    String text = "Taak #" + index + "#" + (index % 4 == 0 ? " & <b>\"vet\"</b>" : "");
    switch (op.kind()) {
      case ASSIGN_TO_CLIENT:
        return new Command.AssignTask(NEIGHBOURHOOD_WORKER, at, text, Assignee.client(), date(op.pick() % 30), op.visible());
      case ASSIGN_TO_PROFESSIONAL:
        return new Command.AssignTask(NEIGHBOURHOOD_WORKER, at, text,
            Assignee.role(SampleDefinitions.WENI, SampleDefinitions.SCHULDHULPVERLENER), date(op.pick() % 30), op.visible());
      default:
        List<Task> open = driver.state().tasks().stream().filter(Task::open).toList();
        String task = open.isEmpty() ? "geen" : open.get(op.pick() % open.size()).id();
        return op.kind() == Kind.COMPLETE
            ? new Command.CompleteTask(NEIGHBOURHOOD_WORKER, at, task)
            : new Command.CancelTask(NEIGHBOURHOOD_WORKER, at, task, "niet meer nodig");
    }
  }

  /** The part of a task text no other task text contains ("Taak #7#" is not inside "Taak #17#"), as escaped in HTML. */
  private static String marker(String text) {
    return text.startsWith("Taak #") ? text.substring(0, text.indexOf('#', "Taak #".length()) + 1) : text;
  }

  private static Script script(Random random) {
    List<Op> ops = new ArrayList<>();
    int size = random.nextInt(20);
    for (int i = 0; i < size; i++) {
      ops.add(new Op(WEIGHTED[random.nextInt(WEIGHTED.length)], random.nextInt(1000), random.nextInt(4) > 0));
    }
    return new Script(1 + random.nextInt(5), ops);
  }

  /** Smaller scripts: one op fewer, or a smaller dose. */
  private static List<Script> shrink(Script script) {
    List<Script> smaller = new ArrayList<>();
    for (int i = 0; i < script.ops().size(); i++) {
      List<Op> ops = new ArrayList<>(script.ops());
      ops.remove(i);
      smaller.add(new Script(script.dose(), ops));
    }
    if (script.dose() > 1) {
      smaller.add(new Script(script.dose() - 1, script.ops()));
    }
    return smaller;
  }
}
