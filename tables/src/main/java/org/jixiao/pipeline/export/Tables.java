package org.jixiao.pipeline.export;

import static org.jixiao.pipeline.export.Column.Type.BOOLEAN;
import static org.jixiao.pipeline.export.Column.Type.DECIMAL;
import static org.jixiao.pipeline.export.Column.Type.INT;
import static org.jixiao.pipeline.export.Column.Type.STRING;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.json.ReportRecord;
import org.jixiao.extractors.model.Amount;
import org.jixiao.extractors.model.Budget;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Figure;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Indicator;

/**
 * The five tables of the dataset contract's tabular exports — reports, evaluations, indicators, figures, findings —
 * each row carrying the report's id, department, region and year so a table can be used alone, amounts with their
 * printed value and unit plus the amount in 元, and the provenance of the value (file, page, table, row, col,
 * offsets, snippet).
 */
public final class Tables {

    private Tables() {
    }

    /** A row of a table below the report level: the report it belongs to and the item. */
    public record Item<T>(ReportRecord report, int evaluation, T item) {
    }

    public static final ExportTable<ReportRecord> REPORTS = new ExportTable<>("reports",
            "one row per report; a report saved in several files is one row, its other files in other_files", reportColumns(Function.identity(), List.of(
                    new Column<>("title", STRING, "the report's title as printed", ReportRecord::title),
                    new Column<>("aliases", STRING, "shorter names of the department the report also uses, joined by ；",
                            r -> String.join("；", r.aliases())),
                    new Column<>("scope", STRING, "what the report evaluates: department, project, both or unknown",
                            ReportRecord::scope),
                    new Column<>("score", DECIMAL, "the headline self-evaluation score as printed", ReportRecord::score),
                    new Column<>("grade", STRING, "the headline grade (优/良/中/差 …) as printed", ReportRecord::grade),
                    new Column<>("source_path", STRING, "the file as it was given to jixiao", ReportRecord::path),
                    new Column<>("source_format", STRING, "the file's format detected from its bytes (docx, pdf, txt …)",
                            ReportRecord::format),
                    new Column<>("other_files", STRING, "other files of the same report (the same report saved in"
                            + " another format: same text, or same department, year and scores), joined by ；; empty"
                            + " when there is none or the export is not from an index",
                            r -> String.join("；", r.otherSources().stream().map(ReportRecord.Source::path).toList())),
                    new Column<>("pages", INT, "page count, empty where the format has no pages", ReportRecord::pages),
                    new Column<>("ocr", BOOLEAN, "whether the text was recognized from scanned pages", ReportRecord::ocr),
                    new Column<>("evaluations", INT, "how many evaluations (department and projects) were found",
                            r -> r.evaluations().size()),
                    new Column<>("figures", INT, "how many labelled figures were found", r -> r.figures().size()),
                    new Column<>("findings_error", INT, "findings of severity error", r -> count(r, Finding.Severity.ERROR)),
                    new Column<>("findings_warning", INT, "findings of severity warning",
                            r -> count(r, Finding.Severity.WARNING)),
                    new Column<>("findings_info", INT, "findings of severity info", r -> count(r, Finding.Severity.INFO)),
                    new Column<>("errors", STRING, "what could not be read, joined by ；", r -> String.join("；", r.errors())))),
            List::<ReportRecord>of);

    public static final ExportTable<Item<Evaluation>> EVALUATIONS = new ExportTable<>("evaluations",
            "one row per evaluation: the department as a whole or one project or fund", itemColumns(List.of(
                    new Column<Item<Evaluation>>("evaluation_index", INT, "the evaluation's position in its report, from 0 (joins indicators)",
                            Item::evaluation),
                    new Column<>("scope", STRING, "department or project", i -> i.item().scope() == null ? null : i.item().scope().label()),
                    new Column<>("name", STRING, "the project or fund name; the department's name for scope=department",
                            i -> i.item().name())),
                    amountColumns("initial", "年初预算数 (budget at the start of the year)", i -> budget(i).initial()),
                    amountColumns("full_year", "全年预算数 (budget for the full year, after adjustments)",
                            i -> budget(i).fullYear()),
                    amountColumns("executed", "全年执行数 (amount executed)", i -> budget(i).executed()),
                    List.of(new Column<>("rate", DECIMAL, "执行率 as printed, in percent",
                                    i -> budget(i).rate() == null ? null : budget(i).rate().value()),
                            new Column<>("score", DECIMAL, "the evaluation's score as printed", i -> i.item().score()),
                            new Column<>("max_score", DECIMAL, "full marks, where stated", i -> i.item().maxScore()),
                            new Column<>("grade", STRING, "the evaluation's grade as printed", i -> i.item().grade()),
                            new Column<>("sections", STRING, "一级指标 as declared: name weight/score, joined by ；",
                                    i -> sections(i.item()))),
                    provenanceColumns(i -> i.item().at(), "the evaluation (its form table or paragraph)")),
            r -> items(r, List.of(r.evaluations())));

    public static final ExportTable<Item<Indicator>> INDICATORS = new ExportTable<>("indicators",
            "one row per indicator (三级指标) row of an evaluation's table", itemColumns(List.of(
                    new Column<Item<Indicator>>("evaluation_index", INT, "the evaluation's position in its report (joins evaluations)",
                            Item::evaluation),
                    new Column<>("evaluation_name", STRING, "the evaluation's name",
                            i -> i.report().evaluations().get(i.evaluation()).name()),
                    new Column<>("level1", STRING, "一级指标 (产出指标, 效益指标 …)", i -> i.item().level1()),
                    new Column<>("level2", STRING, "二级指标 (数量指标, 质量指标 …)", i -> i.item().level2()),
                    new Column<>("level3", STRING, "三级指标, the indicator itself", i -> i.item().level3()),
                    new Column<>("target", STRING, "年度指标值 (the target) as printed", i -> i.item().target()),
                    new Column<>("actual", STRING, "实际完成值 (what was achieved) as printed", i -> i.item().actual()),
                    new Column<>("unit", STRING, "the measure's unit where one is given", i -> i.item().unit()),
                    new Column<>("weight", DECIMAL, "分值 (the indicator's weight) as printed", i -> i.item().weight()),
                    new Column<>("score", DECIMAL, "得分 as printed", i -> i.item().score()),
                    new Column<>("note", STRING, "偏差原因 and remarks", i -> i.item().note())),
                    provenanceColumns(i -> i.item().at(), "the indicator's row")),
            r -> {
                List<List<?>> perEvaluation = new ArrayList<>();
                r.evaluations().forEach(e -> perEvaluation.add(e.indicators()));
                return items(r, perEvaluation);
            });

    public static final ExportTable<Item<Figure>> FIGURES = new ExportTable<>("figures",
            "one row per labelled figure (amount, rate, count or score) in the text or tables", itemColumns(List.of(
                    new Column<Item<Figure>>("label", STRING, "what the figure is, in the report's words", i -> i.item().label()),
                    new Column<>("kind", STRING, "amount, rate, count or score", i -> i.item().kind().label()),
                    new Column<>("value", DECIMAL, "the number exactly as printed", i -> i.item().value()),
                    new Column<>("unit", STRING, "the unit as the report gives it (万元, %, 个 …)", i -> i.item().unit()),
                    new Column<>("yuan", DECIMAL, "for amounts, the value in 元", i -> i.item().yuan())),
                    provenanceColumns(i -> i.item().at(), "the figure")),
            r -> items(r, List.of(r.figures())));

    public static final ExportTable<Item<Finding>> FINDINGS = new ExportTable<>("findings",
            "one row per consistency finding", itemColumns(List.of(
                    new Column<Item<Finding>>("rule", STRING, "the rule family (sum, rate, change, score-sum, unit, cross-year …)",
                            i -> i.item().rule()),
                    new Column<>("code", STRING, "a stable, more specific identifier of the check", i -> i.item().code()),
                    new Column<>("severity", STRING, "error (impossible under any rounding), warning (suspicious) or info",
                            i -> i.item().severity().label()),
                    new Column<>("message", STRING, "the finding in one sentence", i -> i.item().message()),
                    new Column<>("expected", STRING, "what the other figures imply", i -> i.item().expected()),
                    new Column<>("actual", STRING, "what the report states", i -> i.item().actual()),
                    new Column<>("tolerance", STRING, "how rounding was allowed for", i -> i.item().tolerance()),
                    new Column<>("related_report_ids", STRING, "ids of other reports the finding compares with, joined by ；",
                            i -> String.join("；", i.item().related())),
                    new Column<>("evidence_count", INT, "how many pieces of evidence the finding has", i -> i.item().at().size()),
                    new Column<>("evidence_snippets", STRING, "every piece of evidence's exact text, joined by ｜",
                            i -> String.join("｜", i.item().at().stream().map(Provenance::text).toList()))),
                    provenanceColumns(i -> i.item().at().isEmpty() ? null : i.item().at().getFirst(),
                            "the finding's first piece of evidence")),
            r -> items(r, List.of(r.findings())));

    /** Every table, in the order files and sheets are written. */
    public static final List<ExportTable<?>> ALL = List.of(REPORTS, EVALUATIONS, INDICATORS, FIGURES, FINDINGS);

    private static Budget budget(Item<Evaluation> i) {
        return i.item().budget() == null ? Budget.NONE : i.item().budget();
    }

    private static String sections(Evaluation e) {
        List<String> out = new ArrayList<>();
        e.sections().forEach(s -> out.add(s.name() + " " + plain(s.weight()) + "/" + plain(s.score())));
        return out.isEmpty() ? null : String.join("；", out);
    }

    private static String plain(java.math.BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }

    private static int count(ReportRecord r, Finding.Severity s) {
        return (int) r.findings().stream().filter(f -> f.severity() == s).count();
    }

    @SuppressWarnings("unchecked")
    private static <T> List<Item<T>> items(ReportRecord r, List<List<?>> perEvaluation) {
        List<Item<T>> out = new ArrayList<>();
        for (int e = 0; e < perEvaluation.size(); e++) {
            for (Object o : perEvaluation.get(e)) {
                out.add(new Item<>(r, e, (T) o));
            }
        }
        return out;
    }

    /** The report columns every table starts with. */
    private static <R> List<Column<R>> reportColumns(Function<R, ReportRecord> report, List<Column<R>> rest) {
        List<Column<R>> out = new ArrayList<>(List.of(
                new Column<>("report_id", STRING, "sha256 of the report file's bytes (hex): the report's identity",
                        r -> report.apply(r).id()),
                new Column<>("department", STRING, "the reporting unit's full name as the report gives it",
                        r -> report.apply(r).department()),
                new Column<>("region", STRING, "province/city/district where known", r -> report.apply(r).region()),
                new Column<>("year", INT, "the fiscal year evaluated (not the year of writing)",
                        r -> report.apply(r).year())));
        out.addAll(rest);
        return out;
    }

    @SafeVarargs
    private static <T> List<Column<Item<T>>> itemColumns(List<Column<Item<T>>>... groups) {
        List<Column<Item<T>>> rest = new ArrayList<>();
        for (List<Column<Item<T>>> g : groups) {
            rest.addAll(g);
        }
        rest.add(rest.size() - 7, new Column<>("file", STRING, "the report file the evidence is in, as given to jixiao",
                i -> i.report().path()));
        return reportColumns(Item::report, rest);
    }

    private static <R> List<Column<R>> amountColumns(String prefix, String what, Function<R, Amount> amount) {
        return List.of(
                new Column<>(prefix + "_value", DECIMAL, what + ": the number as printed",
                        r -> amount.apply(r) == null ? null : amount.apply(r).value()),
                new Column<>(prefix + "_unit", STRING, what + ": the unit as printed (元, 万元, 亿元)",
                        r -> amount.apply(r) == null ? null : amount.apply(r).unit()),
                new Column<>(prefix + "_yuan", DECIMAL, what + ": the amount in 元",
                        r -> amount.apply(r) == null ? null : amount.apply(r).yuan()));
    }

    private static <R> List<Column<R>> provenanceColumns(Function<R, Provenance> at, String of) {
        return List.of(
                new Column<>("page", INT, "page of " + of + ", from 1; empty where the format has no pages",
                        r -> at.apply(r) == null ? null : at.apply(r).page()),
                new Column<>("table", INT, "table of " + of + " in the document, from 0; empty outside tables",
                        r -> at.apply(r) == null ? null : at.apply(r).table()),
                new Column<>("row", INT, "table row of " + of + ", from 0", r -> at.apply(r) == null ? null : at.apply(r).row()),
                new Column<>("col", INT, "table column of " + of + ", from 0", r -> at.apply(r) == null ? null : at.apply(r).col()),
                new Column<>("start", INT, "character offset where " + of + " starts in the document's extracted text",
                        r -> at.apply(r) == null ? null : at.apply(r).start()),
                new Column<>("end", INT, "character offset where " + of + " ends (exclusive)",
                        r -> at.apply(r) == null ? null : at.apply(r).end()),
                new Column<>("snippet", STRING, "the exact text of " + of,
                        r -> at.apply(r) == null ? null : at.apply(r).text()));
    }
}
