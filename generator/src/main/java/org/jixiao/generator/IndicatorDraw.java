package org.jixiao.generator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws the third-level indicators of one first-level section and scores them the usual way: a met target
 * earns full points, a quantitative shortfall earns points in proportion to actual ÷ target, a qualitative
 * one a share by band (基本达到 80–90%, 部分达到 60–70%). Weights are whole points adding up to the section's.
 */
final class IndicatorDraw {

    private IndicatorDraw() {
    }

    static List<Indicator> draw(SplittableRandom rng, Pools pools, String level1, int sectionWeight,
                                double metShare) {
        List<String[]> pool = new ArrayList<>();
        for (String line : pools.list("indicators", "")) {
            String[] f = line.split("\\|", -1);
            if (f[0].equals(level1)) {
                pool.add(f);
            }
        }
        ReportFactory.shuffle(pool, rng);
        int max = Math.min(pool.size(), Math.max(1, sectionWeight / 4));
        int count = Math.max(1, Math.min(max, 2 + rng.nextInt(4)));
        List<String[]> chosen = new ArrayList<>(pool.subList(0, count));
        // keep the form's order: by second-level indicator as the pool lists them
        List<String> order = pools.list("indicators", "");
        chosen.sort(Comparator.comparingInt(f -> order.indexOf(String.join("|", f))));
        int[] weights = split(rng, sectionWeight, count);
        List<Indicator> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(score(rng, pools, chosen.get(i), BigDecimal.valueOf(weights[i]), metShare));
        }
        return out;
    }

    /** Whole-point weights adding up to {@code total}, each at least 2, not all equal. */
    private static int[] split(SplittableRandom rng, int total, int parts) {
        int[] w = new int[parts];
        for (int i = 0; i < parts; i++) {
            w[i] = total / parts + (i < total % parts ? 1 : 0);
        }
        for (int moves = rng.nextInt(parts + 1); moves > 0; moves--) {
            int from = rng.nextInt(parts);
            int to = rng.nextInt(parts);
            if (from != to && w[from] > 3) {
                w[from]--;
                w[to]++;
            }
        }
        return w;
    }

    private static Indicator score(SplittableRandom rng, Pools pools, String[] f, BigDecimal weight,
                                   double metShare) {
        String kind = f[3];
        String unit = f[4];
        boolean met = rng.nextDouble() < metShare;
        String target;
        String actual;
        BigDecimal score;
        switch (kind) {
            case "count" -> {
                int lo = Integer.parseInt(f[5]);
                int hi = Integer.parseInt(f[6]);
                int t = lo + rng.nextInt(hi - lo + 1);
                int a = met ? t + (rng.nextInt(3) == 0 ? rng.nextInt(1 + t / 10) : 0)
                        : Math.max(1, (int) Math.floor(t * Money.between(rng, 0.55, 0.98)));
                if (!met && a >= t) {
                    a = t - 1;
                }
                met = a >= t;
                target = t + unit;
                actual = a + unit;
                score = met ? weight : proportion(weight, a, t);
            }
            case "pct" -> {
                int a = met ? 100 : 70 + rng.nextInt(30);
                target = "100%";
                actual = a + "%";
                score = met ? weight : proportion(weight, a, 100);
            }
            case "atleast" -> {
                int l = Integer.parseInt(f[5]);
                int a = met ? l + rng.nextInt(101 - l) : Math.max(1, l - 1 - rng.nextInt(20));
                target = "≥" + l + "%";
                actual = a + "%";
                score = met ? weight : proportion(weight, a, l);
            }
            case "yes" -> {
                target = "是";
                actual = met ? "是" : "基本达到";
                score = met ? weight : Money.score(weight.multiply(BigDecimal.valueOf(0.8)));
            }
            default -> {
                target = "达到预期";
                boolean partly = !met && rng.nextInt(3) == 0;
                actual = met ? "达到预期" : partly ? "部分达到" : "基本达到";
                double share = met ? 1 : partly ? Money.between(rng, 0.5, 0.7) : Money.between(rng, 0.75, 0.9);
                score = met ? weight : Money.score(weight.multiply(BigDecimal.valueOf(share)));
            }
        }
        score = Money.score(score);
        String note = score.compareTo(weight) < 0 ? pools.pick(rng, "phrases", "deviation") : "";
        return new Indicator(f[0], f[1], f[2], target, actual, "count".equals(kind) ? unit : kind.equals("pct")
                || kind.equals("atleast") ? "%" : "", weight, score, note);
    }

    private static BigDecimal proportion(BigDecimal weight, int actual, int target) {
        return Money.score(weight.multiply(BigDecimal.valueOf(actual))
                .divide(BigDecimal.valueOf(target), 4, java.math.RoundingMode.HALF_UP));
    }
}
