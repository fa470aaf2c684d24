package kz.jobalyq.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A real S3-compatible server for tests: Adobe's S3Mock (copied to target/s3mock by the build), started in a JVM
 * of its own on free ports — it is a Spring Boot application and must not share the platform's classpath.
 */
final class S3MockServer implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

  private final Process process;
  private final int port;
  private final Path root;

  private S3MockServer(Process process, int port, Path root) {
    this.process = process;
    this.port = port;
    this.root = root;
  }

  static S3MockServer start() {
    Path jar = Path.of("target", "s3mock", "s3mock.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: run the tests through Maven (generate-test-resources)");
    }
    try {
      int httpPort = freePort();
      int httpsPort = freePort();
      Path root = Files.createTempDirectory("s3mock-");
      Path log = root.resolveSibling(root.getFileName() + ".log");
      Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", jar.toAbsolutePath().toString(),
          "--com.adobe.testing.s3mock.http-port=" + httpPort, "--server.port=" + httpsPort, "--server.address=127.0.0.1",
          "--com.adobe.testing.s3mock.store.root=" + root, "--com.adobe.testing.s3mock.store.retainFilesOnExit=false",
          "--spring.main.banner-mode=off"))
          .redirectErrorStream(true).redirectOutput(log.toFile()).start();
      S3MockServer server = new S3MockServer(process, httpPort, root);
      server.awaitReady(log);
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String endpoint() {
    return "http://127.0.0.1:" + port;
  }

  private void awaitReady(Path log) throws IOException {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("S3Mock stopped while starting: " + Files.readString(log));
      }
      try {
        HttpURLConnection connection = (HttpURLConnection) URI.create(endpoint() + "/").toURL().openConnection();
        connection.setConnectTimeout(1000);
        if (connection.getResponseCode() < 500) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    close();
    throw new IllegalStateException("S3Mock did not start within " + START_TIMEOUT + ": " + Files.readString(log));
  }

  @Override
  public void close() {
    process.destroy();
    try {
      process.waitFor(java.util.concurrent.TimeUnit.SECONDS.toMillis(20), java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process.destroyForcibly();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
