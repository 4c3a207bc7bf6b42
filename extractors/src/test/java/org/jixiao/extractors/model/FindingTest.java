package org.jixiao.extractors.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How a finding names another report: one description for the cross-year and the boilerplate findings. */
class FindingTest {

    @Test
    void anotherReportByTitleYearAndFileWithoutItsFolder() {
        assertEquals("《某某县农业农村局2022年度部门整体支出绩效自评报告》（2022年，a.docx）",
                Finding.otherReport("某某县农业农村局2022年度部门整体支出绩效自评报告", 2022, "/data/in/a.docx"));
        assertEquals("《（无标题）》（b.pdf）", Finding.otherReport(null, null, "C:\\in\\b.pdf"));
        assertEquals("《某报告》", Finding.otherReport("某报告", null, null));
    }
}
