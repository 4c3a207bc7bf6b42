package org.jixiao.generator;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

/**
 * The formats the generator writes. {@code .doc} is not among them: POI cannot write Word 97 tables, and a
 * .doc without its tables would teach the loaders nothing.
 */
public enum OutputFormat {
    DOCX("docx", ".docx", seed -> new DocxRenderer()),
    PDF("pdf", ".pdf", seed -> new PdfRenderer()),
    TXT("txt", ".txt", seed -> new TextRenderer(StandardCharsets.UTF_8)),
    GB18030("gb18030", "-gb18030.txt", seed -> new TextRenderer(Charset.forName("GB18030"))),
    HTML("html", ".html", seed -> new HtmlRenderer()),
    RTF("rtf", ".rtf", seed -> new RtfRenderer()),
    XLSX("xlsx", ".xlsx", seed -> new XlsxRenderer()),
    /** Text copied from a web page, tables as {@code |} rows with ragged trailing pipes. */
    WEB_PIPE("web-pipe", ".txt", seed -> new WebTextRenderer(WebTextRenderer.Style.PIPE, seed)),
    /** Text copied from a web page, tables one cell a line. */
    WEB_CELLS("web-cells", ".txt", seed -> new WebTextRenderer(WebTextRenderer.Style.CELLS, seed)),
    /** Text copied from a web page, a table row's cells run together on one line. */
    WEB_RUN("web-run", ".txt", seed -> new WebTextRenderer(WebTextRenderer.Style.RUN, seed));

    /**
     * The formats of a file as its author saved it, the default rotation of {@code jixiao generate}. The
     * {@code web-*} formats are asked for by name, so a seed's default corpus stays what it always was.
     */
    public static final List<OutputFormat> ORIGINALS = List.of(DOCX, PDF, TXT, GB18030, HTML, RTF, XLSX);

    private final String label;
    private final String suffix;
    private final LongFunction<Renderer> renderer;

    OutputFormat(String label, String suffix, LongFunction<Renderer> renderer) {
        this.label = label;
        this.suffix = suffix;
        this.renderer = renderer;
    }

    /** The name used on the command line: {@code docx}, {@code gb18030} (text in GB18030) …. */
    public String label() {
        return label;
    }

    /** What follows the report's stem in its file name. */
    public String suffix() {
        return suffix;
    }

    /** A renderer for one report; {@code reportSeed} feeds the choices of formats that make any. */
    Renderer newRenderer(long reportSeed) {
        return renderer.apply(reportSeed);
    }

    /** Whether this is text flattened from a web page ({@code web-*}). */
    public boolean web() {
        return label.startsWith("web-");
    }

    /** Parses {@code docx,pdf,txt}; an unknown name gives a one-line reason listing the known ones. */
    public static List<OutputFormat> parseList(String csv) {
        List<OutputFormat> out = new ArrayList<>();
        for (String s : csv.split(",")) {
            String t = s.strip().toLowerCase(Locale.ROOT);
            if (t.isEmpty()) {
                continue;
            }
            OutputFormat f = null;
            for (OutputFormat o : values()) {
                if (o.label.equals(t)) {
                    f = o;
                }
            }
            if (f == null) {
                throw new IllegalArgumentException("unknown format '" + s.strip() + "' (known: "
                        + String.join(",", List.of(values()).stream().map(OutputFormat::label).toList())
                        + (t.equals("doc") ? "; .doc is not written: POI cannot write Word 97 tables" : "") + ")");
            }
            if (!out.contains(f)) {
                out.add(f);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no format given");
        }
        return out;
    }
}
