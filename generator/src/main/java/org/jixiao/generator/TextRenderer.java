package org.jixiao.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Plain text as users receive it after someone pasted a Word file through a converter: paragraphs on their own
 * lines, and tables the way Tika writes a .docx table — each row a block ended by a blank line, each cell a
 * line starting with a tab (a cell's further lines without one), a vertically merged continuation as an
 * empty tab line. Written in UTF-8 or in GB18030, the legacy encoding such files often come in.
 */
final class TextRenderer implements Renderer {

    private final Charset charset;

    TextRenderer(Charset charset) {
        this.charset = charset;
    }

    @Override
    public void render(Layout layout, Path file) throws IOException {
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, charset))) {
            w.write(layout.title());
            w.write("\n\n");
            for (Layout.Part p : layout.parts()) {
                switch (p) {
                    case Layout.Heading h -> w.write(h.text() + "\n\n");
                    case Layout.Paragraph para -> w.write(para.text() + "\n\n");
                    case Layout.Grid g -> table(g, w);
                }
            }
        }
    }

    private static void table(Layout.Grid g, Writer w) throws IOException {
        w.write(g.caption() + "\n");
        if (!g.note().isEmpty()) {
            w.write(g.note() + "\n");
        }
        Layout.GridCell[][] cover = g.cover();
        for (int r = 0; r < g.rows(); r++) {
            for (int c = 0; c < g.cols(); c++) {
                Layout.GridCell cell = cover[r][c];
                if (cell == null) {
                    w.write("\t\n");
                } else if (cell.col() == c) {
                    String text = cell.row() == r ? cell.text() : "";
                    w.write("\t" + text + "\n");
                }
            }
            w.write("\n");
        }
        w.write("\n");
    }
}
