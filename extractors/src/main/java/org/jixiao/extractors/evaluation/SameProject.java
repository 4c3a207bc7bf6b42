package org.jixiao.extractors.evaluation;

import org.jixiao.extractors.text.Spaces;
import org.jixiao.extractors.model.Evaluation;

/**
 * When two spellings name the same project: the one rule for the prose reader (a score list naming a project a
 * paragraph already scored), the merger (a form and a paragraph about one project) and the checks (a project a
 * score list leaves out).
 *
 * <p>Names are compared by their key: without white space, punctuation or a trailing 项目 (as long as two
 * characters are left: 水利项目 is 水利, 项目 stays 项目), because reports write one project as 社区工作经费 in a
 * paragraph and 社区工作经费项目 in its form, and PDF text breaks names with spaces. Three levels, each looser
 * than the one before and including it:
 * <ol>
 *   <li>{@link #SPELLED_ALIKE}: the same characters;</li>
 *   <li>{@link #SAME_KEY}: the same key;</li>
 *   <li>{@link #ABBREVIATED}: one key inside the other, the shorter at least four characters (农村饮水安全 in
 *       2023年农村饮水安全巩固提升工程): a short name like 经费 is inside too many others to tell.</li>
 * </ol>
 * A caller that can see several candidates takes the strictest level that finds any, and at the loosest level
 * only a candidate that is unique (see the prose reader's drafts); "same project" without a level means
 * {@link #ABBREVIATED}.
 */
public final class SameProject {

    /** The same characters. */
    public static final int SPELLED_ALIKE = 0;
    /** The same key. */
    public static final int SAME_KEY = 1;
    /** One key inside the other, the shorter at least {@value #MIN_ABBREVIATION} characters. */
    public static final int ABBREVIATED = 2;
    /** How many levels there are. */
    public static final int LEVELS = 3;

    private static final int MIN_ABBREVIATION = 4;
    private static final String PROJECT = "项目";
    /** Besides white space and ASCII punctuation: the full-width marks names are printed with. */
    private static final String NOT_IN_KEY = "“”‘’（）《》【】、，。：；";

    private SameProject() {
    }

    /** A name as compared: without white space, punctuation or a trailing 项目; "" for null. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String k = withoutNotInKey(name);
        return k.endsWith(PROJECT) && k.length() >= PROJECT.length() + 2 ? k.substring(0, k.length() - PROJECT.length()) : k;
    }

    /**
     * {@code name} without what {@code [\\s\\p{Punct}“”‘’（）()《》【】、，。：；]} matches, written out: the key is
     * taken for every pair of names a report's evaluations and checks compare.
     */
    private static String withoutNotInKey(String name) {
        return Spaces.without(name, c -> Spaces.isSpace(c)
                || c >= 0x21 && c <= 0x7E && !(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')
                || NOT_IN_KEY.indexOf(c) >= 0);
    }

    /** Whether {@code a} and {@code b} name the same project at {@code level} (or a stricter one). */
    public static boolean at(String a, String b, int level) {
        if (a == null || b == null) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        if (level == SPELLED_ALIKE) {
            return false;
        }
        String x = key(a);
        String y = key(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.equals(y)) {
            return true;
        }
        if (level == SAME_KEY) {
            return false;
        }
        String shorter = x.length() <= y.length() ? x : y;
        String longer = x.length() <= y.length() ? y : x;
        return shorter.length() >= MIN_ABBREVIATION && longer.contains(shorter);
    }

    /** Whether {@code a} and {@code b} name the same project, at the loosest level. */
    public static boolean names(String a, String b) {
        return at(a, b, ABBREVIATED);
    }

    /**
     * Whether two evaluations of one report are of the same subject: both the department's (a report has one
     * department), or both of the same project.
     */
    public static boolean evaluations(Evaluation a, Evaluation b) {
        if (a.scope() != b.scope()) {
            return false;
        }
        return a.scope() == Evaluation.Scope.DEPARTMENT || !key(a.name()).isEmpty() && names(a.name(), b.name());
    }
}
