package org.jixiao.extractors.number;

import java.util.ArrayList;
import java.util.List;

/**
 * The third stage: a unit written once after a list applies to every member ({@code 分别为94、93、98分} →
 * three scores). Only the enumeration comma {@code 、} links members: a full comma may separate clauses
 * ({@code 得分94，效益得分30分}), so a unit is never carried across one. Members keep their own spans (the
 * unit is outside them) and are marked {@link UnitSource#SHARED}; a member that printed its own unit
 * breaks the list.
 */
final class SharedUnitFilter {

    private SharedUnitFilter() {
    }

    static List<Mention> apply(String src, List<Mention> in) {
        List<Mention> out = new ArrayList<>(in);
        int runStart = -1; // index of the first unitless member of the current run
        for (int i = 0; i < out.size(); i++) {
            if (!(out.get(i) instanceof Quantity q)) {
                runStart = -1;
                continue;
            }
            boolean linked = i > 0 && out.get(i - 1) instanceof Quantity prev && enumerated(src, prev, q);
            if (!linked) {
                runStart = -1;
            }
            if (q.unitSource() == UnitSource.NONE) {
                if (runStart < 0) {
                    runStart = i;
                }
            } else {
                if (runStart >= 0 && q.unitSource() == UnitSource.PRINTED && !q.unit().isMagnitude()) {
                    for (int k = runStart; k < i; k++) {
                        out.set(k, ((Quantity) out.get(k)).withSharedUnit(q.unit()));
                    }
                }
                runStart = -1;
            }
        }
        return out;
    }

    private static boolean enumerated(String src, Quantity a, Quantity b) {
        if (b.start() - a.end() < 1) {
            return false;
        }
        boolean comma = false;
        for (int i = a.end(); i < b.start(); i++) {
            char c = src.charAt(i);
            if (c == '、' && !comma) {
                comma = true;
            } else if (c != ' ') {
                return false;
            }
        }
        return comma;
    }
}
