package org.jixiao.extractors.evaluation.prose;

import java.util.regex.Pattern;

/**
 * How a project's name is read from the words around it (when two spellings name the same project is
 * {@link org.jixiao.extractors.evaluation.SameProject}).
 *
 * <p>{@code XX项目产出指标} and {@code XX项目绩效评价} use 项目 as a common noun ("the project's"), so the name is
 * {@code XX} — but only when the report also writes {@code XX} on its own somewhere; a name the report
 * only ever writes as {@code XX项目} (a 老旧小区综合整治项目) keeps its 项目, as the report spells it.
 */
final class Names {

    private static final String PROJECT = "项目";
    static final Pattern LIST_MARKER = Pattern.compile(
            "^\\s*(?:[(（]?[一二三四五六七八九十百0-9]{1,3}[)）]|[一二三四五六七八九十百0-9]{1,3}[、.．]|[-•·*]\\s*)\\s*");
    private static final Pattern LEADING_NOISE = Pattern.compile(
            "^(?:其中|另外|此外|从评价情况看|经自评|经评价|综合评价|通过[^，]{0,20}|[0-9]{4}年(?:度)?|本年度|全年|财政)+");
    private static final int MAX_NAME = 40;

    private final String text;

    /** @param text the document's whole text, where a name's other spellings are looked up */
    Names(String text) {
        this.text = text;
    }

    /** Removes a list marker and leading filler from a raw name; null when nothing name-like is left. */
    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String s = LIST_MARKER.matcher(raw).replaceFirst("");
        s = LEADING_NOISE.matcher(s).replaceFirst("");
        s = s.strip();
        while (!s.isEmpty() && "，,、:：;；。的\"“”'‘’".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        while (!s.isEmpty() && "，,、:：;；。\"“”'‘’".indexOf(s.charAt(0)) >= 0) {
            s = s.substring(1);
        }
        if (s.isEmpty() || s.length() > MAX_NAME || Character.isDigit(s.charAt(0)) || FILE_PROPERTIES.matcher(s).find()) {
            return null;
        }
        return s;
    }

    /**
     * What a converter prints of a file's properties before its text (author, template, {@code 2019-05-22T04:56:35Z},
     * a revision id {@code abcd120045}): a line of them is no name, though a colon in its time ends a phrase there.
     */
    private static final Pattern FILE_PROPERTIES =
            Pattern.compile("(?:19|20)\\d{2}-\\d{2}-\\d{2}T\\d{2}|(?<![A-Za-z0-9])[A-Za-z]{2,}\\d{5,}(?![A-Za-z0-9])");

    /**
     * {@code name} as the report spells the project: with a trailing 项目 removed when the shorter form is
     * also written on its own (not followed by 项目) elsewhere in the document.
     */
    String canonical(String name) {
        if (name == null || !name.endsWith(PROJECT) || name.length() <= PROJECT.length() + 1) {
            return name;
        }
        String shorter = name.substring(0, name.length() - PROJECT.length());
        return standsAlone(shorter) ? shorter : name;
    }

    /** Like {@link #canonical} for a name read before a generic 项目 ({@code XX项目产出指标} gives {@code XX}). */
    String beforeGenericProject(String name) {
        if (name == null) {
            return null;
        }
        return standsAlone(name) ? name : name + PROJECT;
    }

    private boolean standsAlone(String s) {
        for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
            if (!text.startsWith(PROJECT, i + s.length())) {
                return true;
            }
        }
        return false;
    }
}
