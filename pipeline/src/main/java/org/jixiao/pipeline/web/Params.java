package org.jixiao.pipeline.web;

import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import org.jixiao.index.EntryKind;
import org.jixiao.index.SearchQuery;

/**
 * A request's query string, and the {@link SearchQuery} it describes. The same parameter names serve the pages and
 * the JSON API, so a search is bookmarked and shared by its URL: {@code q, year_from, year_to, department, region,
 * kind, rule, severity, grade, min, max, below_weight, page, size}.
 */
final class Params {

    static final int PAGE_SIZE = 20;

    private final Map<String, String> values;

    private Params(Map<String, String> values) {
        this.values = values;
    }

    static Params parse(String rawQuery) {
        Map<String, String> m = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String k = decode(eq < 0 ? pair : pair.substring(0, eq));
                String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (!k.isEmpty() && !v.isBlank()) {
                    m.putIfAbsent(k, v.strip());
                }
            }
        }
        return new Params(m);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw BadRequest.badRequest("网址中的参数编码有误。");
        }
    }

    String get(String name) {
        return values.get(name);
    }

    Integer integer(String name) {
        String v = values.get(name);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw BadRequest.badRequest("参数 " + name + " 应为整数，收到“" + v + "”。");
        }
    }

    BigDecimal decimal(String name) {
        String v = values.get(name);
        if (v == null) {
            return null;
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw BadRequest.badRequest("参数 " + name + " 应为数字，收到“" + v + "”。");
        }
    }

    int page() {
        Integer p = integer("page");
        if (p != null && p < 1) {
            throw BadRequest.badRequest("页码应从 1 开始。");
        }
        return p == null ? 1 : p;
    }

    int size() {
        Integer s = integer("size");
        if (s != null && (s < 1 || s > 200)) {
            throw BadRequest.badRequest("每页条数应在 1 到 200 之间。");
        }
        return s == null ? PAGE_SIZE : s;
    }

    /** The search these parameters describe; {@code defaultKind} applies when no kind is given. */
    SearchQuery query(EntryKind defaultKind) {
        Set<EntryKind> kinds;
        String k = values.get("kind");
        if (k != null) {
            try {
                kinds = Set.of(EntryKind.of(k));
            } catch (IllegalArgumentException e) {
                throw BadRequest.badRequest("没有“" + k + "”这种类型（可选 report、evaluation、indicator、figure、finding）。");
            }
        } else {
            kinds = defaultKind == null ? Set.of() : Set.of(defaultKind);
        }
        Integer from = integer("year_from");
        Integer to = integer("year_to");
        if (from != null && to != null && from > to) {
            throw BadRequest.badRequest("起始年度 " + from + " 晚于截止年度 " + to + "。");
        }
        int size = size();
        return SearchQuery.all().withText(values.get("q")).withYears(from, to).withDepartment(values.get("department"))
                .withRegion(values.get("region")).withKinds(kinds).withRule(values.get("rule"))
                .withSeverity(values.get("severity")).withGrade(values.get("grade"))
                .withRange(decimal("min"), decimal("max")).withBelowWeight(values.containsKey("below_weight"))
                .withPage((page() - 1) * size, size);
    }

    /** This query string with one parameter replaced (null removes it), for facet and paging links. */
    String with(String name, String value) {
        Map<String, String> m = new LinkedHashMap<>(values);
        if (value == null) {
            m.remove(name);
        } else {
            m.put(name, value);
        }
        if (!"page".equals(name)) {
            m.remove("page");
        }
        StringJoiner j = new StringJoiner("&");
        m.forEach((k, v) -> j.add(Html.url(k) + "=" + Html.url(v)));
        return j.toString();
    }
}
