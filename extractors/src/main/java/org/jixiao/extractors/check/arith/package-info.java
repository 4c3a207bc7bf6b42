/**
 * The arithmetic core of jixiao's consistency checks: figures as intervals of the values their printed digits allow,
 * comparisons that flag only what no rounding explains, and the grade bands a report states about itself.
 *
 * <p>Anchors: XBRL Calculations 1.1 (a rounded figure is a closed interval; inconsistent only when intervals cannot
 * overlap), statcheck (recompute from inputs widened by their own rounding) and the XBRL US DQC rules (each rule with
 * passing and failing cases; the tests here follow that shape). BigDecimal throughout; never double.
 *
 * <p>Entry points: {@link org.jixiao.extractors.check.arith.Interval},
 * {@link org.jixiao.extractors.check.arith.Operand}, {@link org.jixiao.extractors.check.arith.ArithmeticChecks},
 * {@link org.jixiao.extractors.check.arith.GradeBands}.
 */
package org.jixiao.extractors.check.arith;
