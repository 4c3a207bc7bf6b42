package org.jixiao.index.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.jixiao.corpus.DocumentReader;
import org.jixiao.corpus.ReadResult;
import org.jixiao.extractors.ReportExtractor;
import org.jixiao.extractors.json.ReportRecord;
import org.jixiao.extractors.model.Report;
import org.jixiao.index.analysis.HanLpAnalyzer;
import org.jixiao.index.boilerplate.Fingerprint;
import org.jixiao.index.identity.DepartmentIdentity;
import org.jixiao.testsupport.TestPaths;
import org.junit.jupiter.api.Test;

/**
 * Entries prepared on a worker (identity left for the writer, text analyzed ahead) become the very documents made
 * in one go: the same fields in the same order, the same stored values, the same tokens.
 */
class PreparedEntriesTest {

    private final Analyzer analyzer = new HanLpAnalyzer();

    @Test
    void preparedEntriesAreTheDocumentsMadeInOneGo() throws IOException {
        Report report = null;
        for (String name : List.of("0003-street-2023.txt", "0001-bureau-2021.docx")) {
            ReadResult read = new DocumentReader().read(TestPaths.bundledCorpus().resolve(name));
            report = new ReportExtractor().extract(((ReadResult.Loaded) read).document());
            ReportRecord r = ReportRecord.of(report);
            String text = report.source().text().text();
            List<Fingerprint> fps = CrossReportChecks.standard().fingerprinter().apply(text);
            DepartmentIdentity dept = DepartmentIdentity.of(r.department(), r.aliases(), r.region());

            List<Document> direct = EntryDocuments.of(r, text, dept, fps);
            List<Document> prepared = EntryDocuments.prepare(r, text, fps, analyzer).documents(dept);
            assertTrue(direct.size() > 20, name + ": a report with entries");
            assertEquals(direct.size(), prepared.size(), name);
            for (int i = 0; i < direct.size(); i++) {
                assertEquals(describe(direct.get(i)), describe(prepared.get(i)), name + " entry " + i);
            }
        }
    }

    /** Every field of a document in order: name, stored value, and for analyzed fields their tokens. */
    private List<String> describe(Document d) throws IOException {
        List<String> out = new ArrayList<>();
        for (IndexableField f : d) {
            out.add(f.toString()); // its type, name and value
            if (f.fieldType().tokenized() && f.fieldType().indexOptions() != org.apache.lucene.index.IndexOptions.NONE) {
                out.add(tokens(f.tokenStream(analyzer, null)));
            }
        }
        return out;
    }

    private static String tokens(TokenStream ts) throws IOException {
        StringBuilder s = new StringBuilder();
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
        PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
            s.append(term).append('@').append(offset.startOffset()).append('-').append(offset.endOffset())
                    .append('+').append(inc.getPositionIncrement()).append(' ');
        }
        ts.end();
        s.append("end@").append(offset.endOffset());
        ts.close();
        return s.toString();
    }
}
