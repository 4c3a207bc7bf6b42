package org.jixiao.extractors.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.corpus.model.Block;
import org.jixiao.corpus.model.Paragraph;
import org.jixiao.corpus.model.Provenance;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.model.Table;
import org.jixiao.extractors.model.Figure;
import org.jixiao.extractors.number.Unit;

/**
 * A form printed one cell per line, where a number stands alone on its line and the cell before it names it:
 * <ul>
 *   <li>{@code 计划投资额} / {@code (万元)} / {@code 320}, or {@code 实际使用情况(万元)} / {@code 287.45}: an amount in
 *       the unit the label states (never without one);</li>
 *   <li>under a header whose cells include {@code 分值} and {@code 得分} (an indicator table), {@code 到位率} /
 *       {@code 3} / {@code 3}: the first number the label's 分值, the second its 得分; also the lines right after a
 *       table with that header, which the loader could not place in it (a last row cut short).</li>
 * </ul>
 * Prose reading leaves such numbers unnamed (they have no words on their line), so nothing is read twice.
 */
final class CellLines {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern UNIT_ONLY = Pattern.compile("^[(（]\\s*(亿元|万元|千元|元)\\s*[)）]?$");
    private static final Pattern UNIT_IN_LABEL = Pattern.compile("[(（]\\s*(亿元|万元|千元|元)\\s*[)）]?$");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final int MAX_LABEL = 20;
    private static final BigDecimal MAX_POINTS = new BigDecimal(100);
    /** The lines after a table that may be its last row cut short: no more than a form row's cells. */
    private static final int CUT_ROW = 8;

    private CellLines() {
    }

    static List<Figure> extract(SourceDocument doc) {
        List<Figure> out = new ArrayList<>();
        List<Provenance> run = new ArrayList<>();
        boolean underScores = false;
        for (Block b : doc.blocks()) {
            if (b instanceof Paragraph p) {
                Provenance at = p.at();
                int start = 0;
                for (int nl; (nl = at.text().indexOf('\n', start)) >= 0; start = nl + 1) {
                    run.add(at.sub(start, nl));
                }
                run.add(at.sub(start, at.text().length()));
            } else {
                read(run, underScores, out);
                run = new ArrayList<>();
                // the loader rebuilt the cells it could place as a table; a row cut short (an excerpt ending
                // mid-row: 项目效益 / 40 / 经济) stays lines under the table's 分值 … 得分 header
                underScores = b instanceof Table t && scoreHeader(t);
            }
        }
        read(run, underScores, out);
        return out;
    }

    private static boolean scoreHeader(Table t) {
        boolean weight = t.cells().stream().anyMatch(c -> c.text().strip().equals("分值") || c.text().strip().equals("权重"));
        return weight && t.cells().stream().anyMatch(c -> c.text().strip().equals("得分"));
    }

    private static void read(List<Provenance> lines, boolean underScores, List<Figure> out) {
        boolean scoreHeader = false;
        boolean sawWeight = false;
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i).text().strip();
            sawWeight |= s.equals("分值") || s.equals("权重");
            scoreHeader |= sawWeight && s.equals("得分");
            if (!NUMBER.matcher(s).matches() || i == 0) {
                continue;
            }
            String prev = lines.get(i - 1).text().strip();
            Matcher unitOnly = UNIT_ONLY.matcher(prev);
            if (unitOnly.matches() && i >= 2 && isLabel(lines.get(i - 2).text().strip())) {
                amount(lines.get(i - 2).text().strip(), unitOnly.group(1), lines.get(i), out);
                continue;
            }
            if (!isLabel(prev)) {
                continue;
            }
            Matcher inLabel = UNIT_IN_LABEL.matcher(prev);
            if (inLabel.find()) {
                amount(prev.substring(0, inLabel.start()), inLabel.group(1), lines.get(i), out);
            } else if (scoreHeader || underScores && i < CUT_ROW) {
                points(prev + " / 分值", lines.get(i), out);
                if (i + 1 < lines.size() && NUMBER.matcher(lines.get(i + 1).text().strip()).matches()) {
                    points(prev + " / 得分", lines.get(i + 1), out);
                    i++;
                }
            }
        }
    }

    private static boolean isLabel(String s) {
        return !s.isEmpty() && s.length() <= MAX_LABEL && HAN.matcher(s).find() && !s.matches(".*\\d.*")
                && !s.equals("分值") && !s.equals("得分") && !s.equals("权重");
    }

    private static void amount(String label, String unit, Provenance line, List<Figure> out) {
        Optional<Unit> u = Unit.of(unit);
        if (u.isEmpty() || label.isBlank()) {
            return;
        }
        Provenance at = trimmed(line);
        Figures.of(label.strip(), new BigDecimal(at.text()), u.get(), false, at).ifPresent(out::add);
    }

    private static void points(String label, Provenance line, List<Figure> out) {
        Provenance at = trimmed(line);
        BigDecimal v = new BigDecimal(at.text());
        if (v.compareTo(MAX_POINTS) <= 0) {
            Figures.of(label, v, Unit.NONE, true, at).ifPresent(out::add);
        }
    }

    private static Provenance trimmed(Provenance line) {
        String t = line.text();
        int a = 0;
        int b = t.length();
        while (a < b && Character.isWhitespace(t.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(t.charAt(b - 1))) {
            b--;
        }
        return line.sub(a, b);
    }
}
