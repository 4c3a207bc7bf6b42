package org.jixiao.corpus.load.tika;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.jixiao.corpus.load.LoadException;
import org.jixiao.corpus.load.SourceFile;
import org.jixiao.corpus.model.Format;
import org.jixiao.corpus.model.Heading;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TikaLoaderTest {

    @TempDir
    Path dir;

    private final TikaLoader loader = new TikaLoader();

    static final String FORM = """
            <table>
              <tr><th>一级指标</th><th>二级指标</th><th colspan="2">指标值</th></tr>
              <tr><td rowspan="2">产出指标</td><td>数量指标</td><td>162户</td><td>154户</td></tr>
              <tr><td>质量指标</td><td>≥95%</td><td>96%</td></tr>
            </table>""";

    @Test
    void htmlTablesKeepRowAndColumnSpans() throws Exception {
        Path p = Files.writeString(dir.resolve("r.html"), "<html><head><title>绩效自评</title></head><body>"
                + "<script>var hidden = 1;</script><style>p {color: red}</style>"
                + "<h1>一、部门基本情况</h1><p>单位：万元</p>" + FORM + "<p>总分 96 分</p></body></html>");
        SourceDocument d = loader.load(SourceFile.of(p).withFormat(Format.HTML));
        assertInstanceOf(Heading.class, d.blocks().get(0));
        Table t = d.tables().get(0);
        assertEquals(3, t.rowCount());
        assertEquals(4, t.colCount());
        assertEquals(2, t.cellAt(0, 2).colSpan());
        assertSame(t.cellAt(0, 2), t.cellAt(0, 3));
        assertEquals(2, t.cellAt(1, 0).rowSpan());
        assertSame(t.cellAt(1, 0), t.cellAt(2, 0));
        assertEquals("质量指标", t.cellAt(2, 1).text(), "a cell after a row span lands in the next free column");
        assertEquals("96%", t.cellAt(2, 3).text());
        assertEquals("单位:万元", t.caption());
        assertEquals("绩效自评", d.metadata().get("title"));
        String text = d.text().text();
        t.cells().forEach(c -> assertEquals(c.text(), text.substring(c.at().start(), c.at().end())));
        assertTrue(text.contains("总分96分"));
        assertTrue(!text.contains("hidden") && !text.contains("color"), "script and style are not text: " + text);
    }

    @Test
    void odtTablesKeepSpans() throws Exception {
        Path p = dir.resolve("r.odt");
        writeOdt(p, """
                <table:table table:name="t1">
                  <table:table-column table:number-columns-repeated="3"/>
                  <table:table-row>
                    <table:table-cell table:number-columns-spanned="2"><text:p>预算情况</text:p></table:table-cell>
                    <table:covered-table-cell/>
                    <table:table-cell><text:p>执行率</text:p></table:table-cell>
                  </table:table-row>
                  <table:table-row>
                    <table:table-cell table:number-rows-spanned="2"><text:p>财政拨款</text:p></table:table-cell>
                    <table:table-cell><text:p>1733.73</text:p></table:table-cell>
                    <table:table-cell><text:p>94.5%</text:p></table:table-cell>
                  </table:table-row>
                  <table:table-row>
                    <table:covered-table-cell/>
                    <table:table-cell><text:p>12.00</text:p></table:table-cell>
                    <table:table-cell><text:p>100%</text:p></table:table-cell>
                  </table:table-row>
                </table:table>""");
        SourceDocument d = loader.load(SourceFile.of(p).withFormat(Format.ODT));
        Table t = d.tables().get(0);
        assertEquals(3, t.rowCount());
        assertEquals(3, t.colCount());
        assertEquals(2, t.cellAt(0, 0).colSpan());
        assertEquals("财政拨款", t.cellAt(2, 0).text());
        assertEquals(2, t.cellAt(1, 0).rowSpan());
        assertEquals("12.00", t.cellAt(2, 1).text());
    }

    @Test
    void unreadableInputIsALoadExceptionWithOneLine() throws IOException {
        Path p = Files.write(dir.resolve("bad.odt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1});
        LoadException e = assertThrows(LoadException.class, () -> loader.load(SourceFile.of(p).withFormat(Format.ODT)));
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
    }

    private static void writeOdt(Path p, String tableXml) throws IOException {
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
                  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                  <office:body><office:text><text:p>二、评价结果</text:p>%s</office:text></office:body>
                </office:document-content>""".formatted(tableXml);
        String manifest = """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
                  <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
                  <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>""";
        try (OutputStream os = Files.newOutputStream(p); ZipOutputStream zip = new ZipOutputStream(os)) {
            byte[] mime = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry m = new ZipEntry("mimetype");
            m.setMethod(ZipEntry.STORED);
            m.setSize(mime.length);
            CRC32 crc = new CRC32();
            crc.update(mime);
            m.setCrc(crc.getValue());
            zip.putNextEntry(m);
            zip.write(mime);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }
}
