package org.jixiao.generator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * Turns a report model into its {@link Layout}: numbered sections of prose whose sentences carry the figures
 * (drawn from several templates each, see {@code phrases.txt}), followed by the self-evaluation forms.
 *
 * <p>Placeholders the templates may use: {@code dept alias year city district income last change pct dir dir2
 * reason expense basic project staff units bands fullYear fullYearYuan executed rate section weight score note
 * count sum names scores name grade total level1 level3 quantitative qualitative}.
 */
final class ReportWriter {

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private final Pools pools = Pools.get();
    private final GeneratedReport r;
    private final SplittableRandom rng;
    private final List<Layout.Part> parts = new ArrayList<>();
    private final Map<String, String> base = new HashMap<>();
    private int section;

    private ReportWriter(GeneratedReport r) {
        this.r = r;
        this.rng = new SplittableRandom(r.seed() * 0x9E3779B97F4A7C15L + 17);
        base.put("dept", r.department().name());
        base.put("alias", r.department().alias());
        base.put("year", String.valueOf(r.year()));
        base.put("city", r.department().region().city());
        base.put("district", r.department().region().district());
    }

    static Layout write(GeneratedReport report) {
        return new ReportWriter(report).layout();
    }

    private Layout layout() {
        String title = phrase("title", Map.of());
        para(phrase("intro", Map.of()));

        heading1("部门基本情况");
        heading2(1, "部门概况");
        List<String> duties = new ArrayList<>(pools.list("phrases", "duty"));
        ReportFactory.shuffle(duties, rng);
        int n = 3 + rng.nextInt(3);
        for (int i = 0; i < n; i++) {
            para((i + 1) + "、" + duties.get(i));
        }
        ProseFigures p = r.prose();
        para(phrase("staff", Map.of("staff", String.valueOf(p.staff()), "units", String.valueOf(p.units()))));
        heading2(2, "部门收支情况");
        String dir = p.increase() ? "增加" : "减少";
        para(phrase("income", Map.of("income", money(p.income()), "last", money(p.lastIncome()),
                "change", money(p.change()), "pct", p.changePercent().toPlainString(), "dir", dir,
                "dir2", p.increase() ? "增长" : "下降",
                "reason", pools.pick(rng, "phrases", p.increase() ? "reason-up" : "reason-down"))));
        para(phrase("expense", Map.of("expense", money(p.expense()), "basic", money(p.basic()),
                "project", money(p.projectExpense()))));

        heading1("绩效自评工作开展情况");
        para(phrase("process", Map.of()));
        List<Indicator> rows = r.whole().indicators();
        long quantitative = rows.stream().filter(x -> !x.unit().isEmpty()).count();
        para(phrase("setup", Map.of("level1", String.valueOf(r.whole().sections().size()),
                "level3", String.valueOf(rows.size()), "quantitative", String.valueOf(quantitative),
                "qualitative", String.valueOf(rows.size() - quantitative))));
        para(phrase("bands", Map.of("bands", r.grades().describe())));

        heading1("绩效目标实现情况");
        heading2(1, "预算执行情况");
        BudgetLine total = r.whole().totalLine();
        Map<String, String> budget = Map.of("fullYear", money(total.fullYear()),
                "fullYearYuan", money(total.fullYear()), "executed", money(p.textExecuted()),
                "rate", total.rate().toPlainString());
        para(phrase(p.budgetUnitInYuan() ? "budget-unit" : "budget", budget));
        heading2(2, "各项指标完成情况");
        for (Section s : r.whole().sections()) {
            String text = phrase("section", Map.of("section", s.name(), "weight", s.weight().toPlainString(),
                    "score", s.score().toPlainString()));
            if (s.score().compareTo(s.weight()) >= 0) {
                text += pools.pick(rng, "phrases", "section-full");
            } else {
                text += phrase("section-short", Map.of("note", pools.pick(rng, "phrases", "deviation")));
            }
            para(text);
        }

        heading2(3, "主要做法和成效");
        // a planted copy takes another report's paragraph word for word, only the name its own
        para(Practice.paragraph(r.copiedFrom() == null ? r.seed() : r.copiedFrom().seed(), r.department().alias()));

        heading1("项目支出绩效自评情况");
        BigDecimal sum = r.projects().stream().map(e -> e.totalLine().fullYear())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        para(phrase("projects-intro", Map.of("count", String.valueOf(p.statedCount()), "sum", money(sum),
                "names", p.listed().stream().map(ListedScore::name).collect(Collectors.joining("、")),
                "scores", p.listed().stream().map(l -> l.score().toPlainString()).collect(Collectors.joining("、")))));
        int k = 1;
        for (Evaluation e : r.projects()) {
            BudgetLine t = e.totalLine();
            para("（" + NUMERALS[(k++ - 1) % NUMERALS.length] + "）" + phrase("project", Map.of("name", e.name(),
                    "fullYear", money(t.fullYear()), "executed", money(t.executed()),
                    "rate", t.rate().toPlainString(), "score", e.total().toPlainString(), "grade", e.grade())));
        }

        heading1("评价结论");
        para(phrase("conclusion", Map.of("total", r.whole().total().toPlainString(), "grade", r.whole().grade())));

        heading1("存在的问题及改进措施");
        heading2(1, "存在的问题");
        numbered("problem", 1 + rng.nextInt(3));
        heading2(2, "改进措施");
        numbered("measure", 1 + rng.nextInt(3));

        boolean weightInLevel1 = rng.nextBoolean();
        para("附件1");
        parts.add(FormGrid.of(r.whole(), r.year(), weightInLevel1, "部门整体支出绩效自评表（" + r.year() + "年度）",
                r.template()));
        int a = 2;
        for (Evaluation e : r.projects()) {
            para("附件" + a++);
            parts.add(FormGrid.of(e, r.year(), weightInLevel1, "项目支出绩效自评表（" + r.year() + "年度）",
                    r.template()));
        }
        return new Layout(title, parts);
    }

    /** {@code n} distinct entries of a pool as a numbered list: 1.…  2.…. */
    private void numbered(String key, int n) {
        List<String> pool = new ArrayList<>(pools.list("phrases", key));
        ReportFactory.shuffle(pool, rng);
        for (int i = 0; i < Math.min(n, pool.size()); i++) {
            para((i + 1) + "." + pool.get(i));
        }
    }

    private String phrase(String key, Map<String, String> values) {
        Map<String, String> all = new HashMap<>(base);
        all.putAll(values);
        return pools.phrase(rng, key, all);
    }

    private void heading1(String text) {
        parts.add(new Layout.Heading(1, NUMERALS[section++] + "、" + text));
    }

    private void heading2(int n, String text) {
        parts.add(new Layout.Heading(2, "（" + NUMERALS[n - 1] + "）" + text));
    }

    private void para(String text) {
        parts.add(new Layout.Paragraph(text));
    }

    private static String money(BigDecimal v) {
        return v.toPlainString();
    }
}
