package org.jixiao.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jixiao.testsupport.TestPaths;
import org.junit.jupiter.api.Test;

/** The step after extraction runs on the workers; the sink still sees every file once, in input order. */
class WorkerStepTest {

    @Test
    void theStepRunsOnTheWorkersAndTheSinkSeesInputOrder() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(TestPaths.bundledCorpus())) {
            files = s.filter(p -> !p.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(files.size() >= 6);
        Set<String> stepThreads = ConcurrentHashMap.newKeySet();
        List<Path> seen = new ArrayList<>();
        String sinkThread = Thread.currentThread().getName();
        new Pipeline(2).run(files, outcome -> {
            stepThreads.add(Thread.currentThread().getName());
            return outcome.path();
        }, path -> {
            assertEquals(sinkThread, Thread.currentThread().getName(), "the sink runs on the caller");
            seen.add(path);
        });
        assertEquals(files, seen);
        assertEquals(Set.of("jixiao-worker"), stepThreads, "every step on a worker, none on the caller");
    }
}
