package org.jixiao.corpus.load.word;

import static org.jixiao.corpus.load.word.DocxXml.attr;
import static org.jixiao.corpus.load.word.DocxXml.child;
import static org.jixiao.corpus.load.word.DocxXml.isOn;
import static org.jixiao.corpus.load.word.DocxXml.parseInt;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.jixiao.corpus.load.DocumentBuilder;
import org.jixiao.corpus.load.TableDraft;
import org.jixiao.corpus.load.word.WordTableGrid.GridCell;
import org.jixiao.corpus.load.word.WordTableGrid.VMerge;
import org.jixiao.corpus.text.TextNormalizer.Mode;
import org.w3c.dom.Node;

/**
 * Walks the XML of a {@code .docx} body in document order and feeds paragraphs, headings and tables to a
 * {@link DocumentBuilder}.
 *
 * <p>It reads the WordprocessingML elements directly rather than through XWPF's object model because the
 * object model loses what matters here: it flattens content controls ({@code w:sdt}) to plain text, tables
 * inside them included; it has no notion of {@code w:gridBefore} or of a {@code w:vMerge} without a value;
 * and its paragraph text includes deleted revisions. Elements are matched by local name, so transitional
 * and strict namespaces both work.
 *
 * <p>What is read: paragraphs (runs, tabs, breaks, symbols, field results but not field instructions,
 * inserted but not deleted revisions, hyperlinks, smart tags, simple fields), content controls at every
 * level (blocks, rows, cells, runs), custom XML wrappers, text boxes (their paragraphs follow the paragraph
 * that anchors them; of an {@code mc:AlternateContent} only the first choice is read, the fallback repeats
 * it), and tables on their true grid. Hidden text ({@code w:vanish}) is skipped, as Word does not show it.
 * One instance per document. Heading levels and list numbers come from {@link DocxParagraphStyles}, the DOM
 * helpers from {@link DocxXml}.
 */
final class DocxBody {

    private static final String NESTED_CELL_SEPARATOR = " | ";
    private static final int MAX_GRID_SPAN = 1000;

    private final DocumentBuilder builder;
    private final DocxParagraphStyles paragraphStyles;
    private int embeddedObjects;

    DocxBody(DocumentBuilder builder, XWPFStyles styles, XWPFNumbering numbering) {
        this.builder = builder;
        this.paragraphStyles = new DocxParagraphStyles(styles, numbering);
    }

    /** Reads the children of {@code w:body} (or of any block container) in order. */
    void blocks(Node parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() != Node.ELEMENT_NODE) {
                continue;
            }
            switch (n.getLocalName()) {
                case "p" -> paragraph(n);
                case "tbl" -> builder.table(table(n));
                case "sdt" -> {
                    Node content = shownContent(n);
                    if (content != null) {
                        blocks(content);
                    }
                }
                case "customXml", "ins", "moveTo", "smartTag" -> blocks(n);
                case "altChunk" -> builder.warn("an embedded document (altChunk) in the Word file was not read");
                default -> {
                    // sectPr, bookmarks, permission marks, deleted blocks: nothing to read
                }
            }
        }
    }

    // ---- paragraphs -----------------------------------------------------------------------------------

    private void paragraph(Node p) {
        List<Node> textBoxes = new ArrayList<>();
        StringBuilder text = new StringBuilder(paragraphStyles.numberLabel(p));
        inline(p, text, textBoxes, true);
        String raw = text.toString();
        int level = paragraphStyles.headingLevel(p);
        if (level > 0 && WordHeadings.readsAsHeading(raw)) {
            builder.heading(level, raw, null);
        } else {
            builder.text(raw, null, Mode.LINES);
        }
        for (Node box : textBoxes) {
            blocks(box);
        }
    }

    /**
     * Appends the visible text under {@code parent}. Text boxes are not inlined but collected, so their
     * paragraphs stay paragraphs; {@code keepTabs} false turns tabs into spaces (inside table cells a tab
     * would read as a cell boundary).
     */
    private void inline(Node parent, StringBuilder out, List<Node> textBoxes, boolean keepTabs) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() != Node.ELEMENT_NODE) {
                continue;
            }
            switch (n.getLocalName()) {
                case "t" -> appendText(n, out);
                case "tab", "ptab" -> out.append(keepTabs ? '\t' : ' ');
                case "br", "cr" -> out.append('\n');
                case "noBreakHyphen" -> out.append('-');
                case "sym" -> symbol(n, out);
                case "r" -> {
                    if (!isHidden(n)) {
                        inline(n, out, textBoxes, keepTabs);
                    }
                }
                case "txbxContent" -> textBoxes.add(n);
                case "sdt" -> {
                    Node content = shownContent(n);
                    if (content != null) {
                        inline(content, out, textBoxes, keepTabs);
                    }
                }
                case "object" -> {
                    embeddedObjects++;
                    inline(n, out, textBoxes, keepTabs);
                }
                case "AlternateContent" -> {
                    Node choice = child(n, "Choice");
                    Node chosen = choice != null ? choice : child(n, "Fallback");
                    if (chosen != null) {
                        inline(chosen, out, textBoxes, keepTabs);
                    }
                }
                case "pPr", "rPr", "delText", "instrText", "del", "moveFrom", "softHyphen",
                     "footnoteReference", "endnoteReference", "commentReference", "annotationRef" -> {
                    // not shown as text, or deleted
                }
                default -> inline(n, out, textBoxes, keepTabs);
            }
        }
    }

    /** The character data of a {@code w:t} (the XmlBeans DOM has no {@code getTextContent}). */
    private static void appendText(Node t, StringBuilder out) {
        for (Node k = t.getFirstChild(); k != null; k = k.getNextSibling()) {
            short type = k.getNodeType();
            if (type == Node.TEXT_NODE || type == Node.CDATA_SECTION_NODE) {
                out.append(k.getNodeValue());
            }
        }
    }

    /** A {@code w:sym}: the character, unless it is a private-use glyph of a symbol font (Wingdings …). */
    private static void symbol(Node sym, StringBuilder out) {
        String hex = attr(sym, "char");
        if (hex == null) {
            return;
        }
        try {
            int cp = Integer.parseInt(hex, 16);
            if (cp >= 0x20 && Character.isValidCodePoint(cp) && Character.getType(cp) != Character.PRIVATE_USE) {
                out.appendCodePoint(cp);
            }
        } catch (NumberFormatException e) {
            // a malformed code: show nothing, as Word does
        }
    }

    private static boolean isHidden(Node run) {
        Node rPr = child(run, "rPr");
        Node vanish = rPr == null ? null : child(rPr, "vanish");
        return vanish != null && isOn(vanish);
    }

    // ---- tables ---------------------------------------------------------------------------------------

    /**
     * A table on its grid. Columns are counted in {@code w:gridCol} units: a row starts after its
     * {@code w:gridBefore} skipped columns and each cell covers {@code w:gridSpan} of them; a cell with
     * {@code w:vMerge} continues the merge above it unless the value is {@code restart}; the legacy
     * {@code w:hMerge} continuation widens the cell to its left. Rows and cells wrapped in content controls
     * or custom XML are read like the others; rows deleted in tracked changes are not.
     */
    private TableDraft table(Node tbl) {
        WordTableGrid grid = new WordTableGrid();
        for (Node tr : wrapped(tbl, "tr", new ArrayList<>())) {
            Node trPr = child(tr, "trPr");
            if (trPr != null && child(trPr, "del") != null) {
                continue;
            }
            grid.addRow(row(tr, trPr));
        }
        return grid.toDraft();
    }

    private List<GridCell> row(Node tr, Node trPr) {
        Node before = trPr == null ? null : child(trPr, "gridBefore");
        int col = before == null ? 0 : clampSpan(parseInt(attr(before, "val"), 0), 0);
        List<GridCell> cells = new ArrayList<>();
        for (Node tc : wrapped(tr, "tc", new ArrayList<>())) {
            Node tcPr = child(tc, "tcPr");
            int span = 1;
            VMerge vMerge = VMerge.NONE;
            boolean continuesLeft = false;
            if (tcPr != null) {
                Node gridSpan = child(tcPr, "gridSpan");
                span = gridSpan == null ? 1 : clampSpan(parseInt(attr(gridSpan, "val"), 1), 1);
                Node v = child(tcPr, "vMerge");
                if (v != null) {
                    vMerge = "restart".equals(attr(v, "val")) ? VMerge.RESTART : VMerge.CONTINUE;
                }
                Node h = child(tcPr, "hMerge");
                continuesLeft = h != null && !"restart".equals(attr(h, "val"));
            }
            String text = cellText(tc);
            if (continuesLeft && !cells.isEmpty()) {
                GridCell left = cells.remove(cells.size() - 1);
                cells.add(new GridCell(left.col(), left.colSpan() + span, left.vMerge(), joinLines(left.text(), text)));
            } else {
                cells.add(new GridCell(col, span, vMerge, text));
            }
            col += span;
        }
        return cells;
    }

    /** A cell's text: its paragraphs one per line; a nested table one row per line. */
    private String cellText(Node tc) {
        List<String> lines = new ArrayList<>();
        blockLines(tc, lines);
        return String.join("\n", lines);
    }

    private void blockLines(Node parent, List<String> lines) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() != Node.ELEMENT_NODE) {
                continue;
            }
            switch (n.getLocalName()) {
                case "p" -> {
                    StringBuilder text = new StringBuilder(paragraphStyles.numberLabel(n));
                    List<Node> textBoxes = new ArrayList<>();
                    inline(n, text, textBoxes, false);
                    addLine(lines, text.toString());
                    for (Node box : textBoxes) {
                        blockLines(box, lines);
                    }
                }
                case "tbl" -> addLine(lines, nestedTableText(n));
                case "sdt" -> {
                    Node content = shownContent(n);
                    if (content != null) {
                        blockLines(content, lines);
                    }
                }
                case "customXml", "ins", "moveTo", "smartTag" -> blockLines(n, lines);
                default -> {
                    // tcPr, bookmarks …
                }
            }
        }
    }

    /**
     * A table inside a cell, as text: one line per row, the row's non-blank cells separated by
     * {@value #NESTED_CELL_SEPARATOR}. The outer cell is the unit of the grid; a nested table is kept
     * readable inside it rather than flattened into one run of words.
     */
    private String nestedTableText(Node tbl) {
        List<String> rows = new ArrayList<>();
        for (Node tr : wrapped(tbl, "tr", new ArrayList<>())) {
            List<String> cells = new ArrayList<>();
            for (Node tc : wrapped(tr, "tc", new ArrayList<>())) {
                String t = cellText(tc).replace('\n', ' ').strip();
                if (!t.isEmpty()) {
                    cells.add(t);
                }
            }
            if (!cells.isEmpty()) {
                rows.add(String.join(NESTED_CELL_SEPARATOR, cells));
            }
        }
        return String.join("\n", rows);
    }

    /** The children named {@code localName}, looking through content controls and custom XML wrappers. */
    private static List<Node> wrapped(Node parent, String localName, List<Node> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() != Node.ELEMENT_NODE) {
                continue;
            }
            String name = n.getLocalName();
            if (localName.equals(name)) {
                out.add(n);
            } else if ("sdt".equals(name)) {
                Node content = child(n, "sdtContent");
                if (content != null) {
                    wrapped(content, localName, out);
                }
            } else if ("customXml".equals(name)) {
                wrapped(n, localName, out);
            }
        }
        return out;
    }

    private static void addLine(List<String> lines, String line) {
        if (!line.isBlank()) {
            lines.add(line);
        }
    }

    private static String joinLines(String a, String b) {
        return a.isBlank() ? b : b.isBlank() ? a : a + "\n" + b;
    }

    /** Spans and skips from the file, kept sane: a corrupt {@code w:gridSpan="99999999"} must not blow up. */
    private static int clampSpan(int n, int min) {
        return Math.max(min, Math.min(n, MAX_GRID_SPAN));
    }

    /**
     * The content of a content control, or null while it still shows its placeholder prompt
     * ({@code w:showingPlcHdr}: "单击或点击此处输入文字。" is not part of the report).
     */
    private static Node shownContent(Node sdt) {
        Node pr = child(sdt, "sdtPr");
        Node placeholder = pr == null ? null : child(pr, "showingPlcHdr");
        if (placeholder != null && isOn(placeholder)) {
            return null;
        }
        return child(sdt, "sdtContent");
    }

    /** Says so when the body embeds objects (a spreadsheet pasted as an object) whose content is not read. */
    void warnAboutUnreadContent() {
        if (embeddedObjects > 0) {
            builder.warn(embeddedObjects + " embedded object(s) (e.g. a pasted spreadsheet) were not read; only their text, if any, is kept");
        }
    }
}
