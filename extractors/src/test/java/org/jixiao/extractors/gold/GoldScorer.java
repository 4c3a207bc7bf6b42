package org.jixiao.extractors.gold;

import org.jixiao.extractors.model.Amount;
import org.jixiao.extractors.model.Budget;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Indicator;
import org.jixiao.extractors.model.Rate;
import org.jixiao.extractors.model.Report;
import org.jixiao.extractors.model.ReportMetadata;
import org.jixiao.extractors.model.Section;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Scores an extracted {@link Report} against a {@link Gold} field by field.
 *
 * <p>Every stated gold value is a fact at a path, e.g. {@code metadata.year = 2021},
 * {@code evaluation[社区工作经费].score = 94}, {@code evaluation[department].indicator[群众满意度].weight = 10}.
 * Evaluations are matched by scope for the department and by name for projects (the gold name or an alias,
 * whitespace- and punctuation-insensitive; failing that, the one gold name that contains or is contained in the
 * extracted name); sections by name the same way; indicators by their level3 text (and order among equal
 * texts). Numbers compare as {@link BigDecimal} values ({@code 94.50} equals {@code 94.5}); text after width and
 * whitespace normalisation; indicator levels as names; title and region by containment, since reports split titles
 * over lines and name regions at varying depth ({@code 长安区} / {@code 石家庄市长安区}).
 *
 * <p>What counts against precision: a wrong value at a gold path, and every fact of an extracted evaluation or
 * indicator the gold does not have at all. A value at a path the gold leaves empty (the report does not state it)
 * inside a matched evaluation or indicator is not scored, nor are extra sections: the gold cannot say it is wrong.
 */
public final class GoldScorer {

    private static final BiPredicate<Object, Object> NUMBER =
            (g, e) -> ((BigDecimal) g).compareTo((BigDecimal) e) == 0;
    private static final BiPredicate<Object, Object> VALUE =
            (g, e) -> Names.value((String) g).equals(Names.value((String) e));
    private static final BiPredicate<Object, Object> NAME =
            (g, e) -> Names.name((String) g).equals(Names.name((String) e));
    private static final BiPredicate<Object, Object> OVERLAP =
            (g, e) -> Names.overlaps((String) g, (String) e);

    private GoldScorer() {
    }

    public static Score score(Gold gold, Report report) {
        return new Run().score(gold, report);
    }

    /** One scoring pass: accumulates counts and discrepancies. */
    private static final class Run {

        private final Map<FieldType, int[]> counts = new EnumMap<>(FieldType.class);
        private final List<String> discrepancies = new ArrayList<>();

        Score score(Gold gold, Report report) {
            ReportMetadata meta = report.metadata();
            compare(FieldType.METADATA, "metadata.title", gold.title(), meta == null ? null : meta.title(), OVERLAP);
            compare(FieldType.METADATA, "metadata.department", gold.department(),
                    meta == null ? null : meta.department(), NAME);
            compare(FieldType.METADATA, "metadata.region", gold.region(), meta == null ? null : meta.region(),
                    OVERLAP);
            compare(FieldType.METADATA, "metadata.year", decimal(gold.year()),
                    decimal(meta == null ? null : meta.year()), NUMBER);
            compare(FieldType.SCORE, "report.score", gold.score(), report.score(), NUMBER);
            compare(FieldType.GRADE, "report.grade", gold.grade(), report.grade(), VALUE);

            Map<Gold.Evaluation, Evaluation> matched = matchEvaluations(gold.evaluations(), report.evaluations());
            for (Gold.Evaluation g : gold.evaluations()) {
                scoreEvaluation(g, matched.get(g));
            }
            var used = java.util.Collections.newSetFromMap(new IdentityHashMap<Evaluation, Boolean>());
            used.addAll(matched.values());
            for (Evaluation e : report.evaluations()) {
                if (!used.contains(e)) {
                    inventedEvaluation(e);
                }
            }
            Map<FieldType, Score.Tally> tallies = new EnumMap<>(FieldType.class);
            counts.forEach((type, c) -> tallies.put(type, new Score.Tally(c[0], c[1], c[2])));
            return new Score(gold.sample(), tallies, discrepancies);
        }

        // ------------------------------------------------------------------ matching

        private static Map<Gold.Evaluation, Evaluation> matchEvaluations(List<Gold.Evaluation> gold,
                                                                         List<Evaluation> extracted) {
            Map<Gold.Evaluation, Evaluation> matched = new LinkedHashMap<>();
            var taken = java.util.Collections.newSetFromMap(new IdentityHashMap<Evaluation, Boolean>());
            for (Gold.Evaluation g : gold) {
                if (g.isDepartment()) {
                    extracted.stream().filter(e -> e.scope() == Evaluation.Scope.DEPARTMENT && !taken.contains(e))
                            .findFirst().ifPresent(e -> {
                                matched.put(g, e);
                                taken.add(e);
                            });
                }
            }
            // exact names first, so that a containment match never steals another evaluation's exact partner
            for (Gold.Evaluation g : gold) {
                if (g.isDepartment()) {
                    continue;
                }
                for (Evaluation e : extracted) {
                    if (e.scope() == Evaluation.Scope.PROJECT && !taken.contains(e)
                            && g.names().stream().anyMatch(n -> Names.name(n).equals(Names.name(e.name())))) {
                        matched.put(g, e);
                        taken.add(e);
                        break;
                    }
                }
            }
            for (Evaluation e : extracted) {
                if (e.scope() != Evaluation.Scope.PROJECT || taken.contains(e)) {
                    continue;
                }
                List<Gold.Evaluation> candidates = gold.stream()
                        .filter(g -> !g.isDepartment() && !matched.containsKey(g))
                        .filter(g -> g.names().stream().anyMatch(n -> Names.overlaps(n, e.name())))
                        .toList();
                if (candidates.size() == 1) {
                    matched.put(candidates.getFirst(), e);
                    taken.add(e);
                }
            }
            return matched;
        }

        private static Section matchSection(Gold.Section g, List<Section> extracted) {
            for (Section s : extracted) {
                if (Names.name(g.name()).equals(Names.name(s.name()))) {
                    return s;
                }
            }
            List<Section> overlapping = extracted.stream().filter(s -> Names.overlaps(g.name(), s.name())).toList();
            return overlapping.size() == 1 ? overlapping.getFirst() : null;
        }

        // ------------------------------------------------------------------ evaluations

        private void scoreEvaluation(Gold.Evaluation g, Evaluation e) {
            String path = "evaluation[" + (g.isDepartment() ? "department" : g.name()) + "]";
            count(FieldType.EVALUATION, true, e != null, e != null);
            if (e == null) {
                discrepancies.add("missing " + path);
            }
            Budget budget = e == null || e.budget() == null ? Budget.NONE : e.budget();
            Gold.Budget gb = g.budget();
            if (gb != null) {
                amount(path + ".budget.initial", gb.initial(), budget.initial());
                amount(path + ".budget.fullYear", gb.fullYear(), budget.fullYear());
                amount(path + ".budget.executed", gb.executed(), budget.executed());
                if (gb.planned() != null) {
                    // a budget the report does not call 年初 or 全年: accept it from either
                    Amount chosen = budget.fullYear();
                    if (budget.initial() != null && (chosen == null
                            || chosen.value().compareTo(gb.planned().value()) != 0)) {
                        chosen = budget.initial();
                    }
                    amount(path + ".budget.planned", gb.planned(), chosen);
                }
                if (gb.rate() != null) {
                    Rate rate = budget.rate();
                    compare(FieldType.BUDGET, path + ".budget.rate", gb.rate().value(),
                            rate == null ? null : rate.value(), NUMBER);
                }
            }
            compare(FieldType.SCORE, path + ".score", g.score(), e == null ? null : e.score(), NUMBER);
            compare(FieldType.SCORE, path + ".maxScore", g.maxScore(), e == null ? null : e.maxScore(), NUMBER);
            compare(FieldType.GRADE, path + ".grade", g.grade(), e == null ? null : e.grade(), VALUE);

            List<Section> sections = e == null ? List.of() : e.sections();
            for (Gold.Section gs : g.sections()) {
                Section s = matchSection(gs, sections);
                String sp = path + ".section[" + gs.name() + "]";
                compare(FieldType.SECTION, sp + ".weight", gs.weight(), s == null ? null : s.weight(), NUMBER);
                compare(FieldType.SECTION, sp + ".score", gs.score(), s == null ? null : s.score(), NUMBER);
            }
            scoreIndicators(path, g.indicators(), e == null ? List.of() : e.indicators());
        }

        private void scoreIndicators(String path, List<Gold.Indicator> gold, List<Indicator> extracted) {
            Map<String, Indicator> byKey = new HashMap<>();
            Map<String, Integer> seen = new HashMap<>();
            List<Indicator> unkeyed = new ArrayList<>();
            for (Indicator i : extracted) {
                if (i.level3() == null || Names.name(i.level3()).isEmpty()) {
                    unkeyed.add(i);
                    continue;
                }
                byKey.put(key(i.level3(), seen), i);
            }
            seen.clear();
            var used = java.util.Collections.newSetFromMap(new IdentityHashMap<Indicator, Boolean>());
            for (Gold.Indicator g : gold) {
                Indicator i = byKey.get(key(g.level3(), seen));
                String ip = path + ".indicator[" + g.level3() + "]";
                count(FieldType.INDICATOR, true, i != null, i != null);
                if (i == null) {
                    discrepancies.add("missing " + ip);
                } else {
                    used.add(i);
                }
                compare(FieldType.INDICATOR, ip + ".level1", g.level1(), i == null ? null : i.level1(), NAME);
                compare(FieldType.INDICATOR, ip + ".level2", g.level2(), i == null ? null : i.level2(), NAME);
                compare(FieldType.INDICATOR, ip + ".target", g.target(), i == null ? null : i.target(), VALUE);
                compare(FieldType.INDICATOR, ip + ".actual", g.actual(), i == null ? null : i.actual(), VALUE);
                compare(FieldType.INDICATOR, ip + ".weight", g.weight(), i == null ? null : i.weight(), NUMBER);
                compare(FieldType.INDICATOR, ip + ".score", g.score(), i == null ? null : i.score(), NUMBER);
            }
            for (Indicator i : extracted) {
                if (!used.contains(i)) {
                    inventedIndicator(path, i);
                }
            }
        }

        /** The n-th occurrence of a level3 text within one evaluation: {@code 群众满意度#1}. */
        private static String key(String level3, Map<String, Integer> seen) {
            String name = Names.name(level3);
            int n = seen.merge(name, 1, Integer::sum);
            return name + "#" + n;
        }

        private void amount(String path, Gold.Amount gold, Amount extracted) {
            if (gold == null) {
                return;
            }
            compare(FieldType.BUDGET, path, gold.value(), extracted == null ? null : extracted.value(), NUMBER);
            compare(FieldType.BUDGET, path + ".unit", gold.unit(), extracted == null ? null : extracted.unit(), VALUE);
        }

        // ------------------------------------------------------------------ invented rows

        private void inventedEvaluation(Evaluation e) {
            String path = "evaluation[" + e.name() + "] (" + e.scope().label() + ", not in gold)";
            invented(FieldType.EVALUATION, path, e.name() == null ? "" : e.name());
            Budget b = e.budget() == null ? Budget.NONE : e.budget();
            for (Amount a : new Amount[] {b.initial(), b.fullYear(), b.executed()}) {
                if (a != null) {
                    invented(FieldType.BUDGET, path + ".budget", a.value());
                    invented(FieldType.BUDGET, path + ".budget.unit", a.unit());
                }
            }
            invented(FieldType.BUDGET, path + ".budget.rate", b.rate() == null ? null : b.rate().value());
            invented(FieldType.SCORE, path + ".score", e.score());
            invented(FieldType.SCORE, path + ".maxScore", e.maxScore());
            invented(FieldType.GRADE, path + ".grade", e.grade());
            for (Section s : e.sections()) {
                invented(FieldType.SECTION, path + ".section[" + s.name() + "].weight", s.weight());
                invented(FieldType.SECTION, path + ".section[" + s.name() + "].score", s.score());
            }
            for (Indicator i : e.indicators()) {
                inventedIndicator(path, i);
            }
        }

        private void inventedIndicator(String path, Indicator i) {
            String ip = path + ".indicator[" + i.level3() + "] (not in gold)";
            invented(FieldType.INDICATOR, ip, i.level3() == null ? "" : i.level3());
            invented(FieldType.INDICATOR, ip + ".level1", i.level1());
            invented(FieldType.INDICATOR, ip + ".level2", i.level2());
            invented(FieldType.INDICATOR, ip + ".target", i.target());
            invented(FieldType.INDICATOR, ip + ".actual", i.actual());
            invented(FieldType.INDICATOR, ip + ".weight", i.weight());
            invented(FieldType.INDICATOR, ip + ".score", i.score());
        }

        private void invented(FieldType type, String path, Object value) {
            if (value != null) {
                count(type, false, true, false);
                discrepancies.add("invented " + path + " = " + value);
            }
        }

        // ------------------------------------------------------------------ counting

        /** Scores one gold fact; a null gold value is not stated, so nothing is counted. */
        private void compare(FieldType type, String path, Object gold, Object extracted,
                             BiPredicate<Object, Object> same) {
            if (gold == null) {
                return;
            }
            boolean correct = extracted != null && same.test(gold, extracted);
            count(type, true, extracted != null, correct);
            if (extracted == null) {
                discrepancies.add("missing " + path + " (gold " + show(gold) + ")");
            } else if (!correct) {
                discrepancies.add("wrong   " + path + ": gold " + show(gold) + ", extracted " + show(extracted));
            }
        }

        private void count(FieldType type, boolean gold, boolean extracted, boolean correct) {
            int[] c = counts.computeIfAbsent(type, t -> new int[3]);
            c[0] += gold ? 1 : 0;
            c[1] += extracted ? 1 : 0;
            c[2] += correct ? 1 : 0;
        }

        private static String show(Object value) {
            return value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value);
        }

        private static BigDecimal decimal(Integer value) {
            return value == null ? null : BigDecimal.valueOf(value);
        }
    }
}
