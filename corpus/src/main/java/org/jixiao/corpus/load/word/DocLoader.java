package org.jixiao.corpus.load.word;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.NotOLE2FileException;
import org.apache.poi.poifs.filesystem.OfficeXmlFileException;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.jixiao.corpus.load.DocumentBuilder;
import org.jixiao.corpus.load.DocumentLoader;
import org.jixiao.corpus.load.ErrorReason;
import org.jixiao.corpus.load.LoadException;
import org.jixiao.corpus.load.SourceFile;
import org.jixiao.corpus.load.TableDraft;
import org.jixiao.corpus.load.word.WordTableGrid.GridCell;
import org.jixiao.corpus.load.word.WordTableGrid.VMerge;
import org.jixiao.corpus.model.Format;
import org.jixiao.corpus.model.MetadataKeys;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.text.TextNormalizer.Mode;

/**
 * Reads Word 97–2003 files ({@code .doc}, and the {@code .wps} files WPS Office writes in the same format)
 * with POI HWPF, keeping every merged cell of every table.
 *
 * <p>The binary format has no column grid: each row lists its cells with their left edge and width in
 * twips. The grid is rebuilt from the edges of all rows of a table — every distinct left or right edge is a
 * column boundary — and a cell covers as many columns as boundaries it spans. Word builds the
 * {@code w:tblGrid} of a {@code .docx} the same way, which is why both formats give the same grid. Vertical
 * merges are the cells' "first merged" / "merged" flags; the legacy horizontal merge flags widen a cell into
 * its neighbours.
 *
 * <p>Text is taken run by run, skipping deleted revisions and hidden text, and cleaned by
 * {@link Word97Text} (field results kept, instructions dropped, cell marks removed); automatic list numbers
 * are written out as in {@code .docx} ({@link ListNumbering}). Paragraph pages are not
 * known without layout; the page count is the one saved in the summary information. Text boxes, which the
 * format keeps apart from the main text, are appended after it.
 */
public final class DocLoader implements DocumentLoader {

    private static final String NESTED_CELL_SEPARATOR = " | ";

    @Override
    public Set<Format> formats() {
        return EnumSet.of(Format.DOC, Format.WPS);
    }

    @Override
    public SourceDocument load(SourceFile file) throws LoadException {
        Format format = file.format() == Format.WPS ? Format.WPS : Format.DOC;
        String label = format == Format.WPS ? "WPS (.wps)" : "Word (.doc)";
        DocumentBuilder builder = new DocumentBuilder(file, format);
        try (POIFSFileSystem fs = new POIFSFileSystem(file.path().toFile(), true)) {
            HWPFDocument doc = new HWPFDocument(fs);
            new Reader(doc, builder).read();
            summary(doc.getSummaryInformation(), builder);
        } catch (OldWordFileFormatException e) {
            throw new LoadException("old Word 6.0/95 format, not supported: open it in Word or WPS and save it as .docx", e);
        } catch (EncryptedDocumentException e) {
            throw new LoadException("the Word file is encrypted (password protected)", e);
        } catch (OfficeXmlFileException e) {
            throw new LoadException("not a " + label + " file: the bytes are a .docx (ZIP) package", e);
        } catch (NotOLE2FileException e) {
            throw new LoadException("not a " + label + " file: the bytes are not a Word 97-2003 document", e);
        } catch (IOException | RuntimeException e) {
            throw new LoadException("damaged " + label + " file (truncated or corrupt): " + ErrorReason.of(e), e);
        }
        return builder.build();
    }

    private static void summary(SummaryInformation si, DocumentBuilder builder) {
        if (si == null) {
            return;
        }
        builder.metadata(MetadataKeys.TITLE, si.getTitle());
        builder.metadata(MetadataKeys.AUTHOR, si.getAuthor());
        builder.metadata(MetadataKeys.CREATED, DocxLoader.iso(si.getCreateDateTime()));
        builder.metadata(MetadataKeys.MODIFIED, DocxLoader.iso(si.getLastSaveDateTime()));
        builder.pageCount(Math.max(0, si.getPageCount()));
    }

    /** One document's walk; holds the field state, which runs across paragraphs. */
    private static final class Reader {
        private final HWPFDocument doc;
        private final DocumentBuilder builder;
        private final Word97Text cleaner = new Word97Text();
        private final ListNumbering lists = new ListNumbering();
        private final Map<Integer, ListNumbering.Level[]> listLevels = new HashMap<>();

        Reader(HWPFDocument doc, DocumentBuilder builder) {
            this.doc = doc;
            this.builder = builder;
        }

        void read() {
            Range range = doc.getRange();
            blocks(range);
            Range boxes = doc.getMainTextboxRange();
            if (boxes != null && boxes.numParagraphs() > 0) {
                blocks(boxes);
            }
        }

        private void blocks(Range range) {
            int n = range.numParagraphs();
            for (int i = 0; i < n; i++) {
                Paragraph p = range.getParagraph(i);
                if (p.isInTable()) {
                    Table table = tableAt(range, p);
                    if (table != null) {
                        builder.table(table(table));
                        i += Math.max(1, table.numParagraphs()) - 1;
                        continue;
                    }
                }
                paragraph(p);
            }
        }

        /** The table starting at {@code p}, or null when HWPF cannot delimit it (then its text is read as paragraphs). */
        private Table tableAt(Range range, Paragraph p) {
            try {
                return range.getTable(p);
            } catch (RuntimeException e) {
                builder.warn("a table could not be delimited and was read as paragraphs: " + ErrorReason.of(e));
                return null;
            }
        }

        private void paragraph(Paragraph p) {
            String raw = numberLabel(p) + text(p, true);
            int level = headingLevel(p);
            if (level > 0 && WordHeadings.readsAsHeading(raw)) {
                builder.heading(level, raw, null);
            } else {
                builder.text(raw, null, Mode.LINES);
            }
        }

        private int headingLevel(Paragraph p) {
            int outline = WordHeadings.levelOfOutline(p.getLvl());
            if (outline > 0) {
                return outline;
            }
            StyleDescription style = doc.getStyleSheet().getStyleDescription(p.getStyleIndex());
            return style == null ? 0 : WordHeadings.levelOfStyleName(style.getName());
        }

        /** The visible text of a paragraph, run by run: deleted revisions and hidden text are not shown. */
        private String text(Paragraph p, boolean keepTabs) {
            StringBuilder out = new StringBuilder();
            int runs = p.numCharacterRuns();
            for (int k = 0; k < runs; k++) {
                CharacterRun run = p.getCharacterRun(k);
                String t = run.text();
                if (run.isMarkedDeleted() || run.isVanished()) {
                    // still track field marks so a hidden field instruction does not unbalance the rest
                    cleaner.clean(t, keepTabs);
                    continue;
                }
                out.append(cleaner.clean(t, keepTabs));
            }
            cleaner.endParagraph();
            return out.toString();
        }

        // ---- list numbers -----------------------------------------------------------------------------

        /** The automatic number of a list paragraph ({@code 一、}); counters are kept per list instance. */
        private String numberLabel(Paragraph p) {
            if (!p.isInList()) {
                return "";
            }
            int instance = p.getIlfo();
            ListNumbering.Level[] levels = listLevels.get(instance);
            if (levels == null) {
                levels = readLevels(p);
                listLevels.put(instance, levels);
            }
            ListNumbering.Level[] defined = levels;
            return lists.next(instance, p.getIlvl(), i -> defined[i]);
        }

        private static ListNumbering.Level[] readLevels(Paragraph p) {
            ListNumbering.Level[] levels = new ListNumbering.Level[9];
            HWPFList list;
            try {
                list = p.getList();
            } catch (RuntimeException e) {
                return levels; // a broken list reference: no numbers rather than no document
            }
            for (int i = 0; i < levels.length; i++) {
                try {
                    char lvl = (char) i;
                    levels[i] = new ListNumbering.Level(list.getStartAt(lvl), formatName(list.getNumberFormat(lvl)),
                            template(list.getNumberText(lvl)), false,
                            list.getTypeOfCharFollowingTheNumber(lvl) == 2 ? "" : " ");
                } catch (RuntimeException e) {
                    // the list defines fewer levels
                }
            }
            return levels;
        }

        /** The binary template marks level k's number with the character k; make it {@code %k+1}. */
        private static String template(String numberText) {
            if (numberText == null) {
                return null;
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < numberText.length(); i++) {
                char c = numberText.charAt(i);
                if (c < 9) {
                    sb.append('%').append((char) ('1' + c));
                } else {
                    sb.append(c);
                }
            }
            return sb.toString();
        }

        // ---- tables -----------------------------------------------------------------------------------

        private TableDraft table(Table table) {
            int rows = table.numRows();
            TreeSet<Integer> edgeSet = new TreeSet<>();
            for (int r = 0; r < rows; r++) {
                TableRow row = table.getRow(r);
                for (int c = 0; c < row.numCells(); c++) {
                    TableCell cell = row.getCell(c);
                    edgeSet.add(cell.getLeftEdge());
                    edgeSet.add(cell.getLeftEdge() + Math.max(0, cell.getWidth()));
                }
            }
            int[] edges = edgeSet.stream().mapToInt(Integer::intValue).toArray();
            WordTableGrid grid = new WordTableGrid();
            for (int r = 0; r < rows; r++) {
                grid.addRow(row(table.getRow(r), edges, table.getTableLevel()));
            }
            return grid.toDraft();
        }

        private List<GridCell> row(TableRow row, int[] edges, int level) {
            List<GridCell> cells = new ArrayList<>();
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                int left = cell.getLeftEdge();
                int col = column(edges, left);
                int span = Math.max(1, column(edges, left + Math.max(0, cell.getWidth())) - col);
                String text = cellText(cell, level);
                if (cell.isMerged() && !cell.isFirstMerged() && !cells.isEmpty()) {
                    // legacy horizontal merge: this cell is part of the one on its left
                    GridCell l = cells.remove(cells.size() - 1);
                    cells.add(new GridCell(l.col(), col + span - l.col(), l.vMerge(), joinLines(l.text(), text)));
                    continue;
                }
                VMerge vMerge = cell.isFirstVerticallyMerged() ? VMerge.RESTART
                        : cell.isVerticallyMerged() ? VMerge.CONTINUE : VMerge.NONE;
                cells.add(new GridCell(col, span, vMerge, text));
            }
            return cells;
        }

        /** The index of the column boundary at {@code edge} (edges are sorted and contain every cell edge). */
        private static int column(int[] edges, int edge) {
            int i = java.util.Arrays.binarySearch(edges, edge);
            return i >= 0 ? i : -i - 1;
        }

        /**
         * A cell's text: its paragraphs one per line; a nested table (paragraphs of a deeper table level)
         * one row per line, the row's non-blank cells separated by {@value #NESTED_CELL_SEPARATOR}, as the
         * {@code .docx} loader writes it.
         */
        private String cellText(TableCell cell, int level) {
            List<String> lines = new ArrayList<>();
            List<String> nestedRow = new ArrayList<>();
            StringBuilder nestedCell = new StringBuilder();
            int n = cell.numParagraphs();
            for (int k = 0; k < n; k++) {
                Paragraph p = cell.getParagraph(k);
                boolean nested = p.getTableLevel() > level;
                String rawText = p.text();
                String t = text(p, false).strip();
                if (nested) {
                    t = t.replace('\n', ' ');
                }
                if (!nested) {
                    flushNestedRow(nestedRow, nestedCell, lines);
                    addLine(lines, numberLabel(p) + t);
                } else if (p.isTableRowEnd()) {
                    flushNestedRow(nestedRow, nestedCell, lines);
                } else {
                    if (!t.isEmpty()) {
                        if (!nestedCell.isEmpty()) {
                            nestedCell.append(' ');
                        }
                        nestedCell.append(t);
                    }
                    if (p.isEmbeddedCellMark() || rawText.endsWith("\u0007")) { // end of a nested cell
                        if (!nestedCell.isEmpty()) {
                            nestedRow.add(nestedCell.toString());
                        }
                        nestedCell.setLength(0);
                    }
                }
            }
            flushNestedRow(nestedRow, nestedCell, lines);
            return String.join("\n", lines);
        }

        private static void flushNestedRow(List<String> row, StringBuilder cell, List<String> lines) {
            if (!cell.isEmpty()) {
                row.add(cell.toString());
                cell.setLength(0);
            }
            if (!row.isEmpty()) {
                lines.add(String.join(NESTED_CELL_SEPARATOR, row));
                row.clear();
            }
        }
    }

    /**
     * The OOXML name of a binary number format code ([MS-DOC] MSONFC): the codes follow the order of
     * {@code ST_NumberFormat}, of which the ones lists actually use are named here; others count in decimals.
     */
    static String formatName(int nfc) {
        return switch (nfc) {
            case 0 -> "decimal";
            case 1 -> "upperRoman";
            case 2 -> "lowerRoman";
            case 3 -> "upperLetter";
            case 4 -> "lowerLetter";
            case 14, 19 -> "decimalFullWidth";
            case 18 -> "decimalEnclosedCircle";
            case 22 -> "decimalZero";
            case 23 -> "bullet";
            case 26 -> "decimalEnclosedFullstop";
            case 27 -> "decimalEnclosedParen";
            case 28 -> "decimalEnclosedCircleChinese";
            case 29 -> "ideographEnclosedCircle";
            case 30 -> "ideographTraditional";
            case 31 -> "ideographZodiac";
            case 32 -> "ideographZodiacTraditional";
            case 33 -> "taiwaneseCounting";
            case 35 -> "taiwaneseCountingThousand";
            case 37 -> "chineseCounting";
            case 38 -> "chineseLegalSimplified";
            case 39 -> "chineseCountingThousand";
            case 255 -> "none";
            default -> "decimal";
        };
    }

    private static void addLine(List<String> lines, String line) {
        if (!line.isBlank()) {
            lines.add(line);
        }
    }

    private static String joinLines(String a, String b) {
        return a.isBlank() ? b : b.isBlank() ? a : a + "\n" + b;
    }
}
