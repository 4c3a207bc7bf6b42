package org.jixiao.generator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The grade bands a report states in its own text (local rules differ: 优 from 90 here, 优秀 from 85 there).
 *
 * @param bands highest first; the last band has a null minimum and catches everything below
 */
public record GradeScheme(List<Band> bands) {

    /** A grade and the lowest score that earns it (inclusive); null for the bottom band. */
    public record Band(String grade, BigDecimal min) {
    }

    public GradeScheme {
        bands = List.copyOf(bands);
    }

    /** Parses a line of {@code schemes.txt}: {@code 优=90,良=80,中=60,差}. */
    static GradeScheme parse(String line) {
        List<Band> out = new ArrayList<>();
        for (String part : line.split(",")) {
            String[] kv = part.trim().split("=");
            out.add(new Band(kv[0], kv.length > 1 ? new BigDecimal(kv[1]) : null));
        }
        return new GradeScheme(out);
    }

    public String gradeOf(BigDecimal score) {
        for (Band b : bands) {
            if (b.min() == null || score.compareTo(b.min()) >= 0) {
                return b.grade();
            }
        }
        return bands.get(bands.size() - 1).grade();
    }

    /** The bands as a report words them: 90分（含）以上为优、80分（含）至90分为良、…、60分以下为差. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        BigDecimal upper = null;
        for (Band b : bands) {
            if (!sb.isEmpty()) {
                sb.append('、');
            }
            if (b.min() == null) {
                sb.append(upper.toPlainString()).append("分以下为").append(b.grade());
            } else if (upper == null) {
                sb.append(b.min().toPlainString()).append("分（含）以上为").append(b.grade());
            } else {
                sb.append(b.min().toPlainString()).append("分（含）至").append(upper.toPlainString()).append("分为")
                        .append(b.grade());
            }
            upper = b.min();
        }
        return sb.toString();
    }
}
