package org.jixiao.extractors.figure;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.extractors.number.Kind;
import org.jixiao.extractors.number.Unit;

/**
 * Finds a unit stated for a whole column, row or table: {@code 全年执行数(万元)}, {@code 单位：万元},
 * {@code （单位：元）}. Only units of the number layer's list count, and never a bare magnitude ({@code 万}):
 * a header that says {@code (万)} does not say what is counted.
 */
final class UnitStatements {

    /**
     * {@code 单位：万元}, {@code 单位:元}, {@code 单位 (万元)}. The whole capture must be a unit, so that
     * {@code 实施单位：人民政府} does not state the unit 人.
     */
    private static final Pattern DECLARED =
            Pattern.compile("单\\s*位\\s*[:：]?\\s*[(（]?\\s*([^\\s,，;；:：()（）。、/|]{1,6})");
    /** A money unit of two characters, which no word that may follow 单位: opens with (万元, 亿元, 千元). */
    private static final Pattern MONEY_FIRST = Pattern.compile("(万元|亿元|千元)");
    /** {@code (万元)}, {@code （%）}. */
    private static final Pattern PARENTHESIZED = Pattern.compile("[(（]\\s*([^()（）]{1,8}?)\\s*[)）]");

    /**
     * A line ending in a parenthesized unit whose closing bracket may be missing: a web page that printed a
     * table one cell per line split {@code 年度预算申请(万元)} or {@code 财政供养人员情况(人)} over lines and
     * dropped the bracket ({@code (万元}).
     */
    private static final Pattern LINE_END_UNIT = Pattern.compile("[(（]\\s*([^()（）]{1,6}?)\\s*[)）]?\\s*$");

    private UnitStatements() {
    }

    /** The unit that ends one of {@code text}'s lines in brackets (closed or not), nearest (last) line first. */
    static Optional<Unit> endingLine(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] lines = text.split("\\R");
        for (int i = lines.length - 1; i >= 0; i--) {
            Matcher m = LINE_END_UNIT.matcher(lines[i].strip());
            if (m.find()) {
                Optional<Unit> u = inParentheses(m.group(1));
                if (u.isPresent()) {
                    return u;
                }
            }
        }
        return Optional.empty();
    }

    /** The unit a parenthesized aside states ({@code 万元}, {@code 单位：元}), if it is nothing but that. */
    static Optional<Unit> inParentheses(String inner) {
        String s = inner.strip();
        Matcher d = DECLARED.matcher(s);
        if (d.lookingAt()) {
            return exactUnit(d.group(1));
        }
        return Unit.of(s).filter(UnitStatements::measures);
    }

    /** A unit declared with {@code 单位} anywhere in {@code text} (a caption, a line above a table). */
    static Optional<Unit> declared(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = DECLARED.matcher(text);
        while (m.find()) {
            Optional<Unit> u = exactUnit(m.group(1));
            if (u.isEmpty() && MONEY_FIRST.matcher(m.group(1)).lookingAt()) {
                // a form's header cells run together: 单位:万元项目名称… declares 万元
                u = exactUnit(m.group(1).substring(0, 2));
            }
            if (u.isPresent()) {
                return u;
            }
        }
        return Optional.empty();
    }

    /** A unit stated in a header: declared with {@code 单位}, or alone in parentheses ({@code 执行数(万元)}). */
    static Optional<Unit> inHeader(String header) {
        if (header == null) {
            return Optional.empty();
        }
        Optional<Unit> d = declared(header);
        if (d.isPresent()) {
            return d;
        }
        Matcher m = PARENTHESIZED.matcher(header);
        while (m.find()) {
            Optional<Unit> u = inParentheses(m.group(1));
            if (u.isPresent()) {
                return u;
            }
        }
        return Optional.empty();
    }

    private static Optional<Unit> exactUnit(String s) {
        return Unit.of(s.strip()).filter(UnitStatements::measures);
    }

    private static boolean measures(Unit u) {
        return u.kind() != Kind.PLAIN;
    }
}
