package org.jixiao.extractors.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.nio.file.Path;

import org.jixiao.corpus.DocumentReader;
import org.jixiao.corpus.ReadResult;
import org.jixiao.extractors.ReportExtractor;
import org.jixiao.extractors.model.Report;
import org.jixiao.testsupport.TestPaths;
import org.junit.jupiter.api.Test;

/** A stored record reads back into the model without loss: writing it again gives the same JSON. */
class ReportRecordTest {

    private static Report extract(String name) {
        Path p = TestPaths.sample(name);
        var loaded = (ReadResult.Loaded) new DocumentReader().read(p);
        return new ReportExtractor().extract(loaded.document());
    }

    @Test
    void aRecordSurvivesTheRoundTripThroughItsJson() {
        Report r = extract("yanfeng-2021.docx");
        String json = ReportJson.toJson(r);
        ReportRecord back = ReportRecord.read(json);
        assertEquals(json, ReportJson.toJson(back));
        assertEquals(ReportRecord.of(r).evaluations(), back.evaluations());
        assertEquals(ReportRecord.of(r).figures(), back.figures());
        assertEquals(ReportRecord.of(r).findings(), back.findings());
        assertFalse(back.figures().isEmpty());
    }

    @Test
    void decimalsStayExactAndMissingFieldsAreNull() {
        ReportRecord r = ReportRecord.read("""
                {"schema":"jixiao.report/1","id":"ab","source":{"path":"x.pdf","format":"pdf"},
                 "score":86.50,"figures":[{"label":"全年执行数","value":2021.29,"unit":"万元","yuan":20212900,
                 "kind":"amount","at":{"page":1,"table":null,"row":null,"col":null,"start":3,"end":10,"text":"2021.29"}}]}
                """);
        assertEquals(new BigDecimal("86.50"), r.score());
        assertEquals(new BigDecimal("2021.29"), r.figures().get(0).value());
        assertEquals("2021.29", r.figures().get(0).at().text());
        assertNull(r.year());
        assertNull(r.pages());
    }
}
