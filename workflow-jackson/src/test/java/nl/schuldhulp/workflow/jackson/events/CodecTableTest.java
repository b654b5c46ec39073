package nl.schuldhulp.workflow.jackson.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.schuldhulp.workflow.casefile.Change;
import org.junit.jupiter.api.Test;

/** The table of event types is complete, stable and documented (issue 5). */
class CodecTableTest {
  private static final Path DOCUMENT = Path.of("..", "docs", "event-format.md");
  private static final Pattern ROW = Pattern.compile("^\\| `(\\w+)` \\| (\\d+) \\| ([^|]*) \\|", Pattern.MULTILINE);
  private static final Pattern MEMBER = Pattern.compile("`(\\w+)`");

  @Test
  void everyChangeTypeHasACodecAndAGenerator() {
    List<Class<?>> permitted = Arrays.asList(Change.class.getPermittedSubclasses());
    assertThat(ChangeCodecs.ALL.stream().<Class<?>>map(ChangeCodec::javaType)).containsExactlyInAnyOrderElementsOf(permitted);
    assertThat(EventGenerator.CHANGES.keySet()).containsExactlyInAnyOrderElementsOf(
        permitted.stream().map(type -> type.asSubclass(Change.class)).toList());
  }

  @Test
  void typeNamesAreUniqueWordsNotJavaClassNames() {
    assertThat(ChangeCodecs.types()).doesNotHaveDuplicates().allMatch(name -> name.matches("[A-Z][A-Za-z]+"));
  }

  @Test
  void everyOlderSchemaHasAnUpcasterInTheDefaults() {
    for (ChangeCodec<?> codec : ChangeCodecs.ALL) {
      for (int schema = 1; schema < codec.schema(); schema++) {
        assertThat(EventJson.ofDefaults().upcasters().reads(codec.type(), schema))
            .as("upcaster of %s from schema %s", codec.type(), schema)
            .isTrue();
      }
    }
  }

  @Test
  void theDocumentedTableNamesEveryTypeWithItsSchemaAndMembers() throws IOException {
    Map<String, String> documented = new LinkedHashMap<>();
    Matcher row = ROW.matcher(Files.readString(DOCUMENT));
    while (row.find()) {
      documented.put(row.group(1), row.group(2) + " " + members(row.group(3)));
    }
    Map<String, String> actual = new LinkedHashMap<>();
    for (ChangeCodec<?> codec : ChangeCodecs.ALL) {
      Change simplest = EventGenerator.CHANGES.get(codec.javaType()).apply(Draws.replay(List.of()));
      actual.put(codec.type(), codec.schema() + " " + new ArrayList<>(codec.write(simplest).propertyNames()));
    }
    assertThat(documented).containsExactlyEntriesOf(actual);
  }

  private static List<String> members(String cell) {
    List<String> members = new ArrayList<>();
    Matcher member = MEMBER.matcher(cell);
    while (member.find()) {
      members.add(member.group(1));
    }
    return members;
  }
}
