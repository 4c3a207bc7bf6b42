package org.jixiao.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Plants 0–3 inconsistencies into a consistent report and records each one. Every plant changes the fewest
 * figures that make exactly one rule fail (e.g. a wrong 其他资金 execution keeps its own rate consistent so
 * only the 合计 breaks), and is verified with {@link Intervals} so a planted difference is never one that
 * rounding could explain.
 */
final class Planter {

    /** The rules in the order they are applied: later plants build on the figures earlier ones printed. */
    static final List<String> RULES = List.of("cross-year", "sum", "rate", "change", "score-sum", "score-range",
            "grade", "duplicate", "count", "unit", "text-table");

    private final SplittableRandom rng;
    private GeneratedReport report;
    private final List<Planted> planted = new ArrayList<>();
    private final List<String> listNames = new ArrayList<>();

    private Planter(GeneratedReport report, SplittableRandom rng) {
        this.report = report;
        this.rng = rng;
        report.prose().listed().forEach(l -> listNames.add(l.name()));
    }

    /**
     * @param previousIncome the income printed by the same department's report of the year before, or null
     */
    static GeneratedReport plant(GeneratedReport report, SplittableRandom rng, BigDecimal previousIncome) {
        Planter p = new Planter(report, rng);
        int wanted = rng.nextInt(4);
        List<String> candidates = new ArrayList<>(RULES);
        if (previousIncome == null) {
            candidates.remove("cross-year");
        }
        ReportFactory.shuffle(candidates, rng);
        List<String> chosen = new ArrayList<>(candidates.subList(0, wanted));
        chosen.sort((a, b) -> RULES.indexOf(a) - RULES.indexOf(b));
        for (String rule : chosen) {
            p.apply(rule, previousIncome).ifPresent(p.planted::add);
        }
        return p.finish();
    }

    private GeneratedReport finish() {
        List<ListedScore> listed = new ArrayList<>();
        for (int i = 0; i < listNames.size(); i++) {
            listed.add(new ListedScore(listNames.get(i), report.projects().get(i).total()));
        }
        ProseFigures prose = report.prose().withListed(report.prose().statedCount(), listed);
        report = report.with(prose, report.whole(), report.projects(), planted);
        return report;
    }

    private Optional<Planted> apply(String rule, BigDecimal previousIncome) {
        return switch (rule) {
            case "cross-year" -> Optional.of(crossYear(previousIncome));
            case "sum" -> Optional.of(sum());
            case "rate" -> Optional.of(rate());
            case "change" -> Optional.of(change());
            case "score-sum" -> Optional.of(scoreSum());
            case "score-range" -> scoreRange();
            case "grade" -> Optional.of(grade());
            case "duplicate" -> Optional.of(duplicate());
            case "count" -> Optional.of(count());
            case "unit" -> Optional.of(unit());
            case "text-table" -> Optional.of(textTable());
            default -> throw new IllegalArgumentException(rule);
        };
    }

    // ---- which form: index 0 the department, 1.. the projects

    private int pickForm() {
        return rng.nextInt(1 + report.projects().size());
    }

    private Evaluation form(int i) {
        return i == 0 ? report.whole() : report.projects().get(i - 1);
    }

    private void setForm(int i, Evaluation e) {
        if (i == 0) {
            report = report.with(report.prose(), e, report.projects(), planted);
        } else {
            List<Evaluation> ps = new ArrayList<>(report.projects());
            ps.set(i - 1, e);
            report = report.with(report.prose(), report.whole(), ps, planted);
        }
    }

    private void setProse(ProseFigures p) {
        report = report.with(p, report.whole(), report.projects(), planted);
    }

    /** A clearly visible but plausible slip: ±1, ±10 or ±100 units of the last-but-two place, or a few %. */
    private BigDecimal slip(BigDecimal value) {
        BigDecimal unit = BigDecimal.ONE.movePointRight(rng.nextInt(3));
        BigDecimal d = value.abs().compareTo(unit.multiply(BigDecimal.valueOf(20))) > 0 ? unit
                : BigDecimal.ONE;
        BigDecimal out = rng.nextBoolean() || value.compareTo(d) <= 0 ? value.add(d) : value.subtract(d);
        return out.setScale(value.scale(), RoundingMode.UNNECESSARY);
    }

    // ---- the plants

    private Planted crossYear(BigDecimal previousIncome) {
        ProseFigures p = report.prose();
        BigDecimal stated = slip(previousIncome);
        BigDecimal change = p.income().subtract(stated);
        BigDecimal pct = Money.percent(change.abs(), stated, 2);
        ProseFigures q = new ProseFigures(p.income(), p.incomeYuan(), stated, change.abs(), pct, change.signum() >= 0,
                p.expense(), p.basic(), p.projectExpense(), p.staff(), p.units(), p.statedCount(), p.listed(),
                p.textExecuted(), p.budgetUnitInYuan());
        setProse(q);
        return new Planted("cross-year", "cross-year.last-income",
                "本年报告所述上年收入与上年度报告的本年收入不一致", null,
                previousIncome.toPlainString() + "万元", stated.toPlainString() + "万元",
                List.of(stated.toPlainString()));
    }

    private Planted sum() {
        int i = pickForm();
        Evaluation e = form(i);
        int lineIndex = 1 + rng.nextInt(e.budget().size() - 1);
        BudgetLine line = e.budget().get(lineIndex);
        BigDecimal wrong = slip(line.executed());
        List<BudgetLine> lines = new ArrayList<>(e.budget());
        lines.set(lineIndex, line.withExecuted(wrong,
                Money.percent(wrong, line.fullYear(), line.rate().scale())));
        setForm(i, e.withBudget(lines));
        List<BigDecimal> parts = lines.subList(1, lines.size()).stream().map(BudgetLine::executed).toList();
        BigDecimal sum = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal total = lines.get(0).executed();
        check(!Intervals.sumConsistent(parts, total), "sum");
        List<String> figures = new ArrayList<>();
        parts.forEach(x -> figures.add(x.toPlainString()));
        figures.add(total.toPlainString());
        return new Planted("sum", "sum.budget-sources",
                "自评表“" + lines.get(0).name() + "”的全年执行数不等于各资金来源执行数之和", e.name(),
                sum.toPlainString(), total.toPlainString(), figures);
    }

    private Planted rate() {
        int i = pickForm();
        Evaluation e = form(i);
        BudgetLine t = e.totalLine();
        BigDecimal right = t.rate();
        BigDecimal wrong;
        if (rng.nextInt(3) == 0 && t.executed().signum() > 0) {
            wrong = Money.percent(t.fullYear(), t.executed(), right.scale()); // budget ÷ executed, inverted
            if (wrong.subtract(right).abs().compareTo(BigDecimal.ONE) < 0) {
                wrong = right.subtract(BigDecimal.valueOf(3 + rng.nextInt(12)));
            }
        } else {
            wrong = right.subtract(BigDecimal.valueOf(2 + rng.nextInt(12)))
                    .add(BigDecimal.ONE.movePointLeft(right.scale()).multiply(BigDecimal.valueOf(rng.nextInt(9))));
        }
        wrong = wrong.setScale(right.scale(), RoundingMode.HALF_UP);
        List<BudgetLine> lines = new ArrayList<>(e.budget());
        lines.set(0, t.withRate(wrong));
        setForm(i, e.withBudget(lines));
        check(!Intervals.ratioConsistent(t.executed(), t.fullYear(), wrong), "rate");
        return new Planted("rate", "rate.execution", "预算执行率不等于全年执行数除以全年预算数", e.name(),
                right.toPlainString() + "%", wrong.toPlainString() + "%",
                List.of(t.executed().toPlainString(), t.fullYear().toPlainString(), wrong.toPlainString()));
    }

    private Planted change() {
        ProseFigures p = report.prose();
        boolean amount = rng.nextBoolean();
        if (amount) {
            BigDecimal wrong = slip(p.change());
            setProse(p.withChange(wrong, p.changePercent()));
            BigDecimal signed = p.increase() ? wrong : wrong.negate();
            check(!Intervals.differenceConsistent(p.income(), p.lastIncome(), signed), "change");
            return new Planted("change", "change.amount", "本年收入较上年的增减额与两年收入之差不符", null,
                    p.change().toPlainString() + "万元", wrong.toPlainString() + "万元",
                    List.of(p.income().toPlainString(), p.lastIncome().toPlainString(), wrong.toPlainString()));
        }
        BigDecimal wrong = p.changePercent().add(BigDecimal.valueOf(1 + rng.nextInt(6)))
                .setScale(p.changePercent().scale(), RoundingMode.UNNECESSARY);
        setProse(p.withChange(p.change(), wrong));
        BigDecimal signed = p.increase() ? wrong : wrong.negate();
        check(!Intervals.changePercentConsistent(p.income(), p.lastIncome(), signed), "change%");
        return new Planted("change", "change.percent", "本年收入较上年的增减幅度与两年收入不符", null,
                p.changePercent().toPlainString() + "%", wrong.toPlainString() + "%",
                List.of(p.income().toPlainString(), p.lastIncome().toPlainString(), wrong.toPlainString()));
    }

    private Planted scoreSum() {
        int i = pickForm();
        Evaluation e = form(i);
        BigDecimal sum = e.sections().stream().map(Section::score).reduce(BigDecimal.ZERO, BigDecimal::add);
        // beyond what rounding can explain: scores printed as whole points stand for ±0.5 each
        BigDecimal slack = e.sections().stream().map(x -> Intervals.half(x.score()))
                .reduce(Intervals.half(e.total()), BigDecimal::add);
        BigDecimal delta = slack.setScale(0, RoundingMode.CEILING).add(BigDecimal.valueOf(1 + rng.nextInt(3)));
        BigDecimal wrong = sum.add(delta).compareTo(e.maxScore()) <= 0 ? sum.add(delta) : sum.subtract(delta);
        wrong = Money.score(wrong);
        setForm(i, e.withTotal(wrong, report.grades().gradeOf(wrong)));
        List<BigDecimal> parts = e.sections().stream().map(Section::score).toList();
        check(!Intervals.sumConsistent(parts, wrong), "score-sum");
        List<String> figures = new ArrayList<>();
        parts.forEach(x -> figures.add(x.toPlainString()));
        figures.add(wrong.toPlainString());
        return new Planted("score-sum", "score-sum.total", "各一级指标得分之和不等于总分", e.name(),
                Money.score(sum).toPlainString(), wrong.toPlainString(), figures);
    }

    private Optional<Planted> scoreRange() {
        int start = pickForm();
        for (int k = 0; k <= report.projects().size(); k++) {
            int i = (start + k) % (1 + report.projects().size());
            Evaluation e = form(i);
            List<Indicator> rows = new ArrayList<>(e.indicators());
            for (int a = 0; a < rows.size(); a++) {
                Indicator over = rows.get(a);
                BigDecimal excess = BigDecimal.valueOf(2 + rng.nextInt(2)); // 1 point could be rounding
                BigDecimal raised = over.weight().add(excess);
                BigDecimal needed = raised.subtract(over.score());
                for (int b = 0; b < rows.size(); b++) {
                    Indicator donor = rows.get(b);
                    if (b != a && donor.level1().equals(over.level1()) && donor.score().compareTo(needed) >= 0) {
                        rows.set(a, over.withScore(raised));
                        rows.set(b, donor.withScore(Money.score(donor.score().subtract(needed))));
                        setForm(i, e.withIndicators(rows));
                        return Optional.of(new Planted("score-range", "score-range.indicator",
                                "三级指标“" + over.level3() + "”的得分超过其分值", e.name(),
                                "≤" + over.weight().toPlainString(), raised.toPlainString(),
                                List.of(over.weight().toPlainString(), raised.toPlainString())));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Planted grade() {
        int i = pickForm();
        Evaluation e = form(i);
        List<GradeScheme.Band> bands = report.grades().bands();
        String right = report.grades().gradeOf(e.total());
        int at = 0;
        while (!bands.get(at).grade().equals(right)) {
            at++;
        }
        int wrongAt = at == 0 ? 1 : at - 1; // one band off, the slip a person makes
        String wrong = bands.get(wrongAt).grade();
        setForm(i, e.withTotal(e.total(), wrong));
        return new Planted("grade", "grade.band", "评价等级与总分所在的等级区间不符", e.name(), right, wrong,
                List.of(e.total().toPlainString(), wrong));
    }

    private Planted duplicate() {
        int n = listNames.size();
        int keep = rng.nextInt(n);
        int over = (keep + 1 + rng.nextInt(n - 1)) % n;
        String lost = listNames.get(over);
        listNames.set(over, listNames.get(keep));
        return new Planted("duplicate", "duplicate.project-score",
                "项目得分列表中“" + listNames.get(keep) + "”出现两次，“" + lost + "”未列出", null,
                lost, listNames.get(keep), List.of(listNames.get(keep)));
    }

    private Planted count() {
        ProseFigures p = report.prose();
        int listedCount = listNames.size();
        setProse(p.withListed(listedCount - 1, p.listed()));
        return new Planted("count", "count.projects", "文中所述项目个数与列出的项目得分个数不符", null,
                listedCount + "个", (listedCount - 1) + "个", List.of(String.valueOf(listedCount - 1)));
    }

    private Planted unit() {
        ProseFigures p = report.prose();
        setProse(p.withBudgetUnitInYuan());
        String v = report.whole().totalLine().fullYear().toPlainString();
        return new Planted("unit", "unit.wan-as-yuan", "正文以“元”为单位写出了自评表中以“万元”计的全年预算数",
                null, v + "万元", v + "元", List.of(v));
    }

    private Planted textTable() {
        ProseFigures p = report.prose();
        BigDecimal table = report.whole().totalLine().executed();
        BigDecimal wrong = slip(table);
        setProse(p.withTextExecuted(wrong));
        return new Planted("text-table", "text-table.executed", "正文所述全年执行数与自评表不一致",
                report.whole().name(), table.toPlainString(), wrong.toPlainString(),
                List.of(table.toPlainString(), wrong.toPlainString()));
    }

    private static void check(boolean planted, String what) {
        if (!planted) {
            throw new IllegalStateException("planted " + what + " difference is within rounding; generator bug");
        }
    }
}
