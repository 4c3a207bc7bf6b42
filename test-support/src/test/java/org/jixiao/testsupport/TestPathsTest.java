package org.jixiao.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository root is found by its contents, whatever the clone's folder is called. */
class TestPathsTest {

    @TempDir
    Path dir;

    @Test
    void theRootIsTheFolderWithThePomAndTheWrapperAboveTheModule() throws IOException {
        Path clone = dir.resolve("main-is-not-special").resolve("any name");
        Path module = Files.createDirectories(clone.resolve("extractors").resolve("src"));
        Files.writeString(clone.resolve("pom.xml"), "<project/>");
        Files.writeString(clone.resolve("mvnw"), "");
        Files.writeString(clone.resolve("extractors").resolve("pom.xml"), "<project/>");
        assertEquals(clone, TestPaths.rootAbove(module));
        assertEquals(clone, TestPaths.rootAbove(clone.resolve("extractors")));
    }

    @Test
    void aGitCheckoutWithoutTheWrapperIsARootToo() throws IOException {
        Path clone = Files.createDirectories(dir.resolve("x").resolve(".git")).getParent();
        Files.writeString(clone.resolve("pom.xml"), "<project/>");
        assertEquals(clone, TestPaths.rootAbove(Files.createDirectories(clone.resolve("index"))));
    }

    @Test
    void withoutARootTheMessageSaysWhatWasLookedFor() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> TestPaths.rootAbove(dir));
        assertTrue(e.getMessage().contains("pom.xml and mvnw or .git"), e.getMessage());
    }

    @Test
    void thisRepositorysRootHoldsTheBundledCorpus() {
        assertTrue(Files.isRegularFile(TestPaths.root().resolve("test-support").resolve("pom.xml")));
        assertTrue(Files.isDirectory(TestPaths.bundledCorpus()), TestPaths.bundledCorpus().toString());
        if (System.getenv("JIXIAO_SHARED") == null && System.getProperty("JIXIAO_SHARED") == null) {
            assertEquals(TestPaths.root().resolveSibling("shared"), TestPaths.sharedLocation());
        }
    }
}
