package org.jixiao.extractors.evaluation.prose;

import org.jixiao.extractors.text.Spaces;

/**
 * How a grade is printed in running text. A PDF's text layer may split the two characters of a grade with a
 * space ({@code 优 秀}); the grade is kept as printed, without that space. A grade character followed by
 * another word character is part of that word ({@code 结果为中央…}, {@code 优化}), not a grade.
 */
final class Grades {

    /** The grade words, longest first, each character optionally followed by one space. */
    static final String PRINTED = "不\\s?合\\s?格|不\\s?及\\s?格|优\\s?秀|良\\s?好|合\\s?格|及\\s?格|一\\s?般|中\\s?等|较\\s?差|优|良|中|差";

    /** What may follow a grade: not a Han character other than 等/级/次/档/的. */
    static final String END = "(?![\\p{IsHan}&&[^等级次档的]])";

    private Grades() {
    }

    /** The grade as printed, without the spaces a text layer put between its characters. */
    static String clean(String printed) {
        return printed == null ? null : Spaces.removed(printed);
    }
}
