package org.jixiao.corpus.load.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;
import org.jixiao.corpus.load.LoadException;

/**
 * Finds the character set of a text file from its bytes and decodes it. Chinese reports circulate as UTF-8,
 * as UTF-16 (Windows Notepad's "Unicode") and as GBK/GB18030 (Notepad's "ANSI" on a Chinese Windows), so the
 * encoding is detected, never assumed:
 * <ol>
 *   <li>a byte-order mark decides (UTF-8, UTF-16LE, UTF-16BE);</li>
 *   <li>bytes that are valid UTF-8 are UTF-8 (pure ASCII included) — legacy double-byte text is almost never
 *       valid UTF-8 by accident;</li>
 *   <li>UTF-16 without a mark is recognized when one byte order decodes to text-like characters;</li>
 *   <li>otherwise ICU's statistical detector (as shipped in Tika) ranks the candidates, and the first that
 *       decodes without error wins. The GB family (GB2312, GBK, GB18030) is always decoded as GB18030, its
 *       superset, so characters outside GB2312 that a GBK file holds are not lost.</li>
 * </ol>
 * Bytes that are not text in any of these (NUL bytes, control characters) are refused.
 */
final class TextDecoder {

    /** How much of the file the statistical detector and the UTF-16 check look at. */
    private static final int SAMPLE_BYTES = 64 * 1024;

    private static final Charset GB18030 = Charset.forName("GB18030");

    /** The decoded text and the name of the character set it was decoded with. */
    record Decoded(String text, String charset) {
    }

    private TextDecoder() {
    }

    static Decoded decode(byte[] bytes) throws LoadException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strictOrFail(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strictOrFail(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strictOrFail(bytes, 2, StandardCharsets.UTF_16BE);
        }
        boolean nul = indexOf(bytes, (byte) 0) >= 0;
        if (!nul) {
            String utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
            if (utf8 != null) {
                return checkedText(utf8, StandardCharsets.UTF_8.name());
            }
        }
        Decoded utf16 = utf16WithoutMark(bytes);
        if (utf16 != null) {
            return utf16;
        }
        if (nul) {
            throw new LoadException("not a text file: the bytes hold NUL characters (binary content)");
        }
        List<Charset> candidates = candidates(bytes);
        String gb = strict(bytes, 0, GB18030);
        Charset big5 = candidates.stream().filter(c -> c != GB18030).findFirst().orElse(null);
        String b5 = big5 == null ? null : strict(bytes, 0, big5);
        if (gb != null && b5 != null) {
            // both decode: short texts fool the statistics, so ask which reading uses its charset's common
            // characters (GB2312 for the GB family, Big5's frequent-character block for Big5)
            double gbCommon = gb2312Share(gb);
            double big5Common = big5FrequentShare(bytes);
            if (Math.abs(gbCommon - big5Common) > 0.1) {
                return gbCommon > big5Common ? checkedText(gb, GB18030.name()) : checkedText(b5, big5.name());
            }
        }
        for (Charset cs : candidates) {
            String s = cs == GB18030 ? gb : cs.equals(big5) ? b5 : strict(bytes, 0, cs);
            if (s != null) {
                return checkedText(s, cs.name());
            }
        }
        throw new LoadException("not a text file: the bytes are not valid UTF-8, UTF-16, GB18030 or Big5");
    }

    /** The charsets the statistical detector proposes, in its order of confidence, then the usual suspects. */
    private static List<Charset> candidates(byte[] bytes) {
        List<Charset> out = new ArrayList<>();
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes.length > SAMPLE_BYTES ? Arrays.copyOf(bytes, SAMPLE_BYTES) : bytes);
        for (CharsetMatch m : detector.detectAll()) {
            Charset cs = supported(m.getName());
            if (cs != null && !out.contains(cs)) {
                out.add(cs);
            }
        }
        for (String fallback : List.of("GB18030", "Big5")) {
            Charset cs = supported(fallback);
            if (cs != null && !out.contains(cs)) {
                out.add(cs);
            }
        }
        return out;
    }

    /**
     * The Java charset for a detector's name, restricted to what Chinese reports are written in: the GB
     * family as GB18030, Big5 (with the Windows and Hong Kong supersets). Single-byte Western guesses are
     * not taken: any byte sequence "decodes" as ISO-8859-1, which would turn GBK text into mojibake silently.
     */
    static Charset supported(String name) {
        if (name == null) {
            return null;
        }
        String n = name.toUpperCase(Locale.ROOT).replace("_", "-");
        try {
            if (n.equals("GB18030") || n.equals("GBK") || n.equals("GB2312") || n.equals("EUC-CN")
                    || n.equals("CP936") || n.equals("WINDOWS-936")) {
                return GB18030;
            }
            if (n.equals("BIG5") || n.equals("BIG5-HKSCS") || n.equals("CP950")) {
                return Charset.forName(n.equals("BIG5-HKSCS") ? "Big5-HKSCS" : "x-windows-950");
            }
        } catch (UnsupportedCharsetException e) {
            return null;
        }
        return null;
    }

    /** The share of ideographs (in the sample) that GB2312, the common simplified set, holds. */
    private static double gb2312Share(String decoded) {
        CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
        int ideographs = 0;
        int common = 0;
        for (int i = 0; i < Math.min(decoded.length(), SAMPLE_BYTES / 2); i++) {
            char c = decoded.charAt(i);
            if (c >= 0x4E00 && c <= 0x9FFF) {
                ideographs++;
                if (gb2312.canEncode(c)) {
                    common++;
                }
            }
        }
        return ideographs == 0 ? 0 : common / (double) ideographs;
    }

    /**
     * The share of Big5 double-byte characters (symbols excluded) whose lead byte is in Big5's block of
     * frequently used characters (0xA4–0xC6).
     */
    private static double big5FrequentShare(byte[] bytes) {
        int chars = 0;
        int frequent = 0;
        int n = Math.min(bytes.length, SAMPLE_BYTES);
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                continue;
            }
            if (b >= 0xA4) {
                chars++;
                if (b <= 0xC6) {
                    frequent++;
                }
            }
            i++; // the trail byte
        }
        return chars == 0 ? 0 : frequent / (double) chars;
    }

    /** UTF-16 without a byte-order mark: accepted only when one byte order reads as text and the other does not. */
    private static Decoded utf16WithoutMark(byte[] bytes) {
        if (bytes.length < 4 || bytes.length % 2 != 0) {
            return null;
        }
        int n = Math.min(bytes.length, SAMPLE_BYTES);
        double le = textLikeShare(new String(bytes, 0, n, StandardCharsets.UTF_16LE));
        double be = textLikeShare(new String(bytes, 0, n, StandardCharsets.UTF_16BE));
        Charset cs = le >= 0.95 && be < 0.8 ? StandardCharsets.UTF_16LE
                : be >= 0.95 && le < 0.8 ? StandardCharsets.UTF_16BE : null;
        if (cs == null) {
            return null;
        }
        String s = strict(bytes, 0, cs);
        return s == null ? null : new Decoded(s, cs.name());
    }

    /** The share of characters that plausibly occur in a Chinese or Western text file. */
    private static double textLikeShare(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        int good = 0;
        for (int i = 0; i < s.length(); i++) {
            if (textLike(s.charAt(i))) {
                good++;
            }
        }
        return good / (double) s.length();
    }

    private static boolean textLike(char c) {
        return c == '\n' || c == '\r' || c == '\t'
                || c >= 0x20 && c < 0x7F
                || c >= 0xA0 && c < 0x250        // Latin-1 and Latin Extended
                || c >= 0x2000 && c < 0x2BFF     // punctuation, symbols, arrows, box drawing
                || c >= 0x3000 && c < 0x30FF     // CJK punctuation, kana
                || c >= 0x3400 && c < 0x4DC0     // CJK extension A
                || c >= 0x4E00 && c < 0xA000     // CJK unified ideographs
                || c >= 0xFF00 && c < 0xFFF0     // full-width forms
                || c == 0xFEFF;
    }

    /**
     * Refuses decoded text that is not text: control characters other than tab, line ends, form feed and
     * the DOS end-of-file mark are the signature of a binary file that happened to decode.
     */
    private static Decoded checkedText(String s, String charset) throws LoadException {
        int controls = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1A && c != 0x0B) {
                controls++;
            }
        }
        if (controls > 0 && controls * 100L > s.length()) {
            throw new LoadException("not a text file: " + controls + " control characters among "
                    + s.length() + " (binary content)");
        }
        return new Decoded(s, charset);
    }

    private static Decoded strictOrFail(byte[] bytes, int offset, Charset cs) throws LoadException {
        String s = strict(bytes, offset, cs);
        if (s == null) {
            throw new LoadException("not a text file: it starts with a " + cs.name()
                    + " byte-order mark but the bytes after it are not valid " + cs.name());
        }
        return checkedText(s, cs.name());
    }

    /** Decodes, or returns null at the first malformed or unmappable sequence. */
    static String strict(byte[] bytes, int offset, Charset cs) {
        try {
            CharBuffer out = cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return out.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, byte v) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == v) {
                return i;
            }
        }
        return -1;
    }
}
