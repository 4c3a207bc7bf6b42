package org.jixiao.generator;

/**
 * A planted copy: the report's 主要做法和成效 paragraph is another report's, with only the name changed.
 *
 * @param stem  the report copied from (its file name without extension)
 * @param seed  its seed, which fixes the paragraph's words ({@link Practice#paragraph})
 */
public record CopiedFrom(String stem, long seed) {
}
