package org.jixiao.extractors.number;

import java.util.ArrayList;
import java.util.List;

/**
 * The second stage: joins {@code figure dash figure} into a {@link QuantityRange} ({@code 90-100分},
 * {@code 80%～100%}, {@code 3至5个}). Connectors: {@code - ~ — – 至}, nothing else between the two.
 *
 * <p>The lower end takes the upper end's unit when it has none. Ends in different units, or with
 * qualifiers, are left as two figures. A pair printed high to low with the unit on both ends
 * ({@code 80%-60%}) is a descending band; without units on both ({@code 100-90}) it becomes
 * {@link NonFigure.Reason#BAD_RANGE}: it may be a subtraction, and guessing either way could be wrong. A
 * bare four-digit year before a year ({@code 2024-2025年}) becomes a year too.
 */
final class RangeJoiner {

    private static final String CONNECTORS = "-~—–至";

    private RangeJoiner() {
    }

    static List<Mention> join(String src, List<Mention> in) {
        String f = Numerals.fold(src);
        List<Mention> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Mention a = in.get(i);
            Mention b = i + 1 < in.size() ? in.get(i + 1) : null;
            if (b == null || !connected(f, a, b)) {
                out.add(a);
                continue;
            }
            if (a instanceof Quantity qa && b instanceof NonFigure nb && nb.reason() == NonFigure.Reason.YEAR
                    && qa.unitSource() == UnitSource.NONE && qa.decimals() == 0 && qa.value().precision() == 4
                    && qa.qualifier() == Qualifier.EXACT) {
                out.add(new NonFigure(NonFigure.Reason.YEAR, "calendar year", qa.start(), qa.end(), qa.text()));
                continue;
            }
            if (!(a instanceof Quantity lo) || !(b instanceof Quantity hi)) {
                out.add(a);
                continue;
            }
            if (!plain(lo) || !plain(hi) || hi.value().signum() < 0
                    || !lo.unit().equals(hi.unit()) && lo.unitSource() != UnitSource.NONE) {
                out.add(a);
                continue;
            }
            Quantity low = lo.unitSource() == UnitSource.NONE && hi.unitSource() != UnitSource.NONE
                    ? lo.withSharedUnit(hi.unit()) : lo;
            String text = src.substring(lo.start(), hi.end());
            if (low.value().compareTo(hi.value()) <= 0) {
                out.add(new QuantityRange(low, hi, lo.start(), hi.end(), text));
            } else if (lo.unitSource() == UnitSource.PRINTED && hi.unitSource() == UnitSource.PRINTED) {
                out.add(new QuantityRange(hi, lo, lo.start(), hi.end(), text)); // a band printed high to low
            } else {
                out.add(new NonFigure(NonFigure.Reason.BAD_RANGE,
                        "reversed range or a subtraction: cannot tell", lo.start(), hi.end(), text));
            }
            i++; // b consumed
        }
        return out;
    }

    private static boolean plain(Quantity q) {
        return q.qualifier() == Qualifier.EXACT;
    }

    /** Whether only one connector (and spaces) lies between {@code a} and {@code b}. */
    private static boolean connected(String f, Mention a, Mention b) {
        int connectors = 0;
        for (int i = a.end(); i < b.start(); i++) {
            char c = f.charAt(i);
            if (CONNECTORS.indexOf(c) >= 0) {
                connectors++;
            } else if (c != ' ') {
                return false;
            }
        }
        return connectors == 1;
    }
}
