package org.factdesk.core.detection;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds files of the repository, and the shared data beside it, from wherever the tests run (the
 * module folder under Maven, often the repository root in an IDE) by looking in each parent folder.
 */
final class RepositoryFiles {

    static final String REQUIRE_ALL = "FACTDESK_REQUIRE_ALL_TESTS";

    private RepositoryFiles() {
    }

    static Optional<Path> find(String relativePath) {
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            Path candidate = folder.resolve(relativePath);
            if (Files.exists(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * The file, or else the test is skipped; when {@value #REQUIRE_ALL} is true (as in CI) a
     * missing file fails the test instead.
     */
    static Path requireOrSkip(String relativePath, String what) {
        Optional<Path> found = find(relativePath);
        if (found.isPresent()) {
            return found.get();
        }
        String missing = what + " (" + relativePath + " in the repository or a folder above it) is missing";
        if (Boolean.parseBoolean(System.getenv(REQUIRE_ALL))) {
            fail(missing + ", and " + REQUIRE_ALL + " is true: this test must run here.");
        }
        Assumptions.abort("Skipped: " + missing + " on this machine.");
        throw new AssertionError("unreachable");
    }
}
