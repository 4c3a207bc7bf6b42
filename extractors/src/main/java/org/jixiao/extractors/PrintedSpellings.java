package org.jixiao.extractors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jixiao.corpus.model.DocumentText;
import org.jixiao.corpus.model.Provenance;
import org.jixiao.corpus.text.Simplified;
import org.jixiao.corpus.text.Spellings;
import org.jixiao.extractors.model.Amount;
import org.jixiao.extractors.model.Budget;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Figure;
import org.jixiao.extractors.model.Report;
import org.jixiao.extractors.model.ReportMetadata;

/**
 * The report's own spelling of its department and its amounts' units, where a traditional-character mirror printed
 * them: the dataset contract keeps the name "as the report gives it" and "the unit the report used". Extraction reads
 * the normalized text (simplified, mirror glosses dropped), so the name read there is mapped back to the characters
 * its provenance quotes ({@code 望川區(qū)動物疫病預防控制中心}), and the simplified name becomes an alias, which is what
 * the index groups and searches by. A unit printed right after its number ({@code 86萬元}) keeps its characters; a
 * unit taken from a column's header, or printed with a gloss inside ({@code 萬(wàn)元}), stays normalized. Only the
 * script is kept: full-width forms ({@code ％}, {@code （）}) are written half-width, as everywhere in the record.
 *
 * <p>Runs after the checks, which compare units by their normalized names; a report printed in simplified
 * characters is returned as it is.
 */
final class PrintedSpellings {

    private PrintedSpellings() {
    }

    /** The report in its own spelling; a report without traditional characters is returned as it is. */
    static Report apply(Report r) {
        DocumentText text = r.source().text();
        if (!traditional(text)) {
            return r;
        }
        return new Report(r.source(), metadata(r.metadata(), text), r.score(), r.grade(),
                evaluations(r.evaluations(), text), figures(r.figures(), text), r.findings(), r.errors());
    }

    /** The metadata with the department as printed, when only its script and glosses differ from the name read. */
    private static ReportMetadata metadata(ReportMetadata md, DocumentText text) {
        Provenance at = md.evidence().get("department");
        if (md.department() == null || at == null) {
            return md;
        }
        String printed = Normalizer.normalize(text.rawSnippet(at.start(), at.end()), Normalizer.Form.NFKC).strip();
        if (printed.equals(md.department()) || !Spellings.sameName(printed, md.department())) {
            return md;
        }
        List<String> aliases = new ArrayList<>();
        aliases.add(md.department());
        md.aliases().stream().filter(a -> !aliases.contains(a) && !a.equals(printed)).forEach(aliases::add);
        return new ReportMetadata(md.title(), printed, aliases, md.region(), md.year(), md.scope(), md.evidence());
    }

    /** The figures with the units printed right after their numbers in the report's own characters. */
    private static List<Figure> figures(List<Figure> figures, DocumentText text) {
        List<Figure> out = new ArrayList<>(figures.size());
        for (Figure f : figures) {
            String unit = printedUnit(f.unit(), f.at(), text);
            String label = printedLabel(f.label(), f.at(), text);
            out.add(Objects.equals(unit, f.unit()) && Objects.equals(label, f.label()) ? f
                    : new Figure(label, f.value(), unit, f.yuan(), f.kind(), f.at()));
        }
        return out;
    }

    /** How far before its value a label's words are looked for in the text. */
    private static final int LABEL_WINDOW = 300;

    /**
     * The label with each of its parts ({@code 某项目 / 全年预算数}) in the report's characters, where the part stands
     * in the text shortly before the value, one for one; a part the text does not hold so (a header's words joined)
     * stays as read.
     */
    private static String printedLabel(String label, Provenance at, DocumentText text) {
        if (label == null || at == null) {
            return label;
        }
        int from = Math.max(0, at.start() - LABEL_WINDOW);
        // only the window before the value is searched: a label is never looked for across the whole text
        String window = text.text().substring(from, Math.min(text.length(), at.end()));
        StringBuilder out = new StringBuilder();
        for (String part : label.split(" / ", -1)) {
            if (!out.isEmpty()) {
                out.append(" / ");
            }
            int k = part.length() < 2 ? -1 : window.lastIndexOf(part, at.start() - from);
            String raw = k < 0 ? null : text.rawSnippet(from + k, from + k + part.length());
            out.append(raw != null && raw.length() == part.length() && plain(raw).equals(part)
                    ? Normalizer.normalize(raw, Normalizer.Form.NFKC) : part);
        }
        return out.toString();
    }

    /** The evaluations with their budget amounts' units as printed. */
    private static List<Evaluation> evaluations(List<Evaluation> evaluations, DocumentText text) {
        List<Evaluation> out = new ArrayList<>(evaluations.size());
        for (Evaluation e : evaluations) {
            Budget b = e.budget();
            Budget printed = b == null ? null
                    : new Budget(amount(b.initial(), text), amount(b.fullYear(), text), amount(b.executed(), text), b.rate());
            out.add(printed == null || printed.equals(b) ? e : new Evaluation(e.scope(), e.name(), printed, e.score(),
                    e.maxScore(), e.grade(), e.sections(), e.indicators(), e.at()));
        }
        return out;
    }

    private static Amount amount(Amount a, DocumentText text) {
        if (a == null) {
            return null;
        }
        String unit = printedUnit(a.unit(), a.at(), text);
        return Objects.equals(unit, a.unit()) ? a : new Amount(a.value(), unit, a.yuan(), a.at());
    }

    /**
     * The unit as printed at the end of its value's snippet, when the snippet differs from the normalized one only by
     * traditional characters, one for one; else the unit as read.
     */
    private static String printedUnit(String unit, Provenance at, DocumentText text) {
        if (unit == null || unit.isEmpty() || at == null || at.text() == null || !at.text().endsWith(unit)) {
            return unit;
        }
        String raw = text.rawSnippet(at.start(), at.end());
        if (raw.length() != at.text().length() || raw.equals(at.text()) || !plain(raw).equals(at.text())) {
            return unit;
        }
        return Normalizer.normalize(raw.substring(raw.length() - unit.length()), Normalizer.Form.NFKC);
    }

    /** A printed snippet as the normalized text reads it, one for one: simplified, full-width digits half-width. */
    private static String plain(String raw) {
        String s = Normalizer.normalize(Simplified.of(raw), Normalizer.Form.NFKC);
        return s.length() == raw.length() ? s : raw;
    }

    /** Whether the file holds traditional characters the normalizer converted. */
    private static boolean traditional(DocumentText text) {
        String raw = text.raw();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= 0x3400 && Simplified.of(c) != c) {
                return true;
            }
        }
        return false;
    }
}
