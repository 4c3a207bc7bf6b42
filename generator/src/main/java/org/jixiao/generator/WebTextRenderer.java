package org.jixiao.generator;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A report as text copied out of the web page that published it: prose one paragraph a line, and the tables
 * flattened the way pages and their mirrors flatten them. Only the cells a page's {@code <tr>} holds survive
 * (a merged cell is printed once, in its first row), and the flattening is one of
 * <ul>
 * <li>{@link Style#PIPE}: a row a line, its cells between {@code |}, with the ragged run of trailing pipes that the empty cells of a wider layout grid leave
 * ({@code 项目名称 | X | ||||});</li>
 * <li>{@link Style#CELLS}: one non-empty cell a line, blank lines between, rows indistinguishable;</li>
 * <li>{@link Style#RUN}: a row's cells run together on one line with nothing between
 * ({@code 主管部门某某局实施单位某某中心}, {@code 年度资金总额123.45120.0097.21%}).</li>
 * </ul>
 * Its choices (how many trailing pipes) come from its own random sequence, derived from the report's seed, so
 * the shared sequence the other formats draw from is untouched.
 */
final class WebTextRenderer implements Renderer {

    /** How a table is flattened. */
    enum Style { PIPE, CELLS, RUN }

    private final Style style;
    private final SplittableRandom rng;

    WebTextRenderer(Style style, long reportSeed) {
        this.style = style;
        this.rng = new SplittableRandom(reportSeed ^ 0x57E8_7E47_F1A7_0000L ^ style.ordinal());
    }

    @Override
    public void render(Layout layout, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(layout.title() + "\n\n");
            for (Layout.Part p : layout.parts()) {
                switch (p) {
                    case Layout.Heading h -> w.write(h.text() + "\n\n");
                    case Layout.Paragraph para -> w.write(para.text() + "\n\n");
                    case Layout.Grid g -> table(g, w);
                }
            }
        }
    }

    private void table(Layout.Grid g, Writer w) throws IOException {
        w.write(g.caption() + "\n");
        if (!g.note().isEmpty()) {
            w.write(g.note() + "\n");
        }
        if (style == Style.CELLS) {
            w.write("\n");
        }
        for (int r = 0; r < g.rows(); r++) {
            List<String> cells = rowCells(g, r);
            switch (style) {
                case PIPE -> w.write(pipeRow(g, r) + raggedTail() + "\n");
                case CELLS -> {
                    for (String c : cells) {
                        if (!c.isEmpty()) {
                            w.write(c + "\n\n");
                        }
                    }
                }
                case RUN -> w.write(String.join("", cells) + "\n");
            }
        }
        w.write("\n");
    }

    /**
     * A row as {@code |}-separated cells: a blank header cell (the layout's filler) is dropped, an empty data
     * cell inside the row stays as an empty slot, and the empty cells at the row's end fold into the ragged
     * tail of pipes, as on the pages.
     */
    private static String pipeRow(Layout.Grid g, int r) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < g.cols(); c++) {
            Layout.GridCell cell = g.origin(r, c);
            if (cell != null && !(cell.header() && cell.text().isBlank())) {
                cells.add(cell.text().replace('\n', ' ').strip());
            }
        }
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        return String.join(" | ", cells) + " |";
    }

    /** The empty trailing cells of a page's wider grid: none, or a run of pipes after a space. */
    private String raggedTail() {
        int n = rng.nextInt(4) == 0 ? 0 : 1 + rng.nextInt(8);
        return n == 0 ? "" : " " + "|".repeat(n);
    }

    /**
     * The texts of the cells that start in row {@code r}, left to right, as a page's {@code <tr>} holds them;
     * a cell's line breaks become spaces, since the page's text puts the whole cell on one line.
     */
    static List<String> rowCells(Layout.Grid g, int r) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < g.cols(); c++) {
            Layout.GridCell cell = g.origin(r, c);
            if (cell != null) {
                out.add(cell.text().replace('\n', ' ').strip());
            }
        }
        return out;
    }
}
