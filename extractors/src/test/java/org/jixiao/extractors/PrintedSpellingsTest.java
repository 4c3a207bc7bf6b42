package org.jixiao.extractors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jixiao.corpus.load.SourceFile;
import org.jixiao.corpus.load.text.TextLoader;
import org.jixiao.extractors.model.Figure;
import org.jixiao.extractors.model.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report copied by a traditional-character mirror keeps its own spelling in the record: the department as the page
 * prints it (glosses included), the simplified name as an alias; a unit printed after its number, and the words that
 * name it, in the page's characters. The same report in simplified characters is read as before. Invented text.
 */
class PrintedSpellingsTest {

    @TempDir
    Path tmp;

    private Report extract(String name, String text) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return new ReportExtractor().extract(new TextLoader().load(SourceFile.of(p)));
    }

    private static final String TRADITIONAL = """
            來源:望川區(qū)農機推廣服務中心
            農機購置補貼資金2023年度績效自評報告
            一、基本情況
            本年度到位的補貼資金合計86萬元,均已兌付農戶。
            資金到位率100%,項目數量3個。
            績效指標一級指標二級指標三級指標年度指標值實際完成值分值得分
            指標4:巡查次數 120次 118次 2 1.8
            總分:95
            """;

    @Test
    void aMirrorsSpellingIsKept() throws Exception {
        Report r = extract("mirror.txt", TRADITIONAL);
        assertEquals("望川區(qū)農機推廣服務中心", r.metadata().department());
        assertTrue(r.metadata().aliases().contains("望川区农机推广服务中心"), r.metadata().aliases().toString());
        Figure total = r.figures().stream().filter(f -> f.value().intValue() == 86).findFirst().orElseThrow();
        assertEquals("萬元", total.unit());
        assertEquals("本年度到位的補貼資金", total.label());
        assertEquals(0, new java.math.BigDecimal("860000").compareTo(total.yuan()), "the amount is still read in 元");
        assertTrue(r.errors().isEmpty(), r.errors().toString());
        assertTrue(r.figures().stream().anyMatch(f -> f.unit() == null || f.unit().isEmpty() || "個".equals(f.unit())),
                "figures of every kind, a bare number's too: " + r.figures());
    }

    /** A mirror that also prints full-width forms: the unit after them is still the page's, written half-width. */
    @Test
    void fullWidthDigitsBeforeTheUnit() throws Exception {
        Report r = extract("wide.txt", TRADITIONAL.replace("86萬元", "８６萬元").replace("100%", "１００％"));
        Figure total = r.figures().stream().filter(f -> f.value().intValue() == 86).findFirst().orElseThrow();
        assertEquals("萬元", total.unit());
        Figure rate = r.figures().stream().filter(f -> f.value().intValue() == 100).findFirst().orElseThrow();
        assertEquals("%", rate.unit(), "the script is kept, not the width");
    }

    @Test
    void theSameReportInSimplifiedCharactersIsReadAsBefore() throws Exception {
        Report r = extract("original.txt", """
                来源:望川区农机推广服务中心
                农机购置补贴资金2023年度绩效自评报告
                一、基本情况
                本年度到位的补贴资金合计86万元,均已兑付农户。
                """);
        assertEquals("望川区农机推广服务中心", r.metadata().department());
        Figure total = r.figures().stream().filter(f -> f.value().intValue() == 86).findFirst().orElseThrow();
        assertEquals("万元", total.unit());
        assertEquals("本年度到位的补贴资金", total.label());
    }
}
