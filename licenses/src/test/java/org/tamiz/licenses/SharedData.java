package org.tamiz.licenses;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Locates the development data ({@code shared/data}) without copying it into the repository: the environment
 * variable TAMIZ_SHARED_DATA, else a directory {@code shared/data} next to an ancestor of the working directory.
 * Tests that need it skip cleanly when it is absent.
 */
final class SharedData {
    private SharedData() {
    }

    static Path dir() {
        String env = System.getenv("TAMIZ_SHARED_DATA");
        if (env != null && Files.isDirectory(Paths.get(env))) {
            return Paths.get(env);
        }
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** The file under shared/data, or a skipped test when it is not there. */
    static Path require(String relative) {
        Path dir = dir();
        Assumptions.assumeTrue(dir != null, "shared/data not found: set TAMIZ_SHARED_DATA");
        Path file = dir.resolve(relative);
        Assumptions.assumeTrue(Files.exists(file), relative + " not present");
        return file;
    }
}
