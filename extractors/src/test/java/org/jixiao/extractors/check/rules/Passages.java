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
