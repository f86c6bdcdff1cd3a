package org.tamiz.filters.toxicity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the development data folder ({@code shared/data}) when it exists, for tests that skip without it. */
public final class SharedData {
    private SharedData() {
    }

    public static Optional<Path> find() {
        String env = System.getenv("TAMIZ_SHARED_DATA");
        if (env != null && Files.isDirectory(Path.of(env))) {
            return Optional.of(Path.of(env));
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
            dir = dir.getParent();
        }
        return Optional.empty();
    }
}
