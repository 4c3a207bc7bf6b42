package org.jixiao.extractors.metadata;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The year prefilter of {@link YearFinder}: a line it skips holds nothing the year group could match. */
class YearPrefilterTest {

    private static final Pattern YEAR_GROUP = Pattern.compile("(19|20)\\d{2}");

    @Test
    void agreesWithTheYearGroupOfThePatterns() {
        for (String s : List.of("对某某县农业农村局2023年度部门整体支出开展绩效自评", "2019", "编号12019号", "预算123.45万元",
                "完成率为98.7%，得分20分", "二〇二三年", "２０２３年", "201", "20 23年", "", "1990年以来")) {
            boolean expected = YEAR_GROUP.matcher(s).find();
            if (expected) {
                assertTrue(YearFinder.hasYear(s), s);
            } else {
                assertFalse(YearFinder.hasYear(s), s);
            }
        }
        assertTrue(YearFinder.hasYear("于2024年3月启动"));
        assertFalse(YearFinder.hasYear("执行率为100%"));
    }
}
