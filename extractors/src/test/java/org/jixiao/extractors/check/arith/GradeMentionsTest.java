package org.jixiao.extractors.check.arith;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.extractors.check.arith.GradeMentions.Mention;
import org.junit.jupiter.api.Test;

/** The punctuation-led scanners find exactly what the two band patterns they replace find. */
class GradeMentionsTest {

    private static final String GRADE = String.join("|", GradeMentions.NAMES);
    private static final Pattern BEFORE_BRACKET = Pattern.compile("(" + GRADE + ")[\"”」]?\\(([^()]{1,30})\\)");
    private static final Pattern BEFORE_COLON = Pattern.compile("(?<!\\p{IsHan})(" + GRADE + "):([^:]{1,30})");

    @Test
    void theUsualShapes() {
        assertEquals(List.of(new Mention("优", "90分以上"), new Mention("良好", "80-89分")),
                GradeMentions.beforeBracket("优(90分以上)良好”(80-89分)"));
        assertEquals(List.of(new Mention("优秀", "90分以上")), GradeMentions.beforeColon("优秀:90分以上"));
    }

    @Test
    void aGradeInsideAWordIsNoLabel() {
        // 合格 after 不 is 不合格; 的合格 is no grade label before a colon (a Han character precedes it)
        assertEquals(List.of(new Mention("不合格", "60以下")), GradeMentions.beforeBracket("不合格(60以下)"));
        assertEquals(List.of(), GradeMentions.beforeColon("项目的合格:90分"));
        assertEquals(List.of(new Mention("不合格", "60以下")), GradeMentions.beforeColon("不合格:60以下"));
    }

    @Test
    void emptyOrUnclosedBracketsStateNothing() {
        assertEquals(List.of(), GradeMentions.beforeBracket("优()良(80分"));
        assertEquals(List.of(), GradeMentions.beforeBracket("优(" + "9".repeat(31) + ")"));
        assertEquals(List.of(new Mention("优", "9".repeat(30))), GradeMentions.beforeBracket("优(" + "9".repeat(30) + ")"));
        assertEquals(List.of(), GradeMentions.beforeColon("优::"));
    }

    @Test
    void aColonRangeRunsToTheNextColonAndHidesTheGradeBeforeIt() {
        // the pattern's range is greedy: "90分以上良" is the first range, so 良 is not read again
        assertEquals(List.of(new Mention("优", "90分以上良")), GradeMentions.beforeColon("优:90分以上良:80分"));
    }

    @Test
    void randomClausesGiveWhatThePatternsGive() {
        String[] pieces = {"优", "秀", "良", "好", "中", "等", "差", "较", "一般", "不", "合格", "及格", "(", ")", ":",
            "\"", "”", "」", "9", "0", "分", "以上", "-", "的", "x", " ", "为", "𠀀"};
        Random random = new Random(20261202);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder clause = new StringBuilder();
            int length = 1 + random.nextInt(24);
            for (int i = 0; i < length; i++) {
                clause.append(pieces[random.nextInt(pieces.length)]);
            }
            String c = clause.toString();
            assertEquals(byPattern(BEFORE_BRACKET, c), GradeMentions.beforeBracket(c), c);
            assertEquals(byPattern(BEFORE_COLON, c), GradeMentions.beforeColon(c), c);
        }
    }

    private static List<Mention> byPattern(Pattern p, String clause) {
        List<Mention> out = new ArrayList<>();
        Matcher m = p.matcher(clause);
        while (m.find()) {
            out.add(new Mention(m.group(1), m.group(2)));
        }
        return out;
    }
}
