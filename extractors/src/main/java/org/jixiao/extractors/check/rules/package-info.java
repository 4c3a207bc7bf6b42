/** The consistency rules, one class per rule family of the dataset contract, built on {@code check.arith}. */
package org.jixiao.extractors.check.rules;
