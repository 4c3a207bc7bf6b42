package org.jixiao.extractors.model;

/** The money side of an evaluation: 年初预算数, 全年预算数, 全年执行数 and 执行率; each may be null. */
public record Budget(Amount initial, Amount fullYear, Amount executed, Rate rate) {

    public static final Budget NONE = new Budget(null, null, null, null);
}
