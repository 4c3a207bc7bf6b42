package org.jixiao.extractors.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jixiao.extractors.nlp.ChineseNlp.Entity;
import org.jixiao.extractors.nlp.ChineseNlp.EntityKind;
import org.jixiao.extractors.nlp.ChineseNlp.Token;
import org.junit.jupiter.api.Test;

/** The HanLP implementation: offsets, domain words, entities, one quiet initialisation, thread safety. */
class HanLpNlpTest {

    private static final String SENTENCE =
            "贯彻落实中共石家庄市桥西区委办公室、石家庄市桥西区人民政府文件精神，对桥西区东华街道办事处2024年整体支出实施了绩效自评，自评得分为96分，执行率为98%。";

    @Test
    void tokensCoverTheTextWithExactOffsets() {
        List<Token> tokens = ChineseNlp.hanlp().segment(SENTENCE);
        int expected = 0;
        for (Token t : tokens) {
            assertEquals(expected, t.start(), "tokens are contiguous");
            assertEquals(t.word(), SENTENCE.substring(t.start(), t.end()));
            expected = t.end();
        }
        assertEquals(SENTENCE.length(), expected);
    }

    @Test
    void domainWordsFromTheResourceAreSingleWords() {
        List<String> words = ChineseNlp.hanlp().segment(SENTENCE).stream().map(Token::word).toList();
        assertTrue(words.contains("自评得分"), words.toString());
        assertTrue(words.contains("执行率"), words.toString());
        assertTrue(words.contains("街道办事处") || words.contains("东华街道办事处") || words.contains("桥西区东华街道办事处"),
                words.toString());
        assertTrue(((HanLpNlp) ChineseNlp.hanlp()).domainWordCount() >= 20);
    }

    @Test
    void placesAndOrganizations() {
        List<Entity> entities = ChineseNlp.hanlp().entities(SENTENCE);
        assertTrue(entities.stream().anyMatch(e -> e.kind() == EntityKind.PLACE && e.text().equals("石家庄市")),
                entities.toString());
        assertTrue(entities.stream().anyMatch(e -> e.kind() == EntityKind.ORGANIZATION), entities.toString());
        for (Entity e : entities) {
            assertEquals(e.text(), SENTENCE.substring(e.start(), e.end()));
        }
    }

    @Test
    void sharedInstanceIsLoadedOnceAndPrintsNothing() {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true));
        ChineseNlp first;
        try {
            first = ChineseNlp.hanlp();
            first.segment("初始化之后不应输出任何日志");
        } finally {
            System.setErr(err);
        }
        assertSame(first, ChineseNlp.hanlp());
        assertEquals("", captured.toString(), "HanLP printed to stderr");
        double init = ((HanLpNlp) first).initMillis();
        assertTrue(init > 0);
        System.out.printf("HanLP init: %.0f ms%n", init);
    }

    @Test
    void oneInstanceServesManyThreads() throws Exception {
        ChineseNlp nlp = ChineseNlp.hanlp();
        List<Token> expected = nlp.segment(SENTENCE);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Token>>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 64; i++) {
                results.add(pool.submit(() -> nlp.segment(SENTENCE)));
            }
            for (Future<List<Token>> f : results) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void costOfSegmentingAWholeReport() {
        ChineseNlp nlp = ChineseNlp.hanlp();
        String report = SENTENCE.repeat(150); // about 12,000 characters, the size of a typical report
        nlp.segment(report);
        long t0 = System.nanoTime();
        int runs = 5;
        int tokens = 0;
        for (int i = 0; i < runs; i++) {
            tokens = nlp.segment(report).size();
        }
        double ms = (System.nanoTime() - t0) / 1e6 / runs;
        assertTrue(tokens > 1000);
        System.out.printf("HanLP segment of %d chars: %.1f ms (%d tokens)%n", report.length(), ms, tokens);
    }
}
