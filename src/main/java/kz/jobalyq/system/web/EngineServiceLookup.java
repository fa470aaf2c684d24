package kz.jobalyq.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda's REST resources find the process engine through {@link java.util.ServiceLoader} on every call
 * ({@code EngineUtil.lookupProcessEngine}), which asks the request's class loader for a
 * {@code META-INF/services/} file: in the packaged platform a walk over every nested library and a read of the
 * file found, 3 % of the request threads' CPU in the benchmark. The libraries do not change while the platform
 * runs, so during engine REST calls the context class loader answers service files from what it read the first
 * time; everything else it leaves to the request's own class loader.
 */
public class EngineServiceLookup extends OncePerRequestFilter {

  /** Camunda's REST API and the webapps' engine API (Tasklist, Cockpit). */
  public static final String[] URL_PATTERNS = {"/engine-rest/*", "/camunda/api/*"};

  private volatile ServiceFiles serviceFiles;

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Thread thread = Thread.currentThread();
    ClassLoader original = thread.getContextClassLoader();
    if (original == null) {
      chain.doFilter(request, response);
      return;
    }
    thread.setContextClassLoader(serviceFilesOver(original));
    try {
      chain.doFilter(request, response);
    } finally {
      thread.setContextClassLoader(original);
    }
  }

  private ServiceFiles serviceFilesOver(ClassLoader original) {
    ServiceFiles current = serviceFiles;
    if (current == null || current.getParent() != original) {
      current = new ServiceFiles(original);
      serviceFiles = current;
    }
    return current;
  }

  /** A class loader that is its parent, except that it reads each service file once. */
  static final class ServiceFiles extends ClassLoader {

    static final String SERVICES = "META-INF/services/";

    static {
      registerAsParallelCapable();
    }

    private final Map<String, List<URL>> read = new ConcurrentHashMap<>();

    ServiceFiles(ClassLoader parent) {
      super(parent);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      if (!name.startsWith(SERVICES)) {
        return super.getResources(name);
      }
      List<URL> files = read.get(name);
      if (files == null) {
        files = new ArrayList<>();
        for (URL file : Collections.list(getParent().getResources(name))) {
          files.add(inMemory(file));
        }
        files = List.copyOf(files);
        read.put(name, files);
      }
      return Collections.enumeration(files);
    }

    /** The same address (ServiceLoader tells files apart by it), its content kept in memory. */
    private static URL inMemory(URL file) throws IOException {
      byte[] content;
      try (InputStream in = file.openStream()) {
        content = in.readAllBytes();
      }
      try {
        return new URL(null, file.toExternalForm(), new URLStreamHandler() {
          @Override
          protected URLConnection openConnection(URL url) {
            return new URLConnection(url) {
              @Override
              public void connect() {
                connected = true;
              }

              @Override
              public InputStream getInputStream() {
                return new ByteArrayInputStream(content);
              }
            };
          }
        });
      } catch (MalformedURLException e) {
        throw new IOException(e);
      }
    }
  }
}
