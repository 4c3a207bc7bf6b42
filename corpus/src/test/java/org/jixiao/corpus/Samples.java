package org.jixiao.corpus;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find the real reports: {@code ../shared} beside the clone (system property {@code jixiao.shared}). */
public final class Samples {

    private Samples() {
    }

    public static Path shared() {
        Path p = Path.of(System.getProperty("jixiao.shared", "../shared")).toAbsolutePath().normalize();
        if (!Files.isDirectory(p.resolve("samples"))) {
            throw new IllegalStateException("the shared sample reports are missing: expected " + p.resolve("samples")
                    + " (clone the project beside its shared/ folder, or set -Djixiao.shared=DIR)");
        }
        return p;
    }

    /** A real sample report, e.g. {@code sample("yanfeng-2021.docx")}. */
    public static Path sample(String name) {
        return shared().resolve("samples").resolve(name);
    }

    /** A seed text (the reports as extracted UTF-8 text). */
    public static Path seed(String prefix) throws java.io.IOException {
        try (var s = Files.list(shared().resolve("seeds"))) {
            return s.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no seed " + prefix));
        }
    }
}
