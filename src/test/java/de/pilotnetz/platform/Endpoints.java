package de.pilotnetz.platform;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Every REST endpoint of the application, found by reflection over the compiled classes. */
public final class Endpoints {
  private Endpoints() {}

  public record Endpoint(String method, String path) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  private static final Map<Class<? extends Annotation>, String> METHODS = Map.of(
      GET.class, "GET", POST.class, "POST", PUT.class, "PUT", DELETE.class, "DELETE",
      PATCH.class, "PATCH");

  public static List<Endpoint> all() {
    List<Endpoint> result = new ArrayList<>();
    for (Class<?> c : resourceClasses()) {
      String root = c.getAnnotation(Path.class).value();
      for (Method m : c.getDeclaredMethods()) {
        METHODS.forEach((annotation, name) -> {
          if (m.isAnnotationPresent(annotation)) {
            Path sub = m.getAnnotation(Path.class);
            result.add(new Endpoint(name, normalise(root, sub == null ? "" : sub.value())));
          }
        });
      }
    }
    return result;
  }

  static String normalise(String root, String sub) {
    String p = ("/" + root + "/" + sub).replaceAll("/+", "/");
    p = p.replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}");
    return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }

  private static List<Class<?>> resourceClasses() {
    java.nio.file.Path classes = Paths.get("target", "classes");
    try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
      return files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$"))
          .map(f -> classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
          .map(Endpoints::load)
          .filter(c -> c.isAnnotationPresent(Path.class))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, Endpoints.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalStateException(name, e);
    }
  }
}
