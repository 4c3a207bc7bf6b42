package org.jixiao.extractors.evaluation.prose;

import java.math.BigDecimal;
import java.util.List;

import org.jixiao.corpus.model.Provenance;

/**
 * A list of names and a list of values the text pairs one to one ({@code A、B、C自评得分分别为94、93、98}),
 * exactly as printed — also when the counts differ, which is what the {@code count} check looks for.
 *
 * @param label   what the values are ({@code 自评得分}), as printed between the names and {@code 分别为}
 * @param nameAt  the provenance of each name
 * @param valueAt the provenance of each value
 * @param at      the whole phrase, from the first name to the last value
 */
public record AlignedList(String label, List<String> names, List<Provenance> nameAt, List<BigDecimal> values,
                          List<Provenance> valueAt, Provenance at) {

    public AlignedList {
        names = List.copyOf(names);
        nameAt = List.copyOf(nameAt);
        values = List.copyOf(values);
        valueAt = List.copyOf(valueAt);
    }

    /** Whether there are as many values as names. */
    public boolean aligned() {
        return names.size() == values.size();
    }
}
