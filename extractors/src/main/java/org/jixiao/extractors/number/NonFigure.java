package org.jixiao.extractors.number;

import java.util.Objects;

/**
 * Digits in text that are not a figure to check: a year, a date, a document number, a list marker. They are
 * reported (not silently dropped) so a reader can see why {@code 2025年} or {@code 〔2019〕5号} was not taken
 * as an amount, and so the offsets still account for every digit.
 *
 * @param reason why these digits are not a figure
 * @param detail a short plain explanation
 */
public record NonFigure(Reason reason, String detail, int start, int end, String text) implements Mention {

    /** Why digits are not a figure. */
    public enum Reason {
        /** {@code 2025年}, {@code 2021年度}: a calendar year. */
        YEAR,
        /** {@code 3月10日}, {@code 4月}: a date or month. */
        DATE,
        /** {@code 〔2019〕5号}, {@code [2013]2号}: part of a document number. */
        DOCUMENT_NUMBER,
        /** {@code 1、}, {@code （2）}, {@code 3.} at the start of an item. */
        LIST_MARKER,
        /** {@code 第五次}, {@code 第1名}. */
        ORDINAL,
        /** {@code 附件3}, {@code 目标1}, {@code 5号}: a number naming a thing. */
        LABEL,
        /** An 11-digit mobile number or an area-code number. */
        PHONE,
        /** Digits with a leading zero ({@code 0311}): a code, not a quantity. */
        CODE,
        /** {@code 1.2.3}: a section number. */
        SECTION_NUMBER,
        /**
         * Digits separated only by a space or a line break ({@code 173\n5.58万元}): one number broken by
         * layout or two numbers; the text cannot tell, so neither is read.
         */
        SPLIT,
        /** A range whose bounds are reversed or incompatible. */
        BAD_RANGE,
        /** A Chinese numeral that cannot be read without guessing ({@code 一百二}: 102 or 120?). */
        AMBIGUOUS,
        /** Digits that break the number grammar: {@code 12,34,5} (misplaced thousands separators). */
        MALFORMED
    }

    public NonFigure {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
        if (start < 0 || end < start || text == null || text.length() != end - start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    @Override
    public String toString() {
        return reason + "(" + text + ") @" + start + ".." + end;
    }
}
