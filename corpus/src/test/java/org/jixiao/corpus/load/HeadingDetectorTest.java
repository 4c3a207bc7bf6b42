package org.jixiao.corpus.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HeadingDetectorTest {

    @Test
    void chineseSectionNumberingGivesLevels() {
        assertEquals(1, HeadingDetector.level("一、部门基本情况"));
        assertEquals(1, HeadingDetector.level("五、存在的问题及改进措施"));
        assertEquals(2, HeadingDetector.level("(一)自评的组织工作"));
        assertEquals(2, HeadingDetector.level("（二）部门收支预决算情况"));
        assertEquals(3, HeadingDetector.level("1.基础数据采集"));
        assertEquals(3, HeadingDetector.level("2、数据分析"));
        assertEquals(4, HeadingDetector.level("(1)科学规范"));
    }

    @Test
    void sentencesAndNumbersAreNotHeadings() {
        assertEquals(0, HeadingDetector.level("(1)科学规范。绩效评价注重财政支出的经济性、效率性和有效性。"));
        assertEquals(0, HeadingDetector.level("1.5万元用于社区办公"));
        assertEquals(0, HeadingDetector.level("一是成立自评工作小组"));
        assertEquals(0, HeadingDetector.level("2024年预算收入1735.58万元"));
        assertEquals(0, HeadingDetector.level(""));
        assertEquals(0, HeadingDetector.level("一、" + "很长的标题".repeat(10)));
    }
}
