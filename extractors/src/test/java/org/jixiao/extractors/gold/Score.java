package org.jixiao.extractors.gold;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The result of scoring one report against its gold: counts per {@link FieldType} and every discrepancy.
 *
 * <ul>
 *   <li>{@code gold}: facts the gold states;</li>
 *   <li>{@code extracted}: extracted facts that are scored — those at a path the gold also has, plus every fact of
 *       an extracted evaluation or indicator the gold does not have at all (an invented row);</li>
 *   <li>{@code correct}: extracted facts equal to the gold's.</li>
 * </ul>
 * Precision is correct / extracted (1 when nothing was scored), recall correct / gold (1 when the gold is empty).
 */
public record Score(String sample, Map<FieldType, Tally> tallies, List<String> discrepancies) {

    public Score {
        EnumMap<FieldType, Tally> copy = new EnumMap<>(FieldType.class);
        for (FieldType type : FieldType.values()) {
            copy.put(type, tallies.getOrDefault(type, Tally.ZERO));
        }
        tallies = Collections.unmodifiableMap(copy);
        discrepancies = List.copyOf(discrepancies);
    }

    /** Counts for one field type. */
    public record Tally(int gold, int extracted, int correct) {

        public static final Tally ZERO = new Tally(0, 0, 0);

        public Tally plus(Tally other) {
            return new Tally(gold + other.gold, extracted + other.extracted, correct + other.correct);
        }

        public double precision() {
            return extracted == 0 ? 1.0 : (double) correct / extracted;
        }

        public double recall() {
            return gold == 0 ? 1.0 : (double) correct / gold;
        }
    }

    public Tally total() {
        Tally sum = Tally.ZERO;
        for (Tally tally : tallies.values()) {
            sum = sum.plus(tally);
        }
        return sum;
    }

    public Tally of(FieldType type) {
        return tallies.get(type);
    }

    public double precision() {
        return total().precision();
    }

    public double recall() {
        return total().recall();
    }

    /** Adds several reports' scores, for a corpus-wide figure. */
    public static Score sum(String name, List<Score> scores) {
        EnumMap<FieldType, Tally> sum = new EnumMap<>(FieldType.class);
        List<String> all = new ArrayList<>();
        for (Score score : scores) {
            score.tallies.forEach((type, tally) -> sum.merge(type, tally, Tally::plus));
            for (String d : score.discrepancies) {
                all.add(score.sample + ": " + d);
            }
        }
        return new Score(name, sum, all);
    }

    /** A readable table: one row per field type, a total, then up to 40 discrepancies. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        out.append("gold score: ").append(sample).append('\n');
        String format = "  %-11s %6s %10s %8s %10s %7s%n";
        out.append(String.format(Locale.ROOT, format, "field", "gold", "extracted", "correct", "precision", "recall"));
        for (FieldType type : FieldType.values()) {
            out.append(row(format, type.label(), tallies.get(type)));
        }
        out.append(row(format, "total", total()));
        if (!discrepancies.isEmpty()) {
            out.append("  discrepancies (").append(discrepancies.size()).append("):\n");
            discrepancies.stream().limit(40).forEach(d -> out.append("    ").append(d).append('\n'));
            if (discrepancies.size() > 40) {
                out.append("    …\n");
            }
        }
        return out.toString();
    }

    private static String row(String format, String label, Tally t) {
        return String.format(Locale.ROOT, format, label, t.gold(), t.extracted(), t.correct(),
                String.format(Locale.ROOT, "%.3f", t.precision()), String.format(Locale.ROOT, "%.3f", t.recall()));
    }
}
