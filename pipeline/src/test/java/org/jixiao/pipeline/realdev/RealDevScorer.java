package org.jixiao.pipeline.realdev;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Scores {@code jixiao.report/1} records against the hand-checked gold of {@code ../shared/realdev}, measure for
 * measure as {@code ../shared/tools/score-real} does (the issue is judged by that script; this port lets CI assert
 * the same numbers without Python): meta (department, year, score, grade), figures (value and unit found
 * anywhere in the record), labelled (found where a label shares a two-character word with the gold label),
 * findings (a finding of the gold rule that mentions the gold string) and false errors.
 */
final class RealDevScorer {

    private static final Map<String, String> GRADES = Map.ofEntries(Map.entry("优秀", "优"), Map.entry("优", "优"),
            Map.entry("良好", "良"), Map.entry("良", "良"), Map.entry("中", "中"), Map.entry("一般", "中"),
            Map.entry("合格", "中"), Map.entry("差", "差"), Map.entry("较差", "差"), Map.entry("不合格", "差"));
    private static final Map<String, String> BUDGET = Map.of("initial", "年初预算数", "fullYear", "全年预算数 调整后预算",
            "executed", "全年执行数 实际支出", "rate", "执行率");
    private static final Set<String> GENERIC = Set.of("指标", "万元", "项目", "年度", "情况", "资金", "其中");
    private static final Pattern NUM = Pattern.compile(
            "(-?\\d+(?:\\.\\d+)?)\\s*(%|万元|元|亿元|分|个|人次|人|户|项|亩|公里|次|天|家|所|座|处|吨|套|台)?");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Counts over all gold reports, and each report's misses in the script's words. */
    record Score(int docs, int missing, int meta, int metaN, int fig, int lab, int figN, int find, int findN,
            int falseErrors, List<String> misses) {
        double metaRatio() { return ratio(meta, metaN); }
        double figureRatio() { return ratio(fig, figN); }
        double labelledRatio() { return ratio(lab, figN); }
        double findingRatio() { return ratio(find, findN); }

        private static double ratio(int k, int n) {
            return n == 0 ? 1.0 : (double) k / n;
        }

        String summary() {
            return String.format("%d/%d reports: meta %d/%d=%.3f, figures %d/%d=%.3f (labelled %d=%.3f), "
                    + "findings %d/%d=%.3f, false errors %d", docs - missing, docs, meta, metaN, metaRatio(), fig,
                    figN, figureRatio(), lab, labelledRatio(), find, findN, findingRatio(), falseErrors);
        }
    }

    private record Value(BigDecimal value, String unit, String label) {
    }

    private int docs, missing, meta, metaN, fig, lab, figN, find, findN, falseErrors;
    private final List<String> misses = new ArrayList<>();

    /** Scores the records (keyed by the file name of their source) against every gold file in {@code goldDir}. */
    static Score score(Map<String, JsonNode> records, Path goldDir) throws IOException {
        RealDevScorer s = new RealDevScorer();
        try (var files = Files.list(goldDir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                s.report(JSON.readTree(p.toFile()), records);
            }
        }
        return new Score(s.docs, s.missing, s.meta, s.metaN, s.fig, s.lab, s.figN, s.find, s.findN, s.falseErrors,
                List.copyOf(s.misses));
    }

    private void report(JsonNode g, Map<String, JsonNode> records) {
        List<String> names = new ArrayList<>();
        if (g.has("files")) {
            g.get("files").forEach(f -> names.add(Path.of(f.asText()).getFileName().toString()));
        } else {
            names.add(Path.of(g.get("file").asText()).getFileName().toString());
        }
        for (String name : names) {
            docs++;
            JsonNode r = records.get(name);
            if (r == null) {
                missing++;
                misses.add(name + ": no record");
                continue;
            }
            List<String> miss = new ArrayList<>();
            JsonNode dept = g.get("department");
            if (dept != null && dept.isArray() && !dept.isEmpty()) {
                String got = norm(text(r.get("department")));
                boolean ok = false;
                for (JsonNode v : dept) {
                    String want = norm(v.asText());
                    ok |= !got.isEmpty() && (got.contains(want) || want.contains(got));
                }
                meta(ok, miss, "department " + text(r.get("department")) + " (gold " + dept.get(0).asText() + ")");
            }
            if (present(g.get("year"))) {
                meta(present(r.get("year")) && r.get("year").asInt() == g.get("year").asInt(), miss,
                        "year " + text(r.get("year")) + " (gold " + g.get("year").asText() + ")");
            }
            if (present(g.get("score"))) {
                BigDecimal got = dec(text(r.get("score")));
                meta(got != null && got.compareTo(dec(g.get("score").asText())) == 0, miss,
                        "score " + text(r.get("score")) + " (gold " + g.get("score").asText() + ")");
            }
            if (present(g.get("grade")) && !g.get("grade").asText().isEmpty()) {
                String want = g.get("grade").asText();
                String got = GRADES.get(text(r.get("grade")).strip());
                meta(got != null && got.equals(GRADES.getOrDefault(want, want)), miss,
                        "grade " + text(r.get("grade")) + " (gold " + want + ")");
            }
            List<Value> vals = values(r);
            for (JsonNode fg : iter(g.get("figures"))) {
                figN++;
                String unit = text(fg.get("unit"));
                String label = text(fg.get("label"));
                BigDecimal want = dec(text(fg.get("value")));
                boolean found = false;
                boolean labelled = false;
                for (Value v : vals) {
                    if (want != null && v.value.compareTo(want) == 0 && unitOk(unit, v.unit)) {
                        found = true;
                        labelled |= label.isEmpty() || !intersect(words(v.label), words(label)).isEmpty();
                    }
                }
                fig += found ? 1 : 0;
                lab += labelled ? 1 : 0;
                if (!found) {
                    miss.add("figure " + text(fg.get("value")) + unit + " (" + label + ")");
                } else if (!labelled) {
                    miss.add("unlabelled " + text(fg.get("value")) + unit + " (" + label + ")");
                }
            }
            List<JsonNode> found = new ArrayList<>();
            iter(r.get("findings")).forEach(found::add);
            List<JsonNode> gold = new ArrayList<>();
            iter(g.get("findings")).forEach(gold::add);
            iter(g.get("crossYear")).forEach(gold::add);
            for (JsonNode gf : gold) {
                if (!gf.has("rule")) {
                    continue;
                }
                findN++;
                String rule = gf.get("rule").asText();
                String mention = gf.get("mention").asText();
                if (found.stream().anyMatch(f -> rule.equals(text(f.get("rule"))) && unescaped(f).contains(mention))) {
                    find++;
                } else {
                    miss.add("finding " + rule + ":" + mention);
                }
            }
            boolean clean = g.path("clean").asBoolean(false);
            for (JsonNode f : found) {
                if (!"error".equals(text(f.get("severity")))) {
                    continue;
                }
                boolean notRule = false;
                for (JsonNode n : iter(g.get("notrules"))) {
                    notRule |= text(n.get("rule")).equals(text(f.get("rule")))
                            && unescaped(f).contains(text(n.get("mention")));
                }
                if (clean || notRule) {
                    falseErrors++;
                    miss.add("FALSE error: " + text(f.get("rule")) + " " + text(f.get("message")));
                }
            }
            if (!miss.isEmpty()) {
                misses.add(name + ": " + String.join("; ", miss));
            }
        }
    }

    private void meta(boolean ok, List<String> miss, String what) {
        metaN++;
        if (ok) {
            meta++;
        } else {
            miss.add(what);
        }
    }

    /** Every (value, unit, label) the record offers, as the script collects them. */
    private static List<Value> values(JsonNode rec) {
        List<Value> out = new ArrayList<>();
        for (JsonNode f : iter(rec.get("figures"))) {
            amount(out, f, text(f.get("label")));
        }
        add(out, text(rec.get("score")), "分", "总分 自评得分 综合得分 得分");
        for (JsonNode e : iter(rec.get("evaluations"))) {
            String name = text(e.get("name"));
            JsonNode budget = e.get("budget");
            if (budget != null && budget.isObject()) {
                budget.fields().forEachRemaining(en -> amount(out, en.getValue(),
                        name + " " + BUDGET.getOrDefault(en.getKey(), en.getKey()) + " " + en.getKey()));
            }
            add(out, text(e.get("score")), "分", name + " 总分 自评得分 得分");
            add(out, text(e.get("maxScore")), "分", name + " 满分 分值");
            for (JsonNode s : iter(e.get("sections"))) {
                add(out, text(s.get("score")), "分", text(s.get("name")) + " 得分");
                add(out, text(s.get("weight")), "分", text(s.get("name")) + " 分值 权重");
            }
            for (JsonNode i : iter(e.get("indicators"))) {
                String lab = text(i.get("level1")) + " " + text(i.get("level2")) + " " + text(i.get("level3"));
                add(out, text(i.get("score")), "分", lab + " 得分");
                add(out, text(i.get("weight")), "分", lab + " 分值 权重");
                strings(out, text(i.get("target")), lab + " 年度指标值 目标值");
                strings(out, text(i.get("actual")), lab + " 实际完成值 全年实际值");
            }
        }
        return out;
    }

    private static void amount(List<Value> out, JsonNode o, String label) {
        if (o != null && o.isObject() && o.has("value")) {
            add(out, text(o.get("value")), text(o.get("unit")), label);
        }
    }

    private static void strings(List<Value> out, String s, String label) {
        Matcher m = NUM.matcher(s);
        while (m.find()) {
            add(out, m.group(1), m.group(2) == null ? "" : m.group(2), label);
        }
    }

    private static void add(List<Value> out, String v, String unit, String label) {
        BigDecimal d = dec(v);
        if (d != null) {
            out.add(new Value(d, unit.strip(), label));
        }
    }

    /** Values compare as the script's Decimals do, ignoring trailing zeros (10 == 10.0); units as it does. */
    private static boolean unitOk(String want, String got) {
        return want.isEmpty() || got.isEmpty() || want.equals(got) || "分".equals(want) && got.equals("分");
    }

    private static BigDecimal dec(String s) {
        if (s == null) {
            return null;
        }
        try {
            return new BigDecimal(s.replace(",", "").replace("%", "").strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String norm(String s) {
        return s.replaceAll("[\\s（）()·]", "");
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.replaceAll("[^\\u4e00-\\u9fff]", " ").split(" +")) {
            for (int i = 0; i + 1 < w.length(); i++) {
                out.add(w.substring(i, i + 2));
            }
        }
        out.removeAll(GENERIC);
        return out;
    }

    private static Set<String> intersect(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.retainAll(b);
        return out;
    }

    private static boolean present(JsonNode n) {
        return n != null && !n.isNull();
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? "" : n.isValueNode() ? n.asText() : n.toString();
    }

    /** A finding's JSON as Python's {@code json.dumps(ensure_ascii=False)} would show it (no escapes of CJK). */
    private static String unescaped(JsonNode f) {
        try {
            return JSON.writeValueAsString(f);
        } catch (IOException e) {
            return f.toString();
        }
    }

    private static Iterable<JsonNode> iter(JsonNode n) {
        return n == null || !n.isArray() ? List.of() : n;
    }
}
