package org.jixiao.extractors.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.extractors.model.ReportMetadata;
import org.jixiao.extractors.model.ReportMetadata.ReportScope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The five real reports: what each one says about itself, read by a person and written down here, and
 * the provenance that shows where the extractor read it.
 */
class SampleReportMetadataTest {

    private static final MetadataExtractor EXTRACTOR = new MetadataExtractor();
    private static final Map<String, Double> MILLIS = new ConcurrentHashMap<>();

    private static ReportMetadata extract(SourceDocument doc) {
        long t0 = System.nanoTime();
        ReportMetadata m = EXTRACTOR.extract(doc);
        MILLIS.put(doc.path().getFileName().toString(), (System.nanoTime() - t0) / 1e6);
        return m;
    }

    @AfterAll
    static void printCost() {
        System.out.println("metadata extraction per document (ms, cold JIT, shared machine): " + MILLIS);
    }

    @Test
    void qingyuanTwoLineTitleAfterAttachmentLabelProjectReport() {
        SourceDocument doc = SampleReports.read("qingyuan-2020.docx");
        ReportMetadata m = extract(doc);
        assertEquals("长安区人民政府青园街道办事处2020年度绩效自评工作报告", m.title());
        assertQuotes(doc, m, "title", "长安区人民政府青园街道办事处\n2020年度绩效自评工作报告");
        assertEquals("长安区人民政府青园街道办事处", m.department());
        assertTrue(m.aliases().contains("长安区青园街道办事处"), m.aliases().toString());
        assertQuotes(doc, m, "department", "长安区人民政府青园街道办事处");
        // the district is in the name; the city is the one whose rules the report follows (《石家庄市…办法》)
        assertEquals("河北省石家庄市长安区", m.region());
        assertQuotes(doc, m, "region", "长安区");
        assertEquals(2020, m.year());
        assertQuotes(doc, m, "year", "2020年度");
        // it evaluates its budget projects (预算项目), never the department as a whole
        assertEquals(ReportScope.PROJECT, m.scope());
        assertTrue(m.evidence().get("scope.project").text().contains("预算项目"));
        assertNull(m.evidence().get("scope.department"));
    }

    @Test
    void shangjieFullNameFromTheFormWhileTheTitleUsesTheAbbreviation() {
        SourceDocument doc = SampleReports.read("shangjie-2021.pdf");
        ReportMetadata m = extract(doc);
        assertEquals("2021年度中共上街区委社治委部门整体绩效自评报告", m.title());
        assertQuotes(doc, m, "title", "2021年度中共上街区委社治委部门整体绩效自评报告");
        assertEquals("中国共产党郑州市上街区委委员会城乡社区发展治理委员会", m.department());
        assertQuotes(doc, m, "department", "中国共产党郑州市上街区委委员会城乡社区发展治理委员会");
        assertEquals(List.of("中共上街区委社治委"), m.aliases());
        assertFalse(m.department().contains("财政局"), "the finance bureau that asked for the report is not the reporter");
        assertEquals("河南省郑州市上街区", m.region());
        assertQuotes(doc, m, "region", "郑州市上街区");
        assertEquals(2021, m.year());
        assertEquals(ReportScope.DEPARTMENT, m.scope());
        assertNull(m.evidence().get("scope.project"), "scores of indicators are not scores of projects");
    }

    @Test
    void gexinWrittenIn2026EvaluatesTheYear2025AndNamesNoPlace() {
        SourceDocument doc = SampleReports.read("gexin-2025.docx");
        assertTrue(doc.text().text().contains("2026年4月启动"), "the trap is in the report");
        ReportMetadata m = extract(doc);
        assertEquals("革新街道办事处2025年度整体支出绩效自评报告", m.title());
        assertEquals("革新街道办事处", m.department());
        assertQuotes(doc, m, "department", "革新街道办事处");
        assertEquals(2025, m.year());
        assertQuotes(doc, m, "year", "2025年度");
        // the report never says which city or district it is in (only a file number 石发〔2019〕8号)
        assertNull(m.region());
        assertNull(m.evidence().get("region"));
        assertEquals(ReportScope.DEPARTMENT, m.scope());
        assertQuotes(doc, m, "scope", "整体支出");
    }

    @Test
    void donghuaDepartmentWideWithProjectsScoredOneByOne() {
        SourceDocument doc = SampleReports.read("donghua-2024.pdf");
        assertTrue(doc.text().text().contains("2025年3月初启动"), "the trap is in the report");
        ReportMetadata m = extract(doc);
        assertEquals("桥西区东华街道办事处2024年度整体支出绩效自评报告", m.title());
        assertEquals("桥西区东华街道办事处", m.department());
        assertQuotes(doc, m, "department", "桥西区东华街道办事处");
        // 东华街道办事处 on its own (机构情况：东华街道办事处是…); 东华街道 only ever inside it
        assertEquals(List.of("东华街道办事处"), m.aliases());
        // 中共石家庄市桥西区委办公室、石家庄市桥西区人民政府: the text writes the city before the district
        assertEquals("河北省石家庄市桥西区", m.region());
        assertQuotes(doc, m, "region", "石家庄市桥西区");
        assertEquals(2024, m.year());
        assertEquals(ReportScope.BOTH, m.scope());
        assertQuotes(doc, m, "scope.department", "整体支出");
        assertTrue(m.evidence().get("scope.project").text().contains("得分"));
    }

    @Test
    void yanfengFormsFirstThenTheReport() {
        SourceDocument doc = SampleReports.read("yanfeng-2021.docx");
        ReportMetadata m = extract(doc);
        // the document opens with two forms; the report's own title comes after them
        assertEquals("2021年度雁峰街道绩效评价报告", m.title());
        assertEquals("雁峰区雁峰街道办事处", m.department());
        Provenance dept = m.evidence().get("department");
        assertTrue(dept.inTable(), "read from the form's 预算部门名称 value cell");
        assertQuotes(doc, m, "department", "雁峰区雁峰街道办事处");
        assertEquals(List.of("雁峰街道"), m.aliases(), "as in 2021年度雁峰街道绩效评价报告");
        // 雁峰区 from the name; 衡阳市 is the city the report names (衡阳市信访‘三无’单位 …)
        assertEquals("湖南省衡阳市雁峰区", m.region());
        assertEquals(2021, m.year());
        // 部门整体支出绩效自评表 and 专项资金绩效自评表
        assertEquals(ReportScope.BOTH, m.scope());
        assertQuotes(doc, m, "scope.department", "部门整体");
        assertQuotes(doc, m, "scope.project", "专项资金");
    }

    @Test
    void theSameReportInOtherFormatsGivesTheSameMetadata() {
        for (String[] pair : new String[][] {
                {"donghua-2024.pdf", "donghua-2024-gb18030.txt"},
                {"gexin-2025.docx", "gexin-2025.rtf"},
                {"qingyuan-2020.docx", "qingyuan-2020.doc"},
                {"yanfeng-2021.docx", "yanfeng-2021.pdf"},
                {"yanfeng-2021.docx", "yanfeng-2021.doc"}}) {
            ReportMetadata a = extract(SampleReports.read(pair[0]));
            ReportMetadata b = extract(SampleReports.read(pair[1]));
            String what = pair[0] + " vs " + pair[1];
            assertEquals(a.title(), b.title(), what);
            assertEquals(a.department(), b.department(), what);
            assertEquals(a.region(), b.region(), what);
            assertEquals(a.year(), b.year(), what);
            assertEquals(a.scope(), b.scope(), what);
        }
    }

    @Test
    void extractionCostsLittleOnceHanLpIsLoaded() {
        List<SourceDocument> docs = List.of("qingyuan-2020.docx", "shangjie-2021.pdf", "gexin-2025.docx",
                "donghua-2024.pdf", "yanfeng-2021.docx").stream().map(SampleReports::read).toList();
        docs.forEach(EXTRACTOR::extract); // warm-up
        StringBuilder report = new StringBuilder("metadata extraction, best of 5 (ms):");
        for (SourceDocument d : docs) {
            double best = Double.MAX_VALUE;
            for (int i = 0; i < 5; i++) {
                long t0 = System.nanoTime();
                EXTRACTOR.extract(d);
                best = Math.min(best, (System.nanoTime() - t0) / 1e6);
            }
            report.append(' ').append(d.path().getFileName()).append('=').append(String.format("%.1f", best));
            assertTrue(best < 2000, d.path() + " took " + best + " ms");
        }
        System.out.println(report);
    }

    /** Every piece of evidence quotes the document exactly, and the named one quotes {@code expected}. */
    static void assertQuotes(SourceDocument doc, ReportMetadata m, String field, String expected) {
        for (Map.Entry<String, Provenance> e : m.evidence().entrySet()) {
            Provenance at = e.getValue();
            assertEquals(doc.text().text().substring(at.start(), at.end()), at.text(), e.getKey());
        }
        Provenance at = m.evidence().get(field);
        assertNotNull(at, "no evidence for " + field);
        assertEquals(expected, at.text(), field);
    }
}
