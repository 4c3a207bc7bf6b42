package org.jixiao.extractors.metadata;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jixiao.extractors.text.Spaces;

/**
 * The grammar of Chinese administrative unit names: a stem (often opening with the places the unit
 * belongs to) followed by an administrative suffix — 街道办事处, 镇人民政府, 委员会, 局, 中心 …
 *
 * <p>Why a grammar rather than a list: every county in China has a 财政局 and every district a dozen
 * 街道办事处; what makes a string a unit's name is how it ends, and what makes two strings the same unit is
 * that the shorter is an abbreviation of the longer (its characters appear in the longer, in order:
 * 中共河西区委社工委 ⊂ 中国共产党某市河西区委员会社会工作委员会).
 */
final class UnitNames {

    /** Administrative suffixes, longest first so the most specific one is reported. */
    static final List<String> SUFFIXES = List.of(
            "街道办事处", "镇人民政府", "乡人民政府", "管理委员会", "工作委员会", "人民政府", "委员会", "办事处",
            "办公室", "工作部", "服务中心", "中心", "街道", "政府", "局", "委", "厅", "所", "院", "部", "站", "队",
            "馆", "处", "署", "镇", "乡", "中学", "小学", "大学", "校", "园", "社", "会", "团", "办", "联", "协");

    /** Words that open a reference to oneself or to others in general, never a name. */
    private static final Pattern NOT_A_NAME_START = Pattern.compile(
            "^(本|我|该|各|全|其|此|上级|下级|相关|有关|所属|各级|区级|市级|县级|省级|主管|财政|预算|项目|专项|新增|地方)");

    private static final Pattern NAME_CHARS = Pattern.compile("[\\p{IsHan}()（）]+");

    private static final Pattern TRAILING_NOTE = Pattern.compile("[(（](本级|本部|机关|盖章|章|公章)[)）]$");

    private static final Pattern PARTY_PREFIX = Pattern.compile("^(中国共产党|中共)");

    private UnitNames() {
    }

    /**
     * Trims spaces and a trailing note such as {@code （本级）} or {@code （盖章）}; a name printed twice in a row is
     * one: a form's 主管单位 and 实施单位 cells side by side, run together by the page ({@code 某市交通运输局某市交通运输局}).
     */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        String t = TRAILING_NOTE.matcher(Spaces.removed(s)).replaceFirst("");
        int half = t.length() / 2;
        return half >= 3 && t.length() % 2 == 0 && t.regionMatches(0, t, half, half) ? t.substring(0, half) : t;
    }

    /** The administrative suffix {@code name} ends with, or null. */
    static String suffixOf(String name) {
        for (String s : SUFFIXES) {
            if (name.endsWith(s)) {
                return s;
            }
        }
        return null;
    }

    /**
     * Whether {@code s} (already {@link #clean cleaned}) reads as a unit's name: Chinese characters only,
     * an administrative suffix, and a stem of at least two characters before it that is not a generic
     * reference (我单位, 各部门, 财政部门 …).
     */
    static boolean isUnitName(String s) {
        if (s == null || s.length() < 3 || s.length() > 40 || !NAME_CHARS.matcher(s).matches()) {
            return false;
        }
        String suffix = suffixOf(s);
        if (suffix == null || s.length() - suffix.length() < 2) {
            return false;
        }
        return !NOT_A_NAME_START.matcher(s).find();
    }

    /** Generic references that no form field would hold as its value, though a name may start with 财政 or 项目. */
    private static final Pattern NOT_A_VALUE_START = Pattern.compile("^(本|我|该|各|全|其|此|上级|下级|相关|有关|所属|各级)");

    /**
     * Whether a form field's value reads as a unit's name. Looser than {@link #isUnitName}: a field is there
     * to hold a name, so 财政局 (the page's own publisher) or 某县教育和科技单位 is one.
     */
    static boolean isFieldValue(String s) {
        if (s == null || s.length() < 3 || s.length() > 40 || !NAME_CHARS.matcher(s).matches()) {
            return false;
        }
        String suffix = s.endsWith("单位") ? "单位" : suffixOf(s);
        if (suffix == null || s.length() - suffix.length() < 2) {
            return false;
        }
        return !NOT_A_VALUE_START.matcher(s).find();
    }

    /** Whether the shorter of two names is an abbreviation of the longer: its characters in order. */
    static boolean sameUnit(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        int i = 0;
        for (int j = 0; j < longer.length() && i < shorter.length(); j++) {
            if (longer.charAt(j) == shorter.charAt(i)) {
                i++;
            }
        }
        return i == shorter.length() && commonSuffixClass(a, b);
    }

    /** Both end in the same kind of unit (a 街道 is a 街道办事处, a 委 a 委员会), so a bureau is never its committee. */
    private static boolean commonSuffixClass(String a, String b) {
        String sa = suffixClass(a);
        String sb = suffixClass(b);
        return sa == null || sb == null || sa.equals(sb);
    }

    private static String suffixClass(String name) {
        String s = suffixOf(name);
        if (s == null) {
            return null;
        }
        return switch (s) {
            case "街道办事处", "办事处", "街道" -> "街道";
            case "镇人民政府", "镇" -> "镇";
            case "乡人民政府", "乡" -> "乡";
            case "管理委员会", "工作委员会", "委员会", "委" -> "委";
            case "人民政府", "政府" -> "政府";
            case "服务中心", "中心" -> "中心";
            default -> s;
        };
    }

    /** The name without 中国共产党/中共 in front, for reading the places that follow. */
    static String withoutPartyPrefix(String name) {
        return PARTY_PREFIX.matcher(name).replaceFirst("");
    }

    /**
     * Shorter forms a report commonly uses for a unit: without some or all of the places in front, without
     * the parent government ({@code 城南区人民政府柳河街道办事处 → 城南区柳河街道办事处}), and a 街道办事处 as
     * just 街道, a 镇人民政府 as just 镇. Longest first.
     *
     * @param placeEnds where each leading place of {@code full} ends (e.g. 3 and 6 for 遵义市汇川区…)
     */
    static List<String> shortForms(String full, List<Integer> placeEnds) {
        Set<String> out = new LinkedHashSet<>();
        List<String> bases = new ArrayList<>();
        bases.add(full);
        String noGov = full.replaceFirst("^(.+?[区县市旗])人民政府(?=.+)", "$1");
        if (!noGov.equals(full)) {
            bases.add(noGov);
        }
        for (int end : placeEnds) {
            if (end > 0 && end < full.length()) {
                bases.add(full.substring(end).replaceFirst("^人民政府", ""));
            }
        }
        for (String b : bases) {
            out.add(b);
            if (b.endsWith("街道办事处")) {
                out.add(b.substring(0, b.length() - "办事处".length()));
            }
            if (b.endsWith("镇人民政府") || b.endsWith("乡人民政府")) {
                out.add(b.substring(0, b.length() - "人民政府".length()));
            }
        }
        out.remove(full);
        return out.stream().filter(UnitNames::isUnitName)
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    }
}
