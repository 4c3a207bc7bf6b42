package org.jixiao.index.boilerplate;

import static org.jixiao.corpus.testing.ProvenanceAssertions.assertQuotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.model.Finding;
import org.junit.jupiter.api.Test;

/** The {@code boilerplate} rule: passages copied from another department or an earlier year, template text aside. */
class BoilerplateDetectorTest {

    /** A passage one department's report might take from another's (with its own figures). */
    private static final String COPIED = "我单位坚持以习近平新时代中国特色社会主义思想为指导，紧紧围绕年度重点工作任务，"
            + "科学编制部门预算，严格执行预算绩效管理制度，全年共开展专项督查12次，资金使用效益明显提升，"
            + "群众满意度达到95.6%，圆满完成了各项目标任务。";
    private static final String TEMPLATE = "根据《中共中央国务院关于全面实施预算绩效管理的意见》和《项目支出绩效评价管理办法》"
            + "等文件要求，按照财政部门统一部署，本单位组织开展了部门整体支出和项目支出绩效自评工作。";
    private static final String LETTERS = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动"
            + "同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制"
            + "机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原"
            + "又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文";

    /** Filler no other report has: letters drawn from a seed. */
    private static String filler(long seed, int length) {
        SplittableRandom rng = new SplittableRandom(seed);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(LETTERS.charAt(rng.nextInt(LETTERS.length())));
            if (i % 25 == 24) {
                s.append('。');
            }
        }
        return s.toString();
    }

    /** A small in-memory index: which reports hold each fingerprint. */
    private static final class Index {
        final Map<Long, List<OtherReport>> holders = new HashMap<>();
        int reports;

        void add(OtherReport r, String text) {
            reports++;
            for (Fingerprint fp : Fingerprinter.of(text)) {
                List<OtherReport> list = holders.computeIfAbsent(fp.hash(), h -> new ArrayList<>());
                if (!list.contains(r)) {
                    list.add(r);
                }
            }
        }

        List<Finding> find(OtherReport self, String text) {
            return BoilerplateDetector.find(self, text, Fingerprinter.of(text),
                    h -> holders.getOrDefault(h, List.of()), reports);
        }
    }

    private static OtherReport report(String id, String department, int year) {
        return new OtherReport(id, department, year, department + year + "年度部门整体支出绩效自评报告",
                "/data/reports/" + id + ".docx");
    }

    @Test
    void aPassageCopiedFromAnotherDepartmentIsFoundWhereItIs() {
        OtherReport culture = report("a", "青禾县文化旅游局", 2024);
        OtherReport water = report("b", "青禾县水利局", 2024);
        String theirs = filler(1, 300) + COPIED + filler(2, 200);
        String copy = COPIED.replace("12次", "9次").replace("95.6%", "97%");
        String ours = filler(3, 150) + "\n" + copy + "\n" + filler(4, 250);
        Index index = new Index();
        index.add(water, theirs);
        index.add(culture, ours);

        List<Finding> findings = index.find(culture, ours);
        assertEquals(1, findings.size(), findings.toString());
        Finding f = findings.get(0);
        assertEquals("boilerplate", f.rule());
        assertEquals("boilerplate.other-department", f.code());
        assertEquals(Finding.Severity.INFO, f.severity());
        assertEquals(List.of("b"), f.related());
        assertTrue(f.message().contains(water.title()) && f.message().contains("b.docx"), f.message());
        assertEquals(1, f.at().size(), "the changed figures do not split the passage");
        Provenance at = f.at().get(0);
        assertQuotes(ours, at);
        int copyStart = ours.indexOf(copy);
        assertTrue(at.start() >= copyStart && at.end() <= copyStart + copy.length(), at.toString());
        assertTrue(at.end() - at.start() >= copy.length() - 2 * (Fingerprinter.K + Fingerprinter.WINDOW),
                "nearly the whole passage: " + at);
        assertTrue(ours.substring(at.start(), at.end()).contains("科学编制部门预算"));
    }

    @Test
    void templateTextThatEveryReportHasIsNotACopy() {
        Index index = new Index();
        List<OtherReport> all = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            OtherReport r = report("r" + i, "部门" + "甲乙丙丁戊己庚辛".charAt(i), 2024);
            String text = "一、部门基本情况\n" + TEMPLATE + "\n" + filler(100 + i, 400);
            all.add(r);
            texts.add(text);
            index.add(r, text);
        }
        for (int i = 0; i < all.size(); i++) {
            assertEquals(List.of(), index.find(all.get(i), texts.get(i)), "report " + i);
        }
    }

    @Test
    void aReportIsNeverItsOwnCopyNorIsTheSameReportInAnotherFormat() {
        OtherReport docx = report("docx", "青禾县水利局", 2024);
        OtherReport pdf = new OtherReport("pdf", "青禾县水利局", 2024, docx.title(), "/data/reports/pdf.pdf");
        String text = filler(7, 200) + COPIED + filler(8, 100) + COPIED;
        Index index = new Index();
        index.add(docx, text);
        index.add(pdf, text);
        assertEquals(List.of(), index.find(docx, text));
        assertEquals(List.of(), index.find(pdf, text));
    }

    @Test
    void lastYearsTextCarriedOverCountsForTheLaterReportOnly() {
        OtherReport earlier = report("y2023", "青禾县水利局", 2023);
        OtherReport later = report("y2024", "青禾县水利局", 2024);
        String before = filler(11, 200) + COPIED + filler(12, 200);
        String after = filler(13, 100) + COPIED.replace("12次", "15次") + filler(14, 300);
        Index index = new Index();
        index.add(earlier, before);
        index.add(later, after);

        List<Finding> findings = index.find(later, after);
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("boilerplate.earlier-year", findings.get(0).code());
        assertEquals(List.of("y2023"), findings.get(0).related());
        assertTrue(findings.get(0).message().contains("2023"), findings.get(0).message());
        findings.get(0).at().forEach(at -> assertQuotes(after, at));
        assertEquals(List.of(), index.find(earlier, before), "the earlier report was first");
    }

    @Test
    void sharedTextShorterThanAPassageIsNotReported() {
        OtherReport a = report("a", "青禾县文化旅游局", 2024);
        OtherReport b = report("b", "青禾县水利局", 2024);
        String shortShared = COPIED.substring(0, 40);
        String ta = filler(21, 200) + shortShared + filler(22, 200);
        String tb = filler(23, 200) + shortShared + filler(24, 200);
        Index index = new Index();
        index.add(a, ta);
        index.add(b, tb);
        assertEquals(List.of(), index.find(a, ta));
    }

    @Test
    void fingerprintsIgnoreDigitsPunctuationAndSpacingAndAreStable() {
        String a = "全年支出2080.00万元，其中基本支出1700.00万元，项目支出380.00万元，主要用于保障机构正常运转和重点项目实施。";
        String b = "全年支出 1999.5万元;其中基本支出1600万元 项目支出399.5万元。主要用于保障机构正常运转和重点项目实施";
        List<Long> ha = Fingerprinter.of(a).stream().map(Fingerprint::hash).toList();
        List<Long> hb = Fingerprinter.of(b).stream().map(Fingerprint::hash).toList();
        assertTrue(!ha.isEmpty());
        assertEquals(ha, hb);
        assertEquals(ha, Fingerprinter.of(a).stream().map(Fingerprint::hash).toList(), "the same every time");
        assertNotEquals(ha, Fingerprinter.of(a.replace("保障", "维持")).stream().map(Fingerprint::hash).toList());
        for (Fingerprint fp : Fingerprinter.of(a)) {
            assertTrue(Character.isLetter(a.charAt(fp.start())) && Character.isLetter(a.charAt(fp.end() - 1)));
        }
        assertEquals(List.of(), Fingerprinter.of("短文本，12345。"));
    }

    @Test
    void inALargeIndexTextHeldByMoreThanAFewReportsIsTemplateHoweverSmallTheirShare() {
        Index index = new Index();
        for (int i = 0; i < 200; i++) { // a big index, so 20% of it would be 40 reports
            index.add(report("bg" + i, "背景单位" + i, 2024), filler(1000 + i, 300));
        }
        List<OtherReport> all = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < BoilerplateDetector.RARE_HOLDERS + 1; i++) {
            OtherReport r = report("s" + i, "共用单位" + i, 2024);
            String text = filler(300 + i, 200) + COPIED + filler(400 + i, 200);
            all.add(r);
            texts.add(text);
            index.add(r, text);
        }
        for (int i = 0; i < all.size(); i++) {
            assertEquals(List.of(), index.find(all.get(i), texts.get(i)), "held by " + all.size() + " reports");
        }
        assertEquals(BoilerplateDetector.RARE_HOLDERS, BoilerplateDetector.holderLimit(100_000));
        assertEquals(BoilerplateDetector.MIN_TEMPLATE_HOLDERS, BoilerplateDetector.holderLimit(8));
    }

    @Test
    void aReportCopiedByManyNamesOnlyTheFewSharingMostAndTheyComeLongestFirst() {
        OtherReport self = report("self", "青禾县水利局", 2024);
        String[] passages = {filler(501, 70), filler(502, 90), filler(503, 120), filler(504, 65)};
        StringBuilder ours = new StringBuilder(filler(500, 100));
        for (String p : passages) {
            ours.append('\n').append(p).append('\n').append(filler(p.length(), 80));
        }
        Index index = new Index();
        index.add(self, ours.toString());
        for (int i = 0; i < passages.length; i++) { // another department's report shares one passage each
            index.add(report("o" + i, "其他单位" + i, 2024), filler(600 + i, 150) + passages[i] + filler(700 + i, 150));
        }
        List<Finding> findings = index.find(self, ours.toString());
        assertEquals(BoilerplateDetector.MAX_FINDINGS, findings.size(), findings.toString());
        assertEquals(List.of(List.of("o2"), List.of("o1"), List.of("o0")),
                findings.stream().map(Finding::related).toList(), "the longest shared passages first");
        findings.forEach(f -> f.at().forEach(at -> assertQuotes(ours.toString(), at)));
    }
}
