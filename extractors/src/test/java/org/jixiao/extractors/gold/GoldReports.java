package org.jixiao.extractors.gold;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.model.Amount;
import org.jixiao.extractors.model.Budget;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Indicator;
import org.jixiao.extractors.model.Rate;
import org.jixiao.extractors.model.Report;
import org.jixiao.extractors.model.ReportMetadata;
import org.jixiao.extractors.model.Section;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Test helpers: where the gold files are, and the "perfect extraction" of a gold file — a {@link Report} that
 * states exactly what the gold states — which the scorer tests start from and then damage one field at a time.
 */
final class GoldReports {

    static final Provenance NOWHERE = Provenance.ofText(null, 0, 0, "");

    /** The five real samples with hand-written gold. */
    static final List<String> SAMPLES =
            List.of("qingyuan-2020", "shangjie-2021", "gexin-2025", "donghua-2024", "yanfeng-2021");

    private GoldReports() {
    }

    static Path goldDirectory() {
        Path dir = Path.of("src/test/resources/gold");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("gold folder not found: " + dir.toAbsolutePath());
        }
        return dir;
    }

    static Gold gold(String sample) {
        return Gold.load(goldDirectory().resolve(sample + ".gold.json"));
    }

    static List<Path> goldFiles() throws java.io.IOException {
        try (Stream<Path> files = Files.list(goldDirectory())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        }
    }

    /** The report a perfect extractor would produce for this gold ({@code planned} budgets go to fullYear). */
    static Report perfect(Gold gold) {
        List<Evaluation> evaluations = gold.evaluations().stream().map(GoldReports::evaluation).toList();
        return report(gold, evaluations);
    }

    static Report report(Gold gold, List<Evaluation> evaluations) {
        ReportMetadata meta = new ReportMetadata(gold.title(), gold.department(), List.of(), gold.region(),
                gold.year(), ReportMetadata.ReportScope.UNKNOWN, Map.of());
        return new Report(null, meta, gold.score(), gold.grade(), evaluations, List.of(), List.of(), List.of());
    }

    static Evaluation evaluation(Gold.Evaluation g) {
        Gold.Budget b = g.budget();
        Budget budget = b == null ? Budget.NONE : new Budget(amount(b.initial()),
                amount(b.fullYear() != null ? b.fullYear() : b.planned()), amount(b.executed()),
                b.rate() == null ? null : new Rate(b.rate().value(), b.rate().unit(), NOWHERE));
        List<Section> sections = g.sections().stream()
                .map(s -> new Section(s.name(), s.weight(), s.score(), NOWHERE)).toList();
        List<Indicator> indicators = g.indicators().stream()
                .map(i -> new Indicator(i.level1(), i.level2(), i.level3(), i.target(), i.actual(), null,
                        i.weight(), i.score(), null, NOWHERE))
                .toList();
        return new Evaluation(g.isDepartment() ? Evaluation.Scope.DEPARTMENT : Evaluation.Scope.PROJECT, g.name(),
                budget, g.score(), g.maxScore(), g.grade(), sections, indicators, NOWHERE);
    }

    static Amount amount(Gold.Amount a) {
        return a == null ? null : new Amount(a.value(), a.unit(), null, NOWHERE);
    }

    static BigDecimal dec(String text) {
        return new BigDecimal(text);
    }
}
