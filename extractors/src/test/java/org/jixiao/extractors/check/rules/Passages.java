package org.jixiao.extractors.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.jixiao.corpus.DocumentReader;
import org.jixiao.corpus.ReadResult;
import org.jixiao.corpus.load.DocumentBuilder;
import org.jixiao.corpus.load.SourceFile;
import org.jixiao.corpus.model.Format;
import org.jixiao.corpus.text.TextNormalizer.Mode;
import org.jixiao.extractors.ReportExtractor;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Report;
import org.jixiao.testsupport.TestPaths;

/**
 * A whole generated report as text (the bundled {@code 0003-street-2023.txt}: prose plus self-evaluation forms),
 * edited the way a writer's slip would edit it, then read and checked like any file. Rules that compare the text
 * with the forms need both, which a one-line passage cannot give.
 */
final class Passages {

    static final Path STREET = TestPaths.bundledCorpus().resolve("0003-street-2023.txt");

    private Passages() {
    }

    static String street() {
        try {
            return Files.readString(STREET, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report of a text file holding {@code text}, read line by line as the text loader would. */
    static Report ofText(String text) {
        SourceFile file = new SourceFile(Path.of("t.txt"), "0".repeat(64), 1, Format.TXT);
        return new ReportExtractor().extract(new DocumentBuilder(file).text(text, null, Mode.LINES).build());
    }

    /**
     * A department form whose cells ran together (a web page copied as text; 全年预算数 677.31万元, 全年执行数
     * 582.68万元, 执行率 86.03%), after one sentence of prose that restates its budget.
     */
    static Report flatDepartmentFormAfter(String prose) {
        return ofText(prose + "\n" + """
                部门整体支出绩效自评表
                单位名称某某街道办事处自评得分90.3
                年度预算执行情况（万元）年初预算数全年预算数全年执行数分值执行率得分
                资金总额677.31677.31582.681586.03%12.9
                总分10090.3
                """);
    }

    /** The street report with one passage replaced (the replaced text must occur). */
    static Report streetWith(String from, String to) {
        return edited(t -> {
            assertTrue(t.contains(from), "the passage to edit is in the report: " + from);
            return t.replace(from, to);
        });
    }

    static Report edited(UnaryOperator<String> edit) {
        try {
            Path dir = Files.createTempDirectory("jixiao-rules");
            Path file = dir.resolve("report.txt");
            Files.writeString(file, edit.apply(street()), StandardCharsets.UTF_8);
            var doc = assertInstanceOf(ReadResult.Loaded.class, new DocumentReader().read(file)).document();
            Report r = new ReportExtractor().extract(doc);
            Files.delete(file);
            Files.delete(dir);
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Finding> of(Report r, String rule) {
        return r.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    /** Every provenance of a finding quotes the document text exactly. */
    static void quotes(Report r, Finding f) {
        String text = r.source().text().text();
        f.at().forEach(at -> assertEquals(at.text(), text.substring(at.start(), at.end()), f.toString()));
    }

    static List<String> snippets(Finding f) {
        return f.at().stream().map(at -> at.text()).toList();
    }
}
