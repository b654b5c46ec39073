package nl.schuldhulp.workflow.examples.browser;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's {@code chromium}, run headless on a local file: dumps the DOM the browser built, or
 * takes a screenshot. Each run gets a fresh profile directory, no network services (no sync, no
 * component updates, no QUIC) and no sandbox (tests may run as root). Where chromium is missing,
 * {@link #require()} fails on CI ({@code CI=true}, where {@code .ci/run} installs it) and skips
 * elsewhere, saying how to install it.
 */
final class HeadlessChromium {
  static final String INSTALL = "apt-get install -y chromium";
  /** A hung browser is ended after this long; a guard against hanging the build, not a timed assertion. */
  private static final long GIVE_UP_SECONDS = 180;

  private final Path binary;

  private HeadlessChromium(Path binary) {
    this.binary = binary;
  }

  /** The browser on the PATH; fails on CI and skips elsewhere when it is not installed. */
  static HeadlessChromium require() {
    Optional<Path> binary = onPath("chromium");
    if (binary.isEmpty()) {
      if ("true".equals(System.getenv("CI"))) {
        fail("chromium is not installed, but CI must run the browser tests; .ci/run installs it with `" + INSTALL + "`");
      }
      Assumptions.abort("chromium is not installed; run `" + INSTALL + "` (as root, after apt-get update) to run the"
          + " browser tests");
    }
    return new HeadlessChromium(binary.get());
  }

  /** The DOM chromium built from {@code page}, serialised as HTML. */
  String dumpDom(Path page) {
    return run(page, List.of("--dump-dom"));
  }

  /** A PNG screenshot of {@code page} in a window of {@code width} by {@code height} CSS pixels. */
  void screenshot(Path page, Path png, int width, int height) {
    run(page, List.of("--hide-scrollbars", "--window-size=" + width + "," + height,
        "--screenshot=" + png.toAbsolutePath()));
  }

  private String run(Path page, List<String> task) {
    Path profile = null;
    try {
      profile = Files.createTempDirectory("chromium-profile");
      Path out = profile.resolveSibling(profile.getFileName() + ".out");
      Path err = profile.resolveSibling(profile.getFileName() + ".err");
      List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
          "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
          "--disable-sync", "--user-data-dir=" + profile));
      command.addAll(task);
      command.add(page.toAbsolutePath().toUri().toString());
      Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!process.waitFor(GIVE_UP_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        fail("chromium did not finish within " + GIVE_UP_SECONDS + " s: " + command);
      }
      String stdout = Files.readString(out, StandardCharsets.UTF_8);
      String stderr = Files.readString(err, StandardCharsets.UTF_8);
      Files.delete(out);
      Files.delete(err);
      if (process.exitValue() != 0) {
        fail("chromium exited with " + process.exitValue() + ": " + command + "\n" + stderr);
      }
      return stdout;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while chromium ran", e);
    } finally {
      deleteTree(profile);
    }
  }

  private static Optional<Path> onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String directory : path.split(File.pathSeparator)) {
      Path candidate = Path.of(directory, name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static void deleteTree(Path root) {
    if (root == null || !Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      // a leftover profile in the temp directory is harmless; say so and go on
      System.err.println("could not delete chromium profile " + root + ": " + e);
    }
  }
}
