package org.jixiao.index.boilerplate;

/** A hashed k-gram of normalized text kept by winnowing, with the span of text it covers. */
public record Fingerprint(long hash, int start, int end) {
}
