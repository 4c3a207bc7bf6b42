package org.jixiao.extractors.number;

/** Where a quantity's unit came from. */
public enum UnitSource {
    /** Printed right after the number ({@code 94分}). */
    PRINTED,
    /**
     * Printed once after a list or range and shared by every member ({@code 94、93、98分},
     * {@code 90-100分}): the member's own span does not contain the unit.
     */
    SHARED,
    /** No unit printed. */
    NONE
}
