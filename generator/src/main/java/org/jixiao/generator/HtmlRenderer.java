package org.jixiao.generator;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** HTML as a report published on a government site looks: headings, paragraphs, ruled tables with spans. */
final class HtmlRenderer implements Renderer {

    @Override
    public void render(Layout layout, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
                    + esc(layout.title()) + "</title>\n<style>table{border-collapse:collapse}"
                    + "td,th{border:1px solid #000;padding:2px 4px}</style>\n</head>\n<body>\n");
            w.write("<h1>" + esc(layout.title()) + "</h1>\n");
            for (Layout.Part p : layout.parts()) {
                switch (p) {
                    case Layout.Heading h -> w.write("<h" + (h.level() + 1) + ">" + esc(h.text()) + "</h"
                            + (h.level() + 1) + ">\n");
                    case Layout.Paragraph para -> w.write("<p>" + esc(para.text()) + "</p>\n");
                    case Layout.Grid g -> table(g, w);
                }
            }
            w.write("</body>\n</html>\n");
        }
    }

    private static void table(Layout.Grid g, Writer w) throws IOException {
        w.write("<p style=\"text-align:center\"><b>" + esc(g.caption()) + "</b></p>\n");
        if (!g.note().isEmpty()) {
            w.write("<p style=\"text-align:right\">" + esc(g.note()) + "</p>\n");
        }
        w.write("<table>\n");
        Layout.GridCell[][] cover = g.cover();
        for (int r = 0; r < g.rows(); r++) {
            w.write("<tr>");
            for (int c = 0; c < g.cols(); c++) {
                Layout.GridCell cell = cover[r][c];
                if (cell == null || cell.row() != r || cell.col() != c) {
                    continue;
                }
                String tag = cell.header() ? "th" : "td";
                w.write("<" + tag);
                if (cell.rowSpan() > 1) {
                    w.write(" rowspan=\"" + cell.rowSpan() + "\"");
                }
                if (cell.colSpan() > 1) {
                    w.write(" colspan=\"" + cell.colSpan() + "\"");
                }
                w.write(">" + esc(cell.text()).replace("\n", "<br>") + "</" + tag + ">");
            }
            w.write("</tr>\n");
        }
        w.write("</table>\n");
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
