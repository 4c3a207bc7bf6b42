package org.jixiao.generator;

import java.math.BigDecimal;

/** One name–score pair of the prose list "A、B、C项目自评得分分别为94、93、98". */
public record ListedScore(String name, BigDecimal score) {
}
