package org.jixiao.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jixiao.extractors.model.Amount;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Indicator;
import org.jixiao.extractors.model.Report;
import org.jixiao.extractors.model.Section;
import org.jixiao.generator.CorpusGenerator;
import org.jixiao.generator.GeneratedReport;
import org.jixiao.generator.OutputFormat;
import org.jixiao.generator.TruthWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each of the generator's province form templates (预算数（A）/执行数（B）/得分（20*执行率）; 年初预算/调整后预算数/
 * 预算执行数/权重; 计划安排资金/实际到位资金/实际支出/结余; 标准分; the central one), written as the files real
 * departments publish, is read back: the department form's budget figures under whichever header names them, the
 * budget block's weight (from a 分值/权重/标准分 column or the score's header), every form's score, and every
 * indicator row's weight and score, each value quoting the text it was read from.
 */
class FormTemplatesReadBackTest {

    static final List<String> TEMPLATES = List.of("central", "lettered", "adjusted", "standard-score", "funds");
    private static final long SEED = 20261202L;
    private static final List<GeneratedReport> MODELS = CorpusGenerator.models(SEED, 80);

    @TempDir
    Path dir;

    static Stream<Arguments> templatesAndFormats() {
        List<Arguments> out = new ArrayList<>();
        for (String t : TEMPLATES) {
            for (OutputFormat f : List.of(OutputFormat.DOCX, OutputFormat.TXT, OutputFormat.HTML, OutputFormat.XLSX,
                    OutputFormat.RTF)) {
                out.add(Arguments.of(t, f));
            }
        }
        return out.stream();
    }

    /** The first two reports of a template in the corpus. */
    private static List<GeneratedReport> reportsOf(String template) {
        List<GeneratedReport> out = MODELS.stream().filter(r -> r.formTemplate().equals(template)).limit(2).toList();
        assertEquals(2, out.size(), "the corpus has two reports of " + template);
        return out;
    }

    @Test
    void everyTemplateOccursAndOnlyTheOnesWithAnInitialColumnHaveAnInitialBudget() {
        for (String t : TEMPLATES) {
            GeneratedReport r = reportsOf(t).get(0);
            Amount initial = TruthWriter.evaluations(r).get(0).budget().initial();
            boolean lettered = t.equals("lettered") || t.equals("funds");
            assertEquals(lettered, initial == null, t + ": initial " + initial);
        }
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("templatesAndFormats")
    void theFormsOfEachTemplateAreReadBack(String template, OutputFormat format) throws Exception {
        Pipeline pipeline = new Pipeline(1);
        int i = 0;
        for (GeneratedReport r : reportsOf(template)) {
            CorpusGenerator.Item item = CorpusGenerator.write(dir, r, i++, format, SEED);
            Report got = assertInstanceOf(Pipeline.Outcome.Extracted.class,
                    pipeline.process(dir.resolve(item.fileName()))).report();
            String what = template + " " + item.fileName();
            assertEquals(r.department().name(), got.metadata().department(), what);
            assertEquals(0, r.score().compareTo(got.score()), what + " score " + got.score());

            List<Evaluation> truth = TruthWriter.evaluations(r);
            assertEquals(truth.size(), got.evaluations().size(), what + ": one evaluation per form");
            for (int k = 0; k < truth.size(); k++) {
                Evaluation want = truth.get(k);
                Evaluation e = got.evaluations().get(k);
                String form = what + " / " + want.name();
                assertEquals(want.name(), e.name(), form);
                assertEquals(0, want.score().compareTo(e.score()), form + " score");
                amount(want.budget().fullYear(), e.budget().fullYear(), form + " fullYear");
                amount(want.budget().executed(), e.budget().executed(), form + " executed");
                amount(want.budget().initial(), e.budget().initial(), form + " initial");
                assertEquals(0, want.budget().rate().value().compareTo(e.budget().rate().value()), form + " rate");
                Section budgetSection = e.sections().get(0);
                assertEquals("预算执行率", budgetSection.name(), form);
                assertEquals(0, want.sections().get(0).weight().compareTo(budgetSection.weight()), form + " weight");
                assertEquals(want.sections().get(0).weight().toPlainString(), budgetSection.at().text(),
                        form + ": the weight's provenance quotes it");
                assertEquals(want.indicators().size(), e.indicators().size(), form + " indicator rows");
                for (int n = 0; n < want.indicators().size(); n++) {
                    Indicator a = want.indicators().get(n);
                    Indicator b = e.indicators().get(n);
                    assertEquals(plain(a.level3()), b.level3(), form);
                    assertEquals(0, a.weight().compareTo(b.weight()), form + " " + a.level3() + " weight");
                    assertEquals(0, a.score().compareTo(b.score()), form + " " + a.level3() + " score");
                    assertNotNull(b.at(), form + " " + a.level3());
                    assertEquals(plain(a.level3()), plain(b.at().text()), form + ": the row's provenance quotes its name");
                }
            }
        }
    }

    /** A name as the record keeps it: full-width brackets read as ASCII ones. */
    private static String plain(String name) {
        return name.replace('（', '(').replace('）', ')');
    }

    /** The value as printed and a provenance that quotes it; or nothing when the form does not print it. */
    private static void amount(Amount want, Amount got, String what) {
        if (want == null) {
            assertNull(got, what + " is not printed, so it is not read: " + got);
            return;
        }
        assertNotNull(got, what);
        assertEquals(0, want.value().compareTo(got.value()), what + ": " + got.value());
        assertNotNull(got.at(), what);
        assertEquals(want.value().toPlainString(), got.at().text(), what + ": provenance quotes the figure");
        assertFalse(got.at().text().isBlank(), what);
        assertTrue(got.at().end() > got.at().start(), what);
    }
}
