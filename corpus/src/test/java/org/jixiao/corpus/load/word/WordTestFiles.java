package org.jixiao.corpus.load.word;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.jixiao.corpus.load.SourceFile;
import org.jixiao.corpus.model.Cell;
import org.jixiao.corpus.model.Table;
import org.jixiao.testsupport.TestPaths;

/** The real sample reports, a writer of minimal hand-made .docx packages, and shared assertions. */
final class WordTestFiles {

    private WordTestFiles() {
    }

    /** A real report of ../shared; skips the test where it is missing. */
    static Path sample(String name) {
        return TestPaths.sample(name);
    }

    static SourceFile source(Path p) throws IOException {
        return SourceFile.of(p);
    }

    /** The anchored cell at (row, col); fails when none is anchored there. */
    static Cell anchor(Table t, int row, int col) {
        return t.cells().stream().filter(c -> c.row() == row && c.col() == col).findFirst()
                .orElseThrow(() -> new AssertionError("no cell anchored at r" + row + " c" + col + " of " + t));
    }

    static boolean anchored(Table t, int row, int col) {
        return t.cells().stream().anyMatch(c -> c.row() == row && c.col() == col);
    }

    static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /**
     * Writes a minimal .docx whose body is {@code bodyXml} (the children of {@code w:body}, written with the
     * {@code w:} prefix) and whose styles are {@code stylesXml} (the children of {@code w:styles}).
     */
    static Path writeDocx(Path dir, String name, String bodyXml, String stylesXml) throws IOException {
        return writeDocx(dir, name, bodyXml, stylesXml, "");
    }

    /** As above, with list definitions ({@code numberingXml}: the children of {@code w:numbering}). */
    static Path writeDocx(Path dir, String name, String bodyXml, String stylesXml, String numberingXml)
            throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream os = Files.newOutputStream(p); ZipOutputStream zip = new ZipOutputStream(os)) {
            put(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                    <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
                    <Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
                    </Types>""");
            put(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                    </Relationships>""");
            put(zip, "word/_rels/document.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
                    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
                    </Relationships>""");
            put(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<w:document xmlns:w=\"" + W_NS + "\" "
                    + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
                    + "<w:body>" + bodyXml + "</w:body></w:document>");
            put(zip, "word/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<w:styles xmlns:w=\"" + W_NS + "\">" + stylesXml + "</w:styles>");
            put(zip, "word/numbering.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<w:numbering xmlns:w=\"" + W_NS + "\">" + numberingXml + "</w:numbering>");
        }
        return p;
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** A paragraph with one run of text. */
    static String p(String text) {
        return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
    }

    /** A table cell: {@code tcPr} is the inner XML of {@code w:tcPr} ("" for none). */
    static String tc(String tcPr, String... paragraphs) {
        StringBuilder sb = new StringBuilder("<w:tc><w:tcPr>").append(tcPr).append("</w:tcPr>");
        for (String para : paragraphs) {
            sb.append(p(para));
        }
        if (paragraphs.length == 0) {
            sb.append("<w:p/>");
        }
        return sb.append("</w:tc>").toString();
    }

    static String tr(String... cells) {
        return "<w:tr>" + String.join("", cells) + "</w:tr>";
    }

    static String tbl(int gridCols, String... rows) {
        StringBuilder sb = new StringBuilder("<w:tbl><w:tblPr/><w:tblGrid>");
        for (int i = 0; i < gridCols; i++) {
            sb.append("<w:gridCol w:w=\"1000\"/>");
        }
        sb.append("</w:tblGrid>");
        for (String r : rows) {
            sb.append(r);
        }
        return sb.append("</w:tbl>").toString();
    }
}
