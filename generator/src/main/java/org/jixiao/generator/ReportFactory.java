package org.jixiao.generator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Draws a consistent report from a seed: a department, its budget split by source, N projects, indicator
 * rows scored by the usual conventions (full points when the target is met, else in proportion), section
 * scores that add up, a total and the grade its stated bands give. Nothing here is planted; amounts are
 * exact in 元 and rounded only when printed, so the only differences are rounding-level ones.
 */
final class ReportFactory {

    /** What a report continuing a department's series inherits from the year before. */
    record Continuation(Department department, int year, BigDecimal lastIncomeYuan) {
    }

    private final Pools pools = Pools.get();
    private final List<String> places;

    /** A factory for a corpus of {@code count} reports: its size decides how many places there are ({@link Places}). */
    ReportFactory(int count) {
        this.places = Places.forCorpus(count);
    }

    GeneratedReport build(String stem, long seed, Continuation continuation, int latestYear) {
        SplittableRandom rng = new SplittableRandom(seed);
        Department dept = continuation != null ? continuation.department() : department(rng);
        int year = continuation != null ? continuation.year() : 2021 + rng.nextInt(Math.max(1, latestYear - 2020));
        GradeScheme grades = GradeScheme.parse(pools.pick(rng, "schemes", "grades"));
        int rateDecimals = rng.nextInt(3) == 0 ? 1 : 2;

        int projectCount = 2 + rng.nextInt(4);
        List<String> names = new ArrayList<>(pools.list("projects", ""));
        shuffle(names, rng);
        List<Evaluation> projects = new ArrayList<>();
        BigDecimal projectsFull = BigDecimal.ZERO;
        BigDecimal projectsExec = BigDecimal.ZERO;
        for (int i = 0; i < projectCount; i++) {
            BigDecimal full = Money.yuanBetween(rng, 5, 320);
            BigDecimal exec = Money.scale(full, Money.between(rng, 0.74, 1.03));
            projectsFull = projectsFull.add(full);
            projectsExec = projectsExec.add(exec);
            String implementer = rng.nextBoolean() ? dept.name() : dept.alias() + "各科室";
            projects.add(evaluation(rng, "project", names.get(i), dept.name(), implementer, full, exec,
                    weights(rng, "project"), grades, rateDecimals));
        }

        BigDecimal basicFull = Money.yuanBetween(rng, 300, 2600);
        BigDecimal basicExec = Money.scale(basicFull, Money.between(rng, 0.9, 1.0));
        BigDecimal full = basicFull.add(projectsFull);
        BigDecimal exec = basicExec.add(projectsExec);
        Evaluation whole = evaluation(rng, "department", dept.name(), "", "", full, exec,
                weights(rng, "department"), grades, rateDecimals);

        BigDecimal incomeYuan = full;
        BigDecimal lastYuan = continuation != null ? continuation.lastIncomeYuan()
                : Money.scale(incomeYuan, Money.between(rng, 0.82, 1.18));
        BigDecimal changeYuan = incomeYuan.subtract(lastYuan);
        List<ListedScore> listed = projects.stream().map(p -> new ListedScore(p.name(), p.total())).toList();
        ProseFigures prose = new ProseFigures(Money.wan(incomeYuan), incomeYuan, Money.wan(lastYuan),
                Money.wan(changeYuan.abs()), Money.percent(changeYuan.abs(), lastYuan, 2), changeYuan.signum() >= 0,
                whole.totalLine().executed(), Money.wan(basicExec), Money.wan(projectsExec),
                20 + rng.nextInt(120), 3 + rng.nextInt(8), projectCount, listed, whole.totalLine().executed(),
                false);
        return new GeneratedReport(stem, seed, dept, year, grades, prose, whole, projects, List.of(), List.of(), null);
    }

    private Department department(SplittableRandom rng) {
        String[] place = places.get(rng.nextInt(places.size())).split("\\|");
        Region region = new Region(place[0], place[1], place[2]);
        String district = region.district();
        String level = district.substring(district.length() - 1); // 区 or 县
        return switch (rng.nextInt(4)) {
            case 0 -> {
                String base = pools.pick(rng, "departments", "street");
                yield new Department(district + base + "街道办事处", base + "街道", region);
            }
            case 1 -> {
                String base = pools.pick(rng, "departments", "town");
                yield new Department(district + base + "镇人民政府", base + "镇", region);
            }
            default -> {
                String[] b = pools.pick(rng, "departments", rng.nextBoolean() ? "bureau" : "committee").split("\\|");
                yield new Department(district + b[0], level + b[1], region);
            }
        };
    }

    private Map<String, BigDecimal> weights(SplittableRandom rng, String scope) {
        Map<String, BigDecimal> w = new LinkedHashMap<>();
        for (String part : pools.pick(rng, "schemes", scope).split(",")) {
            String[] kv = part.split("=");
            w.put(kv[0], new BigDecimal(kv[1]));
        }
        return w;
    }

    private Evaluation evaluation(SplittableRandom rng, String scope, String name, String supervisor,
                                  String implementer, BigDecimal fullYuan, BigDecimal execYuan,
                                  Map<String, BigDecimal> weights, GradeScheme grades, int rateDecimals) {
        String budgetSection = weights.keySet().iterator().next();
        List<BudgetLine> budget = budget(rng, fullYuan, execYuan, weights.get(budgetSection), rateDecimals);
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(budgetSection, weights.get(budgetSection), budget.get(0).score()));
        List<Indicator> indicators = new ArrayList<>();
        double metShare = Money.between(rng, 0.2, 0.9); // how well this unit did: spreads totals over the bands
        for (Map.Entry<String, BigDecimal> e : weights.entrySet()) {
            if (e.getKey().equals(budgetSection)) {
                continue;
            }
            List<Indicator> rows = IndicatorDraw.draw(rng, pools, e.getKey(), e.getValue().intValue(), metShare);
            BigDecimal score = rows.stream().map(Indicator::score).reduce(BigDecimal.ZERO, BigDecimal::add);
            sections.add(new Section(e.getKey(), e.getValue(), Money.score(score)));
            indicators.addAll(rows);
        }
        BigDecimal total = Money.score(sections.stream().map(Section::score).reduce(BigDecimal.ZERO, BigDecimal::add));
        int goals = 2 + rng.nextInt(2);
        List<String> goalPool = pools.list("phrases", "goal");
        List<String> achievedPool = pools.list("phrases", "achieved");
        int first = rng.nextInt(goalPool.size());
        List<String> g = new ArrayList<>();
        List<String> a = new ArrayList<>();
        for (int i = 0; i < goals; i++) {
            int k = (first + i) % goalPool.size();
            g.add("目标" + (i + 1) + "：" + goalPool.get(k));
            a.add("目标" + (i + 1) + "：" + achievedPool.get(k % achievedPool.size()));
        }
        return new Evaluation(scope, name, supervisor, implementer, budget, g, a, sections, indicators, total,
                grades.gradeOf(total));
    }

    /** The budget block: total line, then 财政拨款 and 其他资金, each rounded from exact 元 on its own. */
    private static List<BudgetLine> budget(SplittableRandom rng, BigDecimal fullYuan, BigDecimal execYuan,
                                           BigDecimal weight, int rateDecimals) {
        double share = Money.between(rng, 0.55, 0.95);
        BigDecimal full1 = Money.scale(fullYuan, share);
        BigDecimal exec1 = Money.scale(execYuan, Math.min(1.0, share + Money.between(rng, -0.04, 0.04)));
        BigDecimal full2 = fullYuan.subtract(full1);
        BigDecimal exec2 = execYuan.subtract(exec1);
        boolean adjusted = rng.nextInt(3) == 0;
        BigDecimal init1 = adjusted ? Money.scale(full1, Money.between(rng, 0.8, 1.0)) : full1;
        BigDecimal init2 = adjusted ? Money.scale(full2, Money.between(rng, 0.8, 1.0)) : full2;
        BigDecimal rate = Money.percent(execYuan, fullYuan, rateDecimals);
        BigDecimal capped = rate.min(Money.HUNDRED);
        BigDecimal score = Money.score(weight.multiply(capped).divide(Money.HUNDRED));
        List<BudgetLine> lines = new ArrayList<>();
        lines.add(new BudgetLine("年度资金总额", Money.wan(init1.add(init2)), Money.wan(fullYuan), Money.wan(execYuan),
                rate, weight, score));
        lines.add(new BudgetLine("其中：财政拨款", Money.wan(init1), Money.wan(full1), Money.wan(exec1),
                Money.percent(exec1, full1, rateDecimals), null, null));
        lines.add(new BudgetLine("其他资金", Money.wan(init2), Money.wan(full2), Money.wan(exec2),
                Money.percent(exec2, full2, rateDecimals), null, null));
        return lines;
    }

    static <T> void shuffle(List<T> list, SplittableRandom rng) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}
