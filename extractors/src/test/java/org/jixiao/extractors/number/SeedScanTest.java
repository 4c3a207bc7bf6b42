package org.jixiao.extractors.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.corpus.text.TextNormalizer;
import org.jixiao.testsupport.RequiresShared;
import org.jixiao.testsupport.TestPaths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The scanner over the real reports in {@code shared/seeds}: raw extracted text and normalized text. */
@RequiresShared
class SeedScanTest {

    private static final List<String> RAW = new ArrayList<>();
    private static final List<String> NORMALIZED = new ArrayList<>();

    @BeforeAll
    static void load() throws IOException {
        try (var files = Files.list(TestPaths.seeds())) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String raw = Files.readString(p);
                RAW.add(raw);
                NORMALIZED.add(TextNormalizer.get().normalizeText(raw, TextNormalizer.Mode.LINES));
            }
        }
        assertEquals(5, RAW.size(), "five seed reports");
    }

    private static String seed(String prefix) throws IOException {
        return Files.readString(TestPaths.seed(prefix));
    }

    @Test
    void everySeedScansWithValidSpansAndManyFigures() {
        int total = 0;
        for (List<String> texts : List.of(RAW, NORMALIZED)) {
            for (String t : texts) {
                List<Mention> ms = NumberScannerTest.scan(t);
                long quantities = ms.stream().filter(Quantity.class::isInstance).count();
                assertTrue(quantities > 10, "figures found: " + quantities);
                total += (int) quantities;
            }
        }
        assertTrue(total > 1000, "figures in raw + normalized seeds: " + total);
    }

    /** The figure whose digits start where {@code snippet} is found. */
    private static Quantity figureAt(String text, String snippet, int occurrence) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = text.indexOf(snippet, at + 1);
        }
        assertTrue(at >= 0, snippet);
        int start = at;
        Mention m = NumberScanner.scan(text).stream().filter(x -> x.start() == start).findFirst()
                .orElseThrow(() -> new AssertionError("nothing at " + start + " for " + snippet));
        Quantity q = assertInstanceOf(Quantity.class, m, m::toString);
        assertEquals(snippet, q.text());
        return q;
    }

    @Test
    void knownFiguresAtTheirOffsets() throws IOException {
        String income = seed("002_");
        Quantity q = figureAt(income, "1733.73万元", 0);
        assertEquals(new BigDecimal("1733.73"), q.value());
        assertEquals(new BigDecimal("17337300"), q.yuan().orElseThrow());
        assertEquals(2, figureAt(income, "125.90万元", 0).decimals(), "trailing zero kept");

        String funds = seed("003_");
        Quantity small = figureAt(funds, "1.928 万元", 0);
        assertEquals(3, small.decimals());
        assertEquals(new BigDecimal("19280"), small.yuan().orElseThrow());
        assertEquals(Qualifier.AT_LEAST, figureAt(funds, "不少于85%", 0).qualifier());

        String whole = seed("001_");
        assertEquals(Kind.SCORE, figureAt(whole, "99.34 分", 0).kind());
        assertEquals(Qualifier.MORE_THAN, figureAt(whole, "1000 余个", 0).qualifier());

        String form = seed("004_");
        assertEquals(new BigDecimal("1000000000"), figureAt(form, "10亿元", 0).yuan().orElseThrow());
        assertEquals(Kind.COUNT, figureAt(form, "162户", 0).kind());

        String street = seed("000_");
        assertEquals(new BigDecimal("72.51"), figureAt(street, "72.51万元", 0).value());
    }

    @Test
    void noYearIsReadAsAFigure() {
        Pattern year = Pattern.compile("(19|20)\\d\\d\\s?年");
        for (String t : NORMALIZED) {
            List<Mention> ms = NumberScanner.scan(t);
            Matcher m = year.matcher(t);
            while (m.find()) {
                int s = m.start();
                Mention at = ms.stream().filter(x -> x.start() <= s && s < x.end()).findFirst().orElseThrow();
                NonFigure n = assertInstanceOf(NonFigure.class, at, at::toString);
                assertTrue(n.reason() == NonFigure.Reason.YEAR || n.reason() == NonFigure.Reason.DOCUMENT_NUMBER
                        || n.reason() == NonFigure.Reason.SPLIT, n::toString);
            }
        }
    }

    @Test
    void documentNumbersInTheSeedsAreRecognised() throws IOException {
        List<Mention> ms = NumberScanner.scan(seed("003_"));
        assertTrue(ms.stream().anyMatch(m -> m instanceof NonFigure n
                && n.reason() == NonFigure.Reason.DOCUMENT_NUMBER && n.text().equals("〔2019〕5号")));
        assertFalse(ms.stream().anyMatch(m -> m instanceof Quantity q && q.value().intValue() == 2019));
    }

    @Test
    void throughput() {
        for (int r = 0; r < 30; r++) {
            RAW.forEach(NumberScanner::scan); // warm up the JIT before measuring
        }
        long chars = 0;
        long t0 = System.nanoTime();
        int rounds = 60;
        int mentions = 0;
        for (int r = 0; r < rounds; r++) {
            for (String t : RAW) {
                mentions += NumberScanner.scan(t).size();
                chars += t.length();
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("NumberScanner throughput: %d chars in %.3f s = %.1f M chars/s (%d mentions/round)%n",
                chars, seconds, chars / seconds / 1e6, mentions / rounds);
        assertTrue(mentions > 0);
    }
}
