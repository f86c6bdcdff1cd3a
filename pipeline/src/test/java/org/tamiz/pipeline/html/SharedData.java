package org.tamiz.pipeline.html;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates {@code shared/data} (env {@code TAMIZ_SHARED_DATA}, else next to an ancestor of the working directory). */
final class SharedData {
    private SharedData() {}

    static Path dir() {
        String env = System.getenv("TAMIZ_SHARED_DATA");
        if (env != null && Files.isDirectory(Path.of(env))) {
            return Path.of(env);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    static Path warc(String name) {
        Path d = dir();
        if (d == null) {
            return null;
        }
        Path f = d.resolve("warc").resolve(name);
        return Files.isRegularFile(f) ? f : null;
    }
}
