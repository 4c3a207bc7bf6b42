package org.jixiao.pipeline.web;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

import org.jixiao.extractors.model.Amount;
import org.jixiao.index.Timeline;

/**
 * A department's years as an inline SVG: budget and executed amounts as bars (in 万元, one scale), execution rate
 * and score as lines on a 0–100+ scale. Drawn on the server so the page works offline, with no script library.
 * Bar heights are drawing coordinates only; the numbers written on the page are the report's own, as printed.
 */
final class TimelineChart {

    private static final int W = 760;
    private static final int H = 260;
    private static final int LEFT = 60;
    private static final int BOTTOM = 30;
    private static final int TOP = 20;

    private TimelineChart() {
    }

    static String svg(Timeline t) {
        List<Timeline.Year> years = t.years();
        if (years.isEmpty()) {
            return "";
        }
        BigDecimal maxWan = BigDecimal.ONE;
        double maxPct = 100;
        for (Timeline.Year y : years) {
            maxWan = maxWan.max(wan(y.budget())).max(wan(y.executed()));
            if (y.rate() != null && y.rate().value() != null) {
                maxPct = Math.max(maxPct, y.rate().value().doubleValue());
            }
        }
        int plotH = H - TOP - BOTTOM;
        int slot = (W - LEFT - 20) / years.size();
        int bar = Math.max(6, Math.min(40, slot / 4));
        StringBuilder b = new StringBuilder("<svg id=\"timeline-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(W).append("\" height=\"").append(H).append("\" role=\"img\" aria-label=\"逐年预算、执行、执行率与得分\">");
        b.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(H - BOTTOM).append("\" x2=\"").append(W - 10)
                .append("\" y2=\"").append(H - BOTTOM).append("\" stroke=\"#888\"/>");
        b.append("<text x=\"4\" y=\"14\" font-size=\"11\">万元（柱）</text><text x=\"").append(W - 150)
                .append("\" y=\"14\" font-size=\"11\">执行率%／得分（线）</text>");
        StringBuilder rateLine = new StringBuilder();
        StringBuilder scoreLine = new StringBuilder();
        for (int i = 0; i < years.size(); i++) {
            Timeline.Year y = years.get(i);
            int x = LEFT + slot * i + slot / 2;
            bar(b, x - bar - 1, bar, wan(y.budget()), maxWan, plotH, "#7aa6d8", "budget");
            bar(b, x + 1, bar, wan(y.executed()), maxWan, plotH, "#2f6fb3", "executed");
            b.append("<text x=\"").append(x - 14).append("\" y=\"").append(H - 10).append("\" font-size=\"12\">")
                    .append(y.year() == 0 ? "?" : y.year()).append("</text>");
            if (y.rate() != null && y.rate().value() != null) {
                point(rateLine, x, y.rate().value().doubleValue(), maxPct, plotH);
            }
            if (y.score() != null) {
                point(scoreLine, x, y.score().doubleValue(), maxPct, plotH);
            }
        }
        line(b, rateLine, "#d9822b", "rate");
        line(b, scoreLine, "#2b9d5c", "score");
        b.append("</svg><p class=\"meta\">图例：<span style=\"color:#7aa6d8\">■</span>全年预算数 "
                + "<span style=\"color:#2f6fb3\">■</span>全年执行数 <span style=\"color:#d9822b\">—</span>执行率 "
                + "<span style=\"color:#2b9d5c\">—</span>得分</p>");
        return b.toString();
    }

    private static BigDecimal wan(Amount a) {
        return a == null || a.yuan() == null ? BigDecimal.ZERO : a.yuan().divide(BigDecimal.valueOf(10000), MathContext.DECIMAL64);
    }

    private static void bar(StringBuilder b, int x, int width, BigDecimal v, BigDecimal max, int plotH, String color,
                            String cls) {
        if (v.signum() <= 0) {
            return;
        }
        int h = (int) Math.round(v.doubleValue() / max.doubleValue() * plotH); // drawing only, never shown as a number
        b.append("<rect class=\"").append(cls).append("\" x=\"").append(x).append("\" y=\"").append(H - BOTTOM - h)
                .append("\" width=\"").append(width).append("\" height=\"").append(h).append("\" fill=\"").append(color)
                .append("\"/>");
    }

    private static void point(StringBuilder line, int x, double v, double max, int plotH) {
        int y = H - BOTTOM - (int) Math.round(v / max * plotH);
        line.append(line.isEmpty() ? "" : " ").append(x).append(',').append(y);
    }

    private static void line(StringBuilder b, StringBuilder points, String color, String cls) {
        if (points.isEmpty()) {
            return;
        }
        b.append("<polyline class=\"").append(cls).append("\" points=\"").append(points).append("\" fill=\"none\" stroke=\"")
                .append(color).append("\" stroke-width=\"2\"/>");
    }
}
