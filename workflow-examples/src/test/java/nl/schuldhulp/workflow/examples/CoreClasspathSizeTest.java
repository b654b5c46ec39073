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

  /**
   * jakarta.validation-api is an optional dependency of workflow-core (ADR 0004): its annotations
   * are ignored where the API is absent, and only the two methods that take a caller's
   * {@code Validator} or {@code ConstraintViolation} need it. Every class of the core must still
   * load, verify and initialise on a classpath of just the core jar and slf4j-api.
   */
  @Test
  void everyCoreClassLoadsWithoutTheOptionalBeanValidationApi() throws Exception {
    List<Path> classpath = classpath();
    assumeTrue(classpath.stream().allMatch(Files::isRegularFile),
        "a module of the reactor is not packaged yet (mvn test); run mvn verify");
    Path coreJar = jar(classpath, "workflow-core-");
    Path slf4j = jar(classpath, "slf4j-api-");
    assertThat(classpath).noneMatch(entry -> entry.getFileName().toString().startsWith("jakarta.validation-api"));

    List<String> classes = new ArrayList<>();
    try (java.util.jar.JarFile jar = new java.util.jar.JarFile(coreJar.toFile())) {
      jar.stream().map(java.util.zip.ZipEntry::getName).filter(name -> name.endsWith(".class"))
          .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
          .forEach(classes::add);
    }
    try (java.net.URLClassLoader isolated = new java.net.URLClassLoader(
        new java.net.URL[] {coreJar.toUri().toURL(), slf4j.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
      for (String name : classes) {
        Class.forName(name, true, isolated);
      }
      Object calendar = isolated.loadClass("nl.schuldhulp.workflow.time.DutchCalendar").getMethod("standard").invoke(null);
      Object christmasEve = java.time.LocalDate.of(2025, 12, 24);
      Object after = isolated.loadClass("nl.schuldhulp.workflow.time.BusinessCalendar").getMethod("plusWorkingDays", java.time.LocalDate.class, int.class)
          .invoke(calendar, christmasEve, 1);
      assertThat(after).isEqualTo(java.time.LocalDate.of(2025, 12, 29));
    }
    assertThat(classes).hasSizeGreaterThan(100);
  }

  private static Path jar(List<Path> classpath, String prefix) {
    return classpath.stream()
        .filter(entry -> entry.getFileName().toString().startsWith(prefix) && !entry.toString().contains("tests"))
        .findFirst()
        .orElseThrow(() -> new AssertionError(prefix + "*.jar is not on the runtime classpath " + classpath));
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
