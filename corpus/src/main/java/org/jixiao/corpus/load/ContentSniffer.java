package org.jixiao.corpus.load;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.jixiao.corpus.model.Format;

/**
 * Tells from a file's first bytes what a file named {@code .doc} really is when Tika has only the name to go
 * on: Word's "save as web page" (HTML, perhaps after a byte-order mark, blank lines or a comment), its
 * single-file web archive ({@code .mht}: a MIME message whose part is the HTML), or plain text in UTF-8 or
 * GB18030. Binary content is none of these: a NUL byte, control characters or bytes that decode in neither
 * encoding leave the decision to the name.
 */
final class ContentSniffer {

    /** How much of the file is looked at. */
    static final int HEAD_BYTES = 8192;

    private static final Charset GB18030 = Charset.forName("GB18030");

    private ContentSniffer() {
    }

    /** Whether the bytes start with the OLE2 compound-file signature every Word 97-2003 file has. */
    static boolean isOle2(byte[] head) {
        return head.length >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF
                && (head[2] & 0xFF) == 0x11 && (head[3] & 0xFF) == 0xE0;
    }

    /** HTML (a web page or a web archive), TXT, or null when the bytes are none of these. */
    static Format sniff(byte[] head) {
        String start = asciiView(head).stripLeading().toLowerCase(Locale.ROOT);
        if (isWebArchive(start) || isMarkup(start)) {
            return Format.HTML;
        }
        if (start.startsWith("<")) {
            return null; // other XML (Word 2003 XML, say) is no plain text: the name and its loader decide
        }
        return isPlainText(head) ? Format.TXT : null;
    }

    /** The head as characters for looking at ASCII markup: UTF-16 decoded, else one char per byte. */
    private static String asciiView(byte[] head) {
        int n = head.length;
        if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new String(head, 2, n - 2, StandardCharsets.UTF_16LE);
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new String(head, 2, n - 2, StandardCharsets.UTF_16BE);
        }
        int from = n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        return new String(head, from, n - from, StandardCharsets.ISO_8859_1);
    }

    /** A MIME message carrying a web page: {@code MIME-Version:} headers and an HTML or multipart body. */
    private static boolean isWebArchive(String start) {
        boolean mimeHeader = start.startsWith("mime-version:") || start.startsWith("content-type:")
                || start.startsWith("from:") || start.startsWith("subject:") || start.startsWith("date:");
        return mimeHeader && start.contains("mime-version:")
                && (start.contains("multipart/related") || start.contains("text/html"));
    }

    /** A web page: an html tag or doctype first, or a tag first and Word's HTML namespace or a page tag soon. */
    private static boolean isMarkup(String start) {
        if (start.startsWith("<html") || start.startsWith("<!doctype html")) {
            return true;
        }
        return start.startsWith("<") && (start.contains("urn:schemas-microsoft-com:office:word")
                || start.contains("<html") || start.contains("<body") || start.contains("<head"));
    }

    /**
     * Plain text: no NUL byte, hardly any control characters, and the bytes decode as UTF-8 or GB18030 (a
     * character cut at the end of the head aside).
     */
    private static boolean isPlainText(byte[] head) {
        if (head.length == 0) {
            return false;
        }
        int control = 0;
        for (byte b : head) {
            int c = b & 0xFF;
            if (c == 0) {
                return false;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1A) {
                control++;
            }
        }
        if (control * 100 > head.length) {
            return false;
        }
        return decodes(head, StandardCharsets.UTF_8) || decodes(head, GB18030);
    }

    private static boolean decodes(byte[] head, Charset cs) {
        // the head may end inside a multi-byte character: allow up to three bytes to be cut off
        int cut = head.length < HEAD_BYTES ? 0 : 3;
        for (int drop = 0; drop <= cut; drop++) {
            try {
                cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(head, 0, head.length - drop));
                return true;
            } catch (CharacterCodingException e) {
                // try one byte shorter
            }
        }
        return false;
    }
}
