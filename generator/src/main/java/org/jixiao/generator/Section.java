package org.jixiao.generator;

import java.math.BigDecimal;

/** A first-level indicator (一级指标) with its weight and score; 预算执行率 is scored from the budget block. */
public record Section(String name, BigDecimal weight, BigDecimal score) {
}
