package org.jixiao.generator;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Hand-written RTF: Chinese as {@code \}{@code uN?} escapes, tables as {@code \trowd … \row}, vertical merges
 * as {@code \clvmgf}/{@code \clvmrg}. Horizontal merges come in the two forms found in the wild, chosen per
 * report: the legacy one (one {@code \cellx} per grid column, {@code \clmgf}/{@code \clmrg}, as older Word
 * and WPS write) and the modern one (a single cell whose {@code \cellx} lies at the span's right edge, as
 * LibreOffice writes), so a reader must resolve both.
 */
final class RtfRenderer implements Renderer {

    /** null: choose per report from its text; true/false: always legacy / always modern. */
    private final Boolean legacyMerges;

    RtfRenderer() {
        this(null);
    }

    RtfRenderer(Boolean legacyMerges) {
        this.legacyMerges = legacyMerges;
    }

    /** Text width of an A4 page with 2 cm margins, in twips. */
    private static final int WIDTH = 9638;

    @Override
    public void render(Layout layout, Path file) throws IOException {
        boolean legacy = legacyMerges != null ? legacyMerges : (layout.title().hashCode() & 1) != 0;
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("{\\rtf1\\ansi\\ansicpg936\\deff0\\uc1{\\fonttbl{\\f0\\fnil\\fcharset134 ")
                .append(escape("宋体")).append(";}}\n")
                .append("\\paperw11906\\paperh16838\\margl1134\\margr1134\\margt1134\\margb1134\n");
        sb.append("{\\pard\\qc\\b\\fs32 ").append(escape(layout.title())).append("\\par}\n");
        for (Layout.Part p : layout.parts()) {
            switch (p) {
                case Layout.Heading h -> sb.append("{\\pard\\b\\fs").append(h.level() == 1 ? 28 : 24).append(' ')
                        .append(escape(h.text())).append("\\par}\n");
                case Layout.Paragraph para -> sb.append("{\\pard\\fi480\\fs24 ").append(escape(para.text()))
                        .append("\\par}\n");
                case Layout.Grid g -> table(g, sb, legacy);
            }
        }
        sb.append("}\n");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            w.write(sb.toString());
        }
    }

    private static void table(Layout.Grid g, StringBuilder sb, boolean legacy) {
        sb.append("{\\pard\\qc\\b\\fs24 ").append(escape(g.caption())).append("\\par}\n");
        if (!g.note().isEmpty()) {
            sb.append("{\\pard\\qr\\fs21 ").append(escape(g.note())).append("\\par}\n");
        }
        Layout.GridCell[][] cover = g.cover();
        int colWidth = WIDTH / g.cols();
        for (int r = 0; r < g.rows(); r++) {
            sb.append("\\trowd\\trgaph60\\trleft0\n");
            for (int c = 0; c < g.cols(); c++) {
                Layout.GridCell cell = cover[r][c];
                int right = c + 1;
                if (!legacy && cell != null) {
                    if (cell.col() != c) {
                        continue; // inside a span: the spanning cell's \cellx covers it
                    }
                    right = c + cell.colSpan();
                }
                if (cell != null && cell.rowSpan() > 1) {
                    sb.append(cell.row() == r ? "\\clvmgf" : "\\clvmrg");
                }
                if (legacy && cell != null && cell.colSpan() > 1) {
                    sb.append(cell.col() == c ? "\\clmgf" : "\\clmrg");
                }
                sb.append("\\clvertalc\\clbrdrt\\brdrs\\brdrw10\\clbrdrl\\brdrs\\brdrw10"
                        + "\\clbrdrb\\brdrs\\brdrw10\\clbrdrr\\brdrs\\brdrw10\\cellx").append(colWidth * right)
                        .append('\n');
            }
            for (int c = 0; c < g.cols(); c++) {
                Layout.GridCell cell = cover[r][c];
                if (!legacy && cell != null && cell.col() != c) {
                    continue;
                }
                boolean origin = cell != null && cell.row() == r && cell.col() == c;
                sb.append("\\pard\\intbl\\fs21 ");
                if (origin) {
                    sb.append(escape(cell.text()));
                }
                sb.append("\\cell\n");
            }
            sb.append("\\row\n");
        }
        sb.append("\\pard\\par\n");
    }

    /** RTF-escapes text: control characters of RTF, line breaks as {@code \line}, non-ASCII as \\uN?. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() * 7);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\', '{', '}' -> sb.append('\\').append(ch);
                case '\n' -> sb.append("\\line ");
                default -> {
                    if (ch < 128) {
                        sb.append(ch);
                    } else {
                        sb.append("\\u").append((int) (short) ch).append('?');
                    }
                }
            }
        }
        return sb.toString();
    }
}
