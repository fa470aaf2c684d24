package kz.jobalyq.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine is found through a service file on every REST call: the class loader of those calls reads each
 * service file once and answers the same providers, and leaves every other resource to the request's loader.
 */
class EngineServiceLookupTest {

  /** Any interface with a provider of its own; ServiceLoader needs a public class with a public constructor. */
  public interface Greeting {
    String text();
  }

  public static final class Salem implements Greeting {
    @Override
    public String text() {
      return "Сәлем";
    }
  }

  @TempDir
  Path classpath;

  @Test
  void aServiceFileIsReadOnceAndFindsTheSameProvider() throws IOException {
    Path services = Files.createDirectories(classpath.resolve("META-INF/services"));
    Files.writeString(services.resolve(Greeting.class.getName()), "# the platform's greeting\n"
        + Salem.class.getName() + "\n");
    AtomicInteger serviceLookups = new AtomicInteger();
    ClassLoader request = new URLClassLoader(new URL[] {classpath.toUri().toURL()}, getClass().getClassLoader()) {
      @Override
      public Enumeration<URL> getResources(String name) throws IOException {
        if (name.startsWith(EngineServiceLookup.ServiceFiles.SERVICES)) {
          serviceLookups.incrementAndGet();
        }
        return super.getResources(name);
      }
    };
    EngineServiceLookup.ServiceFiles cached = new EngineServiceLookup.ServiceFiles(request);

    for (int call = 0; call < 3; call++) {
      List<String> found = ServiceLoader.load(Greeting.class, cached).stream().map(provider -> provider.get().text())
          .toList();
      assertThat(found).containsExactly("Сәлем");
    }
    assertThat(serviceLookups).as("the request's class loader asked once").hasValue(1);
    assertThat(Collections.list(cached.getResources("META-INF/services/" + Greeting.class.getName())))
        .extracting(URL::toExternalForm)
        .containsExactlyElementsOf(Collections.list(request.getResources("META-INF/services/"
            + Greeting.class.getName())).stream().map(URL::toExternalForm).toList());
  }

  @Test
  void otherResourcesAndServicesWithoutAFileAreTheRequestLoadersAnswer() throws IOException {
    Files.writeString(classpath.resolve("note.txt"), "мәтін");
    ClassLoader request = new URLClassLoader(new URL[] {classpath.toUri().toURL()}, getClass().getClassLoader());
    EngineServiceLookup.ServiceFiles cached = new EngineServiceLookup.ServiceFiles(request);

    assertThat(cached.getResource("note.txt")).isEqualTo(request.getResource("note.txt"));
    assertThat(ServiceLoader.load(Runnable.class, cached).findFirst()).isEmpty();
  }
}
