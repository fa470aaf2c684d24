package kz.jobalyq.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import kz.jobalyq.JobalyqApplication;
import kz.jobalyq.OwnEngine;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Nobody can make themselves administrator (issue 14.1). The platform is started as production starts it, on a
 * fresh database, while a client hammers it from the moment its port opens: Camunda's first-user setup, as the
 * webapps call it (session and XSRF token first), never creates a user, and the very first request served
 * already finds the administrator and the models in place ({@link ProductionWithoutAdministratorTest}: without
 * one from the environment, production does not start at all).
 */
@OwnEngine
class PlatformTakeoverTest {

  private static final String ADMIN = "chief";
  private static final String ADMIN_PASSWORD = "Platform-Keeper-2026!";

  @Test
  void theFirstOpenPortAlreadyServesAConfiguredPlatformWhoseSetupIsClosed() throws Exception {
    int port = freePort();
    Hammer hammer = new Hammer(port);
    Thread hammering = new Thread(hammer, "takeover-hammer");
    hammering.start();
    try (ConfigurableApplicationContext platform = start(port, "--jobalyq.admin.username=" + ADMIN,
        "--jobalyq.admin.password=" + ADMIN_PASSWORD)) {
      hammer.awaitRoundsAfterStart(3);
      hammer.stop();
      hammering.join(Duration.ofMinutes(1).toMillis());

      assertThat(hammer.refused.get()).as("hammering began before the port opened").isPositive();
      assertThat(hammer.rounds).as("the hammer reached the platform").isNotEmpty();
      assertThat(hammer.rounds).allSatisfy(round -> {
        assertThat(round.setupStatus()).as("first-user setup").isEqualTo(403);
        assertThat(round.adminStatus()).as("the administrator signs in").isEqualTo(200);
        assertThat(round.deployedProcesses()).as("models deployed").isPositive();
      });
      IdentityService identity = platform.getBean(IdentityService.class);
      assertThat(identity.createUserQuery().list()).extracting(User::getId).containsExactly(ADMIN);
      assertThat(identity.createUserQuery().memberOfGroup(Role.ADMIN_GROUP).list()).extracting(User::getId)
          .containsExactly(ADMIN);
    } finally {
      hammer.stop();
    }
  }

  static ConfigurableApplicationContext start(int port, String... arguments) {
    List<String> args = new ArrayList<>(List.of("--server.port=" + port,
        "--spring.datasource.url=jdbc:h2:mem:jobalyq-takeover-" + port + ";DB_CLOSE_DELAY=-1",
        "--spring.datasource.username=sa", "--spring.datasource.password="));
    args.addAll(List.of(arguments));
    return new SpringApplicationBuilder(JobalyqApplication.class).profiles("prod", "test")
        .run(args.toArray(String[]::new));
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  record Round(int setupStatus, int adminStatus, long deployedProcesses) {
  }

  /** Tries, again and again from before the port opens, what an intruder and the administrator would. */
  private static final class Hammer implements Runnable {

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofMillis(500)).build();
    private final AtomicBoolean running = new AtomicBoolean(true);
    final java.util.concurrent.atomic.AtomicInteger refused = new java.util.concurrent.atomic.AtomicInteger();
    final List<Round> rounds = java.util.Collections.synchronizedList(new ArrayList<>());

    Hammer(int port) {
      this.base = "http://127.0.0.1:" + port;
    }

    @Override
    public void run() {
      long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
      while (running.get() && System.nanoTime() < deadline) {
        try {
          rounds.add(round());
        } catch (IOException notListeningYet) {
          refused.incrementAndGet();
          pause(10);
        } catch (RuntimeException unexpected) {
          rounds.add(new Round(-1, -1, -1));
          pause(10);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }

    private Round round() throws IOException, InterruptedException {
      HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/admin/default/"))
          .GET().build(), HttpResponse.BodyHandlers.ofString());
      Map<String, String> cookies = new LinkedHashMap<>();
      for (String setCookie : page.headers().allValues("Set-Cookie")) {
        String pair = setCookie.split(";", 2)[0];
        cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
      }
      HttpRequest.Builder setup = HttpRequest.newBuilder(URI.create(base
          + "/camunda/api/admin/setup/default/user/create"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"profile\":{\"id\":\"intruder\",\"firstName\":\"I\","
              + "\"lastName\":\"N\",\"email\":\"i@evil.example\"},\"credentials\":{\"password\":\"Intrude-Now-42!\"}}"));
      page.headers().firstValue("X-XSRF-TOKEN").ifPresent(token -> setup.header("X-XSRF-TOKEN", token));
      if (!cookies.isEmpty()) {
        setup.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
            .collect(Collectors.joining("; ")));
      }
      int setupStatus = client.send(setup.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
      HttpResponse<String> count = client.send(HttpRequest.newBuilder(URI.create(base
          + "/engine-rest/process-definition/count"))
          .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + ADMIN_PASSWORD)
              .getBytes(StandardCharsets.UTF_8)))
          .GET().build(), HttpResponse.BodyHandlers.ofString());
      long deployed = count.statusCode() == 200
          ? Long.parseLong(count.body().replaceAll("[^0-9]", "")) : -1;
      return new Round(setupStatus, count.statusCode(), deployed);
    }

    void awaitRoundsAfterStart(int more) throws InterruptedException {
      int target = rounds.size() + more;
      long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
      while (rounds.size() < target && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(rounds.size()).as("rounds after the start").isGreaterThanOrEqualTo(target);
    }

    void stop() {
      running.set(false);
    }

    private static void pause(long millis) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
