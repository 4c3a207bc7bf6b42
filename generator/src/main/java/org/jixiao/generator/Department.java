package org.jixiao.generator;

/**
 * The reporting unit.
 *
 * @param name  full official name as a report's title gives it, e.g. 澄湖区望江街道办事处
 * @param alias the short name the prose uses once introduced, e.g. 望江街道
 */
public record Department(String name, String alias, Region region) {
}
