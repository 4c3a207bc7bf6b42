package org.jixiao.extractors.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;

/** The label prefilter: which patterns give a character set, and that it finds every label a full search finds. */
class LabelCharsTest {

    @Test
    void literalPatternsGiveTheirCharactersAndOpenEndedOnesNone() {
        LabelChars chars = LabelChars.of(List.of("(预算)?(部门|单位)[(（]?名称", "来源"));
        assertNotNull(chars);
        assertTrue(chars.all("部门（名称"));
        assertTrue(chars.all("来源"));
        assertFalse(chars.all("资金来源")); // 资 and 金 are in no label
        assertEquals(3, chars.next("某某县来源", 0));
        assertEquals(-1, chars.next("某某县", 0));
        for (String open : List.of("单位.", "\\p{IsHan}单位", "[^某]单位", "[a-z]单位", "(?i)单位", "(?=单)单位", "^单位",
                "单{2}")) {
            assertNull(LabelChars.of(List.of("来源", open)), open);
        }
    }

    @Test
    void prefilteredSearchFindsWhatTheFullSearchFinds() {
        List<String> lines = List.of(
                "主管部门某某县水利局实施单位某某县水利局资金情况",
                "来源：某某县财政局 发布时间：2023-01-05",
                "单位名称（盖章）：某某镇人民政府  填报日期：2024年3月1日",
                "由项目承担单位向某委报告，资金来源为本级财政",
                "项目名称 | 某某道路改造工程 | 主管部门 | 某某县交通运输局 |",
                "预算单位123.45万元(自治区主管部门)",
                "没有任何标签的一句话。",
                "");
        for (String s : lines) {
            assertEquals(all(s, false), all(s, true), s);
        }
        assertEquals(List.of("0-4", "10-14"), all(lines.get(0), true)); // 主管部门, 实施单位
    }

    /** Every label match (start-end) left to right, found by the prefilter or by {@link Matcher#find(int)}. */
    private static List<String> all(String s, boolean prefiltered) {
        List<String> out = new ArrayList<>();
        Matcher m = FieldLabels.labels(s);
        int pos = 0;
        while (pos < s.length() && (prefiltered ? FieldLabels.find(m, s, pos) : m.find(pos))) {
            out.add(m.start() + "-" + m.end());
            pos = m.end();
        }
        return out;
    }
}
