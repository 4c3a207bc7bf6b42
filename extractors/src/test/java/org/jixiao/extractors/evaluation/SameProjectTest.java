package org.jixiao.extractors.evaluation;

import static org.jixiao.extractors.evaluation.SameProject.ABBREVIATED;
import static org.jixiao.extractors.evaluation.SameProject.SAME_KEY;
import static org.jixiao.extractors.evaluation.SameProject.SPELLED_ALIKE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.model.Budget;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Evaluation.Scope;
import org.junit.jupiter.api.Test;

/** The one rule of "same project", level by level; invented names. */
class SameProjectTest {

    @Test
    void theKeyDropsSpacesPunctuationAndATrailingProjectWhenTwoCharactersAreLeft() {
        assertEquals("社区工作经费", SameProject.key("社区工作经费项目"));
        assertEquals("社区工作经费", SameProject.key(" 社区 工作经费（项目）"));
        assertEquals("水利", SameProject.key("水利项目"));
        assertEquals("甲项目", SameProject.key("甲项目"), "one character is no name: 项目 stays");
        assertEquals("", SameProject.key(null));
    }

    @Test
    void levelsFromSpellingToAbbreviation() {
        assertTrue(SameProject.at("老旧小区改造项目", "老旧小区改造项目", SPELLED_ALIKE));
        assertFalse(SameProject.at("老旧小区改造项目", "老旧小区改造", SPELLED_ALIKE));
        assertTrue(SameProject.at("老旧小区改造项目", "老旧小区改造", SAME_KEY));
        assertTrue(SameProject.at("农村道路 养护", "农村道路养护", SAME_KEY), "a space broken into a name by a PDF");
        assertFalse(SameProject.at("农村饮水安全", "农村饮水安全巩固提升工程", SAME_KEY));
        assertTrue(SameProject.at("农村饮水安全", "农村饮水安全巩固提升工程", ABBREVIATED), "a prefix");
        assertTrue(SameProject.at("农村饮水安全", "2023年农村饮水安全巩固提升工程", ABBREVIATED), "inside, not only a prefix");
        assertTrue(SameProject.names("农村饮水安全", "2023年农村饮水安全巩固提升工程"));
    }

    @Test
    void aShortNameIsInsideTooManyOthersToTell() {
        assertFalse(SameProject.names("经费", "专项经费"));
        assertFalse(SameProject.names("甲乙丙", "甲乙丙丁项目"));
        assertTrue(SameProject.names("甲乙丙丁", "甲乙丙丁戊项目"));
        assertFalse(SameProject.names("", "甲乙丙丁"));
        assertFalse(SameProject.names(null, "甲乙丙丁"));
    }

    @Test
    void evaluationsOfTheDepartmentAreAlwaysOneSubjectAndProjectsGoByName() {
        assertTrue(SameProject.evaluations(eval(Scope.DEPARTMENT, "某某县农业农村局"), eval(Scope.DEPARTMENT, null)));
        assertFalse(SameProject.evaluations(eval(Scope.DEPARTMENT, "社区工作经费"), eval(Scope.PROJECT, "社区工作经费")));
        assertTrue(SameProject.evaluations(eval(Scope.PROJECT, "社区工作经费项目"), eval(Scope.PROJECT, "社区工作经费")));
        assertFalse(SameProject.evaluations(eval(Scope.PROJECT, null), eval(Scope.PROJECT, null)), "no name, no match");
        assertFalse(SameProject.evaluations(eval(Scope.PROJECT, "（）"), eval(Scope.PROJECT, "（）")),
                "a name that is only punctuation names nothing");
    }

    private static Evaluation eval(Scope scope, String name) {
        return new Evaluation(scope, name, Budget.NONE, null, null, null, List.of(), List.of(),
                Provenance.ofText(null, 0, 0, ""));
    }

    @Test
    void keyDropsExactlyWhatTheNotInKeyClassMatches() {
        java.util.regex.Pattern notInKey = java.util.regex.Pattern.compile("[\\s\\p{Punct}“”‘’（）()《》【】、，。：；]");
        for (int c = 0; c <= 0xFFFF; c++) {
            String name = "某某" + (char) c + "乡村道路 工程（二期）";
            assertEquals(notInKey.matcher(name).replaceAll(""), SameProject.key(name), "U+" + Integer.toHexString(c));
        }
        assertEquals("某某县饮水安全", SameProject.key("某某县 饮水安全项目"));
    }
}
