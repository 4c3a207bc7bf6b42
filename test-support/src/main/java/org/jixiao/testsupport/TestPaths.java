package org.jixiao.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the tests find things, wherever the repository was cloned and under whatever folder name:
 * <ul>
 * <li>the repository root: walking up from the module's folder (surefire's working directory) to the first
 * folder holding {@code pom.xml} and {@code mvnw} or {@code .git};</li>
 * <li>the bundled corpus: {@code corpus/samples} under that root;</li>
 * <li>the real reports: {@code JIXIAO_SHARED} (environment variable or system property), else {@code shared}
 * beside the root. They are optional: {@link #shared()} skips the calling test with a
 * one-line reason when they are missing, and fails it under CI (see {@link Requirements}).</li>
 * </ul>
 */
public final class TestPaths {

    /** The key of the {@code ../shared} requirement, as named by {@code jixiao.pretendMissing}. */
    public static final String SHARED = "shared";

    private TestPaths() {
    }

    /** The repository root, above the module's folder. */
    public static Path root() {
        return rootAbove(Path.of(System.getProperty("user.dir")));
    }

    /** The first folder from {@code start} upwards that is a repository root. */
    static Path rootAbove(Path start) {
        Path from = start.toAbsolutePath().normalize();
        for (Path p = from; p != null; p = p.getParent()) {
            if (isRoot(p)) {
                return p;
            }
        }
        throw new IllegalStateException("no repository root (a folder with pom.xml and mvnw or .git) above " + from);
    }

    static boolean isRoot(Path p) {
        return Files.isRegularFile(p.resolve("pom.xml"))
                && (Files.exists(p.resolve("mvnw")) || Files.exists(p.resolve(".git")));
    }

    /** The bundled, generated corpus {@code corpus/samples} (always present in a clone). */
    public static Path bundledCorpus() {
        return root().resolve("corpus").resolve("samples");
    }

    /** Where {@code ../shared} is expected, whether or not it is there. */
    public static Path sharedLocation() {
        // not the system property jixiao.shared, which the build sets for older tests whatever the machine has
        String given = firstNonBlank(System.getenv("JIXIAO_SHARED"), System.getProperty("JIXIAO_SHARED"));
        if (given != null) {
            return Path.of(given).toAbsolutePath().normalize();
        }
        return root().resolveSibling("shared");
    }

    /** The folder of real reports when it is present (and not pretended missing); never skips. */
    public static Optional<Path> sharedIfPresent() {
        return missingShared() == null ? Optional.of(sharedLocation()) : Optional.empty();
    }

    /**
     * Null when {@code ../shared} is present, else the one-line reason. It counts as present when it holds
     * {@code samples/}.
     */
    static String missingShared() {
        Path p = sharedLocation();
        if (Files.isDirectory(p.resolve("samples"))) {
            return null;
        }
        return "the real reports are not at " + p + " (put the shared/ folder beside the clone,"
                + " or set JIXIAO_SHARED=DIR)";
    }

    /** The folder of real reports; skips the calling test when it is missing (fails under CI). */
    public static Path shared() {
        Requirements.require(SHARED, missingShared());
        return sharedLocation();
    }

    /** A real sample report, e.g. {@code sample("yanfeng-2021.docx")}; skips when {@code ../shared} is missing. */
    public static Path sample(String name) {
        return shared().resolve("samples").resolve(name);
    }

    /** The folder of seed texts (the real reports as UTF-8 text); skips when {@code ../shared} is missing. */
    public static Path seeds() {
        return shared().resolve("seeds");
    }

    /** The first seed text whose name starts with {@code prefix}; skips when {@code ../shared} is missing. */
    public static Path seed(String prefix) throws IOException {
        try (Stream<Path> s = Files.list(seeds())) {
            return s.filter(f -> f.getFileName().toString().startsWith(prefix)).sorted().findFirst()
                    .orElseThrow(() -> new IllegalStateException("no seed " + prefix + " in " + seeds()));
        }
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
