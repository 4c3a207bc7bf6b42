package org.jixiao.extractors.check.arith;

import org.jixiao.extractors.number.Interval;
import static org.jixiao.extractors.check.arith.Intervals.d;
import static org.jixiao.extractors.check.arith.Intervals.printed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.jixiao.corpus.text.TextNormalizer;
import org.jixiao.extractors.check.arith.GradeBands.Band;
import org.jixiao.extractors.check.arith.GradeBands.Classification;
import org.jixiao.extractors.check.arith.GradeBands.Level;
import org.jixiao.extractors.check.arith.GradeBands.Match;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GradeBandsTest {

    /** seed 003, as the OCR wrote it (LaTeX ≤ included). */
    private static final String SEED_003 = "根据部门职责定位和各项工作履职情况进行综合评价，给出总得分，满分 100 分，得出综合绩效评价等级。"
            + "部门整体支出综合绩效评价分为 4 个等级：得分 ≥ 85 分为优秀； $75 \\leq$ 得分 < 85 分为良好； "
            + "$60 \\leq$ 得分 < 75 分为一般；得分 < 60 分为较差。";

    /** seed 001. */
    private static final String SEED_001 = "4. 自评结果实行百分制和四级分类 分别是：90-100分为优、80-89分为良、60-79分为中、0-59分为差。";

    private static String normalized(String raw) {
        return TextNormalizer.get().normalizeText(raw, TextNormalizer.Mode.WRAPPED);
    }

    private static GradeBands bands(String text) {
        return GradeBands.parse(normalized(text)).orElseThrow(() -> new AssertionError("no bands in " + text));
    }

    @Nested
    class Parsing {

        @Test
        void comparisonsWithTheScore() {
            GradeBands b = bands(SEED_003);
            assertEquals("优秀 ≥85; 良好 ≥75; 一般 ≥60; 较差 <", b.toString());
            assertTrue(b.stated());
            assertEquals(List.of(Level.EXCELLENT, Level.GOOD, Level.FAIR, Level.POOR),
                    b.bands().stream().map(Band::level).toList());
        }

        @Test
        void theRawOcrTextParsesToo() {
            assertEquals("优秀 ≥85; 良好 ≥75; 一般 ≥60; 较差 <", GradeBands.parse(SEED_003).orElseThrow().toString());
        }

        @Test
        void integerRanges() {
            assertEquals("优 ≥90; 良 ≥80; 中 ≥60; 差 ≥0", bands(SEED_001).toString());
        }

        @Test
        void gradesFollowedByTheirRangeInParentheses() {
            assertEquals("优 ≥90; 良 ≥80; 中 ≥60; 差 <",
                    bands("评价等级分为优（90分以上）、良（80-89分）、中（60-79分）、差（60分以下）。").toString());
            assertEquals("优秀 ≥90; 良好 ≥80; 合格 ≥60; 不合格 <",
                    bands("等级划分:优秀(≥90分),良好(80≤得分<90),合格(60≤得分<80),不合格(<60分)").toString());
        }

        @Test
        void aBandStatedTwiceInOneClauseCountsOnce() {
            assertEquals("优秀 ≥90; 良好 ≥80; 较差 <",
                    bands("总分90分以上为优秀(90分以上)；80-89分为良好；80分以下为较差").toString());
        }

        @Test
        void gradesFollowedByAColon() {
            assertEquals("优秀 ≥90; 良好 ≥80; 合格 ≥60; 不合格 <",
                    bands("评价结果分为四个等级：优秀：90分以上；良好：80-89分；合格：60-79分；不合格：60分以下。").toString());
        }

        @Test
        void phrasingsWithWhereAndBetween() {
            assertEquals("优秀 ≥90; 良好 ≥80; 一般 ≥60; 较差 <",
                    bands("得分在90分以上的为优秀，得分在80（含）-90分之间的为良好，60分≤得分<80分为一般，得分低于60分为较差")
                            .toString());
        }

        @Test
        void inclusiveAboveAndBelowWords() {
            assertEquals("优 ≥90; 良 ≥80; 中 ≥60; 差 <",
                    bands("90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差").toString());
            assertEquals("合格 ≥60; 不合格 <", bands("得分60分及以上为合格，60分以下为不合格。").toString());
            assertEquals("优秀 ≥90; 良好 ≥75; 较差 <",
                    bands("评分不低于90分的为优秀；评分75分以上（含75分）为良好；低于75分为较差").toString());
        }

        @Test
        void strictLowerBounds() {
            GradeBands b = bands("总得分>90分为优秀，80分<总得分≤90分为良好，60分<总得分≤80分为合格，总得分≤60分为不合格");
            assertEquals("优秀 >90; 良好 >80; 合格 >60; 不合格 <", b.toString());
            assertEquals("良好", b.classify(d("90")).orElseThrow().name());
            assertEquals("优秀", b.classify(d("90.01")).orElseThrow().name());
            assertEquals("不合格", b.classify(d("60")).orElseThrow().name());
            assertEquals("合格 >90; 不合格 <", bands("90分以上(不含90分)为合格;90分以下为不合格").toString());
            assertFalse(bands("90分以上(不含90分)为合格;90分以下为不合格").bands().get(0).lowerInclusive());
        }

        @Test
        void proseWithoutBandsIsNotMistakenForBands() {
            assertTrue(GradeBands.parse(normalized(
                    "我单位部门整体绩效评价得分为 99.34 分，自评结果为优。")).isEmpty());
            assertTrue(GradeBands.parse(normalized("社区工作经费项目绩效评价的得分结果为 94 分，绩效评价等级为优秀；"
                    + "综合事务专项经费项目绩效评价的得分结果为 95 分，绩效评价等级为优秀")).isEmpty());
            assertTrue(GradeBands.parse(normalized("坚持以人民为中心，年终评选出优秀项目10个。")).isEmpty());
            assertTrue(GradeBands.parse("").isEmpty());
        }

        @Test
        void aSingleBandIsNotAScheme() {
            assertTrue(GradeBands.parse(normalized("得分90分以上为优秀。")).isEmpty());
            assertSame(GradeBands.DEFAULT, GradeBands.parseOrDefault(normalized("得分90分以上为优秀。")));
        }

        @Test
        void theFirstOfTwoStatementsIsTaken() {
            GradeBands b = bands("项目评价:90分以上为优,80-89分为良,80分以下为差。部门评价:85分以上为优,70-84分为良,70分以下为差。");
            assertEquals("优 ≥90; 良 ≥80; 差 <", b.toString());
        }

        @Test
        void defaults() {
            GradeBands b = GradeBands.parseOrDefault("本报告未说明评价等级。");
            assertFalse(b.stated());
            assertEquals("优 ≥90; 良 ≥80; 中 ≥60; 差 <", b.toString());
        }
    }

    @Nested
    class Classifying {

        private final GradeBands seed003 = bands(SEED_003);

        @Test
        void aScoreWellInsideABandHasOneGrade() {
            Classification c = seed003.classify(printed("94"));
            assertEquals("优秀", c.grade().orElseThrow().name());
            assertFalse(c.indeterminate());
            assertEquals(Match.MATCHES, seed003.gradeMatches(printed("94"), "优秀"));
            assertEquals(Match.MATCHES, seed003.gradeMatches(printed("94"), "优"), "synonym of 优秀");
            assertEquals(Match.MISMATCH, seed003.gradeMatches(printed("94"), "良好"));
        }

        /**
         * The policy: 85 printed is [84.5, 85.5], which straddles "≥85 优秀": both 优秀 and 良好 are possible, so
         * neither stated grade is an error. Only a grade no value in the interval earns is a mismatch.
         */
        @Test
        void aPrintedScoreOnABoundaryIsIndeterminate() {
            Classification c = seed003.classify(printed("85"));
            assertTrue(c.indeterminate());
            assertTrue(c.grade().isEmpty());
            assertEquals(List.of("优秀", "良好"), c.possible().stream().map(Band::name).toList());
            assertEquals(Match.INDETERMINATE, seed003.gradeMatches(printed("85"), "良好"));
            assertEquals(Match.INDETERMINATE, seed003.gradeMatches(printed("85"), "优秀"));
            assertEquals(Match.MISMATCH, seed003.gradeMatches(printed("85"), "一般"));
        }

        @Test
        void anExactScoreOnABoundaryIsDecided() {
            assertEquals(Match.MATCHES, seed003.gradeMatches(Interval.exact(d("85")), "优秀"));
            assertEquals(Match.MISMATCH, seed003.gradeMatches(Interval.exact(d("85")), "良好"));
            assertEquals(Match.MATCHES, seed003.gradeMatches(Interval.exact(d("84.99")), "良好"));
        }

        @Test
        void aDecimalScoreNearABoundary() {
            assertEquals(Match.INDETERMINATE, seed003.gradeMatches(printed("85.0"), "良好"), "[84.95, 85.05]");
            assertEquals(Match.MATCHES, seed003.gradeMatches(printed("85.1"), "优秀"), "[85.05, 85.15]");
            assertEquals(Match.MATCHES, seed003.gradeMatches(printed("84.9"), "良好"), "[84.85, 84.95]");
            assertEquals(Match.MISMATCH, seed003.gradeMatches(printed("84.9"), "优秀"));
        }

        @Test
        void integerRangesAreContiguous() {
            GradeBands seed001 = bands(SEED_001);
            // seed 001: 99.34 分, 自评结果为优
            assertEquals(Match.MATCHES, seed001.gradeMatches(printed("99.34"), "优"));
            assertEquals(Match.MISMATCH, seed001.gradeMatches(printed("99.34"), "良"));
            assertEquals(Match.MATCHES, seed001.gradeMatches(printed("89"), "良"));
            assertEquals("良", seed001.classify(d("89.6")).orElseThrow().name(), "between 80-89 and 90-100");
            assertEquals(Match.INDETERMINATE, seed001.gradeMatches(printed("90"), "优"));
        }

        @Test
        void scoresBelowEveryBand() {
            GradeBands seed001 = bands(SEED_001);
            assertTrue(seed001.classify(d("-1")).isEmpty());
            Classification c = seed001.classify(printed("0"));
            assertTrue(c.belowAllBands());
            assertTrue(c.indeterminate());
            assertEquals(Match.INDETERMINATE, seed001.gradeMatches(printed("0"), "差"));
        }

        @Test
        void unboundedScores() {
            assertEquals("优秀", seed003.classify(Interval.atLeast(d("90"))).grade().orElseThrow().name());
            assertEquals(4, seed003.classify(Interval.ALL).possible().size());
            assertEquals("较差", seed003.classify(Interval.atMost(d("50"))).grade().orElseThrow().name());
        }

        @Test
        void gradesOutsideTheSchemeAreUnknownNotWrong() {
            assertEquals(Match.UNKNOWN_GRADE, seed003.gradeMatches(printed("94"), "合格"));
            assertEquals(Match.UNKNOWN_GRADE, seed003.gradeMatches(printed("94"), "A"));
            assertEquals(Match.UNKNOWN_GRADE, seed003.gradeMatches(printed("94"), null));
        }

        @Test
        void defaultBandsAndSeed002() {
            // seed 002: 总得分96分，综合绩效评价等级为优秀 (no stated bands)
            assertEquals(Match.MATCHES, GradeBands.DEFAULT.gradeMatches(printed("96"), "优秀"));
            assertEquals(Match.MATCHES, GradeBands.DEFAULT.gradeMatches(printed("75"), "一般"), "中 = 一般");
            assertEquals(Match.MISMATCH, GradeBands.DEFAULT.gradeMatches(printed("75"), "良好"));
        }
    }

    @Test
    void levelsNormalizeSynonymsAndSuffixes() {
        assertEquals(Optional.of(Level.EXCELLENT), Level.of("优"));
        assertEquals(Optional.of(Level.EXCELLENT), Level.of("“优秀”"));
        assertEquals(Optional.of(Level.GOOD), Level.of("良好等级"));
        assertEquals(Optional.of(Level.FAIR), Level.of("中等"));
        assertEquals(Optional.of(Level.PASS), Level.of("及格"));
        assertEquals(Optional.of(Level.FAIL), Level.of("不合格"));
        assertEquals(Optional.empty(), Level.of("优良"));
    }
}
