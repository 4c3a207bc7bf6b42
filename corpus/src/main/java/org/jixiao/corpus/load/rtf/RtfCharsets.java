package org.jixiao.corpus.load.rtf;

import java.nio.charset.Charset;

/** The Java charsets behind RTF's numbers: a document's {@code \ansicpg} code page and a font's {@code \fcharset}. */
final class RtfCharsets {

    private RtfCharsets() {
    }

    /** The Java charset of a Windows code page ({@code \ansicpg}); GBK is read as its superset GB18030. */
    static Charset codePage(int cp, Charset otherwise) {
        String name = switch (cp) {
            case 936 -> "GB18030";
            case 950 -> "x-windows-950";
            case 932 -> "windows-31j";
            case 949 -> "x-windows-949";
            case 65001 -> "UTF-8";
            case 874 -> "x-windows-874";
            default -> cp >= 1250 && cp <= 1258 ? "windows-" + cp : null;
        };
        return forName(name, otherwise);
    }

    /** The Java charset of a font's {@code \fcharset}. */
    static Charset fontCharset(int fcharset, Charset otherwise) {
        String name = switch (fcharset) {
            case 128 -> "windows-31j";
            case 129 -> "x-windows-949";
            case 134 -> "GB18030";
            case 136 -> "x-windows-950";
            case 161 -> "windows-1253";
            case 162 -> "windows-1254";
            case 177 -> "windows-1255";
            case 178 -> "windows-1256";
            case 186 -> "windows-1257";
            case 204 -> "windows-1251";
            case 222 -> "x-windows-874";
            case 238 -> "windows-1250";
            case 77 -> "x-MacRoman";
            default -> null;
        };
        return forName(name, otherwise);
    }

    private static Charset forName(String name, Charset otherwise) {
        if (name == null) {
            return otherwise;
        }
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            return otherwise;
        }
    }
}
