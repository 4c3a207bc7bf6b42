package org.jixiao.corpus.load.tika;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jixiao.corpus.load.DocumentBuilder;
import org.jixiao.corpus.load.TableDraft;
import org.jixiao.corpus.text.TextNormalizer.Mode;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns Tika's XHTML events into blocks: {@code <p>}/{@code <li>} become paragraphs, {@code <h1>}…
 * {@code <h6>} headings, and {@code <table>} a {@link TableDraft} placed on a grid by the HTML table model
 * ({@code rowspan} and {@code colspan} honoured, cells skip positions taken by spans from above). Tika's
 * {@code <div class="page">} counts pages. A table nested inside a cell contributes its text to that cell.
 */
final class XhtmlBlockHandler extends DefaultHandler {

    private final DocumentBuilder out;
    private final Mode paragraphMode;
    private final StringBuilder buf = new StringBuilder();
    private int page;
    private int headingLevel;
    private boolean inHead; // <head><title>, <script>, <style>: not body text

    // table state (outermost table only; nested tables flatten into the cell)
    private int tableDepth;
    private TableDraft table;
    private int row = -1;
    private int col;
    private boolean inCell;
    private int cellRowSpan;
    private int cellColSpan;
    private final Map<Long, Boolean> taken = new HashMap<>();
    private final List<String> cellParagraphs = new ArrayList<>();

    XhtmlBlockHandler(DocumentBuilder out, Mode paragraphMode) {
        this.out = out;
        this.paragraphMode = paragraphMode;
    }

    int pages() {
        return page;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = localName.isEmpty() ? qName : localName;
        name = name.toLowerCase(Locale.ROOT);
        switch (name) {
            case "head", "script", "style", "noscript", "template" -> inHead = true;
            case "div" -> {
                if ("page".equals(atts.getValue("class"))) {
                    flushText();
                    page++;
                }
            }
            case "table" -> {
                if (tableDepth++ == 0) {
                    flushText();
                    table = new TableDraft().page(page > 0 ? page : null);
                    row = -1;
                    taken.clear();
                }
            }
            case "tr" -> {
                if (tableDepth == 1) {
                    row++;
                    col = 0;
                }
            }
            case "td", "th" -> {
                if (tableDepth == 1) {
                    while (taken.containsKey(key(row, col))) {
                        col++;
                    }
                    inCell = true;
                    cellRowSpan = span(atts.getValue("rowspan"));
                    cellColSpan = span(atts.getValue("colspan"));
                    cellParagraphs.clear();
                    buf.setLength(0);
                }
            }
            case "p", "li", "br" -> {
                if (inCell) {
                    cellParagraphBreak();
                } else if (tableDepth == 0) {
                    flushText();
                }
            }
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                if (tableDepth == 0) {
                    flushText();
                    headingLevel = name.charAt(1) - '0';
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = (localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
        switch (name) {
            case "head", "script", "style", "noscript", "template" -> {
                inHead = false;
                buf.setLength(0);
            }
            case "td", "th" -> {
                if (tableDepth == 1 && inCell) {
                    cellParagraphBreak();
                    String text = String.join("\n", cellParagraphs);
                    table.cell(row, col, cellRowSpan, cellColSpan, text, page > 0 ? page : null, Mode.LINES);
                    for (int r = row; r < row + cellRowSpan; r++) {
                        for (int c = col; c < col + cellColSpan; c++) {
                            taken.put(key(r, c), Boolean.TRUE);
                        }
                    }
                    col += cellColSpan;
                    inCell = false;
                }
            }
            case "table" -> {
                if (--tableDepth == 0) {
                    out.table(table);
                    table = null;
                } else if (inCell) {
                    cellParagraphBreak();
                }
            }
            case "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "div" -> {
                if (inCell) {
                    cellParagraphBreak();
                } else if (tableDepth == 0) {
                    flushText();
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inHead || tableDepth > 0 && !inCell) {
            return; // whitespace between rows
        }
        buf.append(ch, start, length);
    }

    @Override
    public void endDocument() {
        flushText();
    }

    private void cellParagraphBreak() {
        String s = buf.toString().strip();
        if (!s.isEmpty()) {
            cellParagraphs.add(s);
        }
        buf.setLength(0);
    }

    private void flushText() {
        if (tableDepth > 0) {
            return;
        }
        String s = buf.toString();
        buf.setLength(0);
        if (s.isBlank()) {
            headingLevel = 0;
            return;
        }
        Integer p = page > 0 ? page : null;
        if (headingLevel > 0) {
            out.heading(headingLevel, s, p);
        } else {
            out.text(s, p, paragraphMode);
        }
        headingLevel = 0;
    }

    private static int span(String v) {
        if (v == null) {
            return 1;
        }
        try {
            return Math.max(1, Math.min(1000, Integer.parseInt(v.trim())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static long key(int r, int c) {
        return ((long) r << 32) | (c & 0xffffffffL);
    }
}
