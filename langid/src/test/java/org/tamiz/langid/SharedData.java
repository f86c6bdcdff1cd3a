package org.tamiz.langid;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the development data ({@code shared/data}) when present: tests using it skip when it is not. */
final class SharedData {

  private SharedData() {
  }

  /** {@code $TAMIZ_SHARED_DATA}, or the first {@code shared/data} beside the working directory or an ancestor. */
  static Optional<Path> root() {
    String env = System.getenv("TAMIZ_SHARED_DATA");
    if (env != null && Files.isDirectory(Path.of(env))) {
      return Optional.of(Path.of(env));
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("data");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  static Optional<Path> file(String relative) {
    return root().map(r -> r.resolve(relative)).filter(Files::isRegularFile);
  }
}
