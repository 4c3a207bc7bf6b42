package org.jixiao.index.boilerplate;

import java.util.ArrayList;
import java.util.List;

/**
 * Fingerprints of a document's text, so copied passages can be found among thousands of reports.
 *
 * <p>Winnowing (Schleimer, Wilkerson and Aiken, "Winnowing: local algorithms for document fingerprinting", 2003,
 * the method behind MOSS): hash every k-gram of the text, and from each window of {@link #WINDOW} consecutive
 * hashes keep the smallest. Two texts that share a run of at least {@code WINDOW + K − 1} characters are then
 * guaranteed to share a fingerprint, while only about {@code 2 / (WINDOW + 1)} of the k-grams are kept.
 *
 * <p>Only letters count (CJK characters, Latin letters lower-cased): whitespace, punctuation and digits are
 * skipped, so a passage copied with this year's figures and dates, or re-punctuated, or wrapped differently by
 * another file format, still matches. The hash is a 64-bit polynomial hash of the characters followed by the
 * SplitMix64 finalizer: the same text gives the same hash on every machine and run (unlike
 * {@code String.hashCode}, it is also wide enough that unrelated k-grams practically never collide), which matters
 * because fingerprints are stored in the index and compared with those of reports read months earlier.
 */
public final class Fingerprinter {

    /** Characters per k-gram: about two short Chinese words, longer than most stock phrases' pieces. */
    public static final int K = 12;
    /** Hashes per winnowing window: a shared run of {@code K + WINDOW − 1} = 23 letters is always detected. */
    public static final int WINDOW = 12;

    private static final long BASE = 0x100000001B3L;

    private Fingerprinter() {
    }

    /** The fingerprints of {@code text} (a document's normalized text), in text order. */
    public static List<Fingerprint> of(String text) {
        int[] kept = new int[text.length()];
        char[] letters = new char[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                kept[n] = i;
                letters[n] = Character.toLowerCase(c);
                n++;
            }
        }
        int grams = n - K + 1;
        if (grams <= 0) {
            return List.of();
        }
        long[] hashes = new long[grams];
        long power = 1;
        for (int i = 0; i < K - 1; i++) {
            power *= BASE;
        }
        long h = 0;
        for (int i = 0; i < n; i++) {
            if (i >= K) {
                h -= letters[i - K] * power;
            }
            h = h * BASE + letters[i];
            if (i >= K - 1) {
                hashes[i - K + 1] = mix(h);
            }
        }
        return winnow(hashes, kept, text.length());
    }

    /**
     * The smallest hash of every window of {@link #WINDOW} (the rightmost on ties), each position recorded once;
     * a monotone deque keeps this linear.
     */
    private static List<Fingerprint> winnow(long[] hashes, int[] kept, int textLength) {
        List<Fingerprint> out = new ArrayList<>(2 * hashes.length / (WINDOW + 1) + 1);
        int[] deque = new int[hashes.length];
        int head = 0;
        int tail = 0;
        int lastRecorded = -1;
        int w = Math.min(WINDOW, hashes.length);
        for (int i = 0; i < hashes.length; i++) {
            while (tail > head && hashes[deque[tail - 1]] >= hashes[i]) {
                tail--;
            }
            deque[tail++] = i;
            if (deque[head] <= i - w) {
                head++;
            }
            if (i >= w - 1 && deque[head] != lastRecorded) {
                lastRecorded = deque[head];
                int start = kept[lastRecorded];
                int end = kept[lastRecorded + K - 1] + 1;
                out.add(new Fingerprint(hashes[lastRecorded], start, Math.min(end, textLength)));
            }
        }
        return out;
    }

    /** SplitMix64's finalizer: spreads the polynomial hash's bits so the minimum of a window is unbiased. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
