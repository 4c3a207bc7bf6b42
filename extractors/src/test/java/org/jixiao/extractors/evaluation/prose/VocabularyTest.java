package org.jixiao.extractors.evaluation.prose;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The cheap character checks that let a reader skip a pattern never skip a clause the pattern would match. */
class VocabularyTest {

    @Test
    void aClauseWithoutScoreCharactersHoldsNoScoreWord() {
        assertFalse(Vocabulary.mayHoldScoreWord("全年预算数为120万元，执行率100%"));
        assertTrue(Vocabulary.mayHoldScoreWord("项目自评得92分"));
        assertTrue(Vocabulary.mayHoldScoreWord("评价结果为良"));
    }

    @Test
    void randomClausesTheScorePatternMatchesPassTheCheck() {
        String[] pieces = {"综合", "得", "分", "评", "总体", "整体", "结果", "自", "价", "数", "总", "为", "是", ":", "：",
            "(", "（", ")", "）", "不", "未", "目", "项", "9", "5", ".", " ", "的", "良"};
        Random random = new Random(20261203);
        int matched = 0;
        for (int n = 0; n < 50_000; n++) {
            StringBuilder clause = new StringBuilder();
            int length = 1 + random.nextInt(16);
            for (int i = 0; i < length; i++) {
                clause.append(pieces[random.nextInt(pieces.length)]);
            }
            String c = clause.toString();
            if (Vocabulary.SCORE_WORD.matcher(c).find()) {
                matched++;
                assertTrue(Vocabulary.mayHoldScoreWord(c), c);
            }
        }
        assertTrue(matched > 1_000, "the random clauses exercise the pattern: " + matched);
    }
}
