package org.jixiao.extractors.number;

/**
 * Something numeric found in text, with the exact span it was read from: {@code text} always equals
 * {@code source.substring(start, end)}, so every figure can be quoted back as evidence.
 */
public sealed interface Mention permits Quantity, QuantityRange, NonFigure {

    int start();

    int end();

    String text();
}
