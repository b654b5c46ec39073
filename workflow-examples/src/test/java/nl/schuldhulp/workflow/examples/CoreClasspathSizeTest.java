package nl.schuldhulp.workflow.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * workflow-core's runtime classpath, its jar plus every runtime dependency, stays under 500 KB
 * (issue 8). The build supplies the facts: maven-dependency-plugin writes this module's runtime
 * dependency tree (whose workflow-core node lists the core's own dependencies) and runtime
 * classpath (where each jar is) before the tests run; see this module's pom. The core's jar is on
 * the classpath only from the {@code package} phase on, so run {@code mvn verify}; under {@code
 * mvn test} the test is skipped.
 */
class CoreClasspathSizeTest {
  /** 500 KB, counted as 500,000 bytes. */
  private static final long LIMIT = 500_000;

  @Test
  void coreJarWithItsRuntimeDependenciesStaysUnder500Kilobytes() throws IOException {
    List<Path> classpath = classpath();
    assumeTrue(classpath.stream().allMatch(Files::isRegularFile),
        "a module of the reactor is not packaged yet (mvn test); run mvn verify");
    List<String> artifacts = new ArrayList<>();
    collect(core(tree()), artifacts);

    Map<String, Long> sizes = new LinkedHashMap<>();
    for (String artifact : artifacts) {
      Path jar = classpath.stream().filter(entry -> entry.getFileName().toString().equals(artifact)).findFirst()
          .orElseThrow(() -> new AssertionError(artifact + " is not on the runtime classpath " + classpath));
      sizes.put(artifact, Files.size(jar));
    }
    long total = sizes.values().stream().mapToLong(Long::longValue).sum();

    assertThat(sizes).containsKey("workflow-core-" + core(tree()).get("version").asString() + ".jar");
    assertThat(total).as("bytes of workflow-core's runtime classpath %s", sizes).isLessThan(LIMIT);
  }

  private static JsonNode tree() throws IOException {
    return JsonMapper.builder().build().readTree(Files.readString(fact("workflow.runtimeDependencyTree")));
  }

  /** The workflow-core node of this module's dependency tree. */
  private static JsonNode core(JsonNode root) {
    for (JsonNode child : root.path("children")) {
      if (child.get("groupId").asString().equals("nl.schuldhulp.workflow")
          && child.get("artifactId").asString().equals("workflow-core")) {
        return child;
      }
    }
    throw new AssertionError("workflow-core is not a dependency of workflow-examples");
  }

  /** The file names of {@code node}'s jar and of its dependencies' jars, depth first. */
  private static void collect(JsonNode node, List<String> fileNames) {
    String classifier = node.path("classifier").asString("");
    fileNames.add(node.get("artifactId").asString() + "-" + node.get("version").asString()
        + (classifier.isEmpty() ? "" : "-" + classifier) + ".jar");
    node.path("children").forEach(child -> collect(child, fileNames));
  }

  /** This module's runtime classpath, as the build wrote it. */
  private static List<Path> classpath() throws IOException {
    String classpath = Files.readString(fact("workflow.runtimeClasspath"), StandardCharsets.UTF_8).trim();
    return Arrays.stream(classpath.split(File.pathSeparator)).map(Path::of).toList();
  }

  private static Path fact(String property) {
    String file = System.getProperty(property);
    assertThat(file).as("system property %s, set by this module's pom", property).isNotBlank();
    return Path.of(file);
  }
}
