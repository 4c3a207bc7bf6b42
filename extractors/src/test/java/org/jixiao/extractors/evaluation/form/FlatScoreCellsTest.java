package org.jixiao.extractors.evaluation.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;

import org.jixiao.corpus.model.SourceDocument;
import org.junit.jupiter.api.Test;

/** A form's score printed one cell a line (invented numbers): the label alone on its line, the value below it. */
class FlatScoreCellsTest {

    private static FlatForms.Value find(String... cells) {
        SourceDocument doc = FlatDocs.of("score.txt", String.join("\n\n", cells));
        FlatText t = FlatText.of(doc).get(0);
        FlatForms.Value v = FlatScore.find(t, 0, t.text().length());
        if (v != null) {
            FlatDocs.assertQuotes(doc, v);
        }
        return v;
    }

    @Test
    void theClosingRowGivesFullMarksThenTheScore() {
        FlatForms.Value v = find("服务对象满意度", "≥90%", "84%", "5", "4.7", "总分", "100", "89.7", "附件2");
        assertEquals(new BigDecimal("89.7"), v.number());
        assertEquals("总分", v.header());
    }

    @Test
    void aLabelWithOneNumberBelowGivesThatScore() {
        assertEquals(new BigDecimal("92.5"), find("部门名称", "某某局", "评价得分", "92.5分", "绩效等级", "优").number());
    }

    @Test
    void noScoreWhereTheCellBelowIsNoScore() {
        assertNull(find("总分", "120"), "over full marks");
        assertNull(find("总分", "良好"), "a word, not a number");
        assertNull(find("本项目总分", "95"), "the label must start a word");
    }
}
