package org.jixiao.generator;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The formats the generator writes. {@code .doc} is not among them: POI cannot write Word 97 tables, and a
 * .doc without its tables would teach the loaders nothing.
 */
public enum OutputFormat {
    DOCX("docx", ".docx", DocxRenderer::new),
    PDF("pdf", ".pdf", PdfRenderer::new),
    TXT("txt", ".txt", () -> new TextRenderer(StandardCharsets.UTF_8)),
    GB18030("gb18030", "-gb18030.txt", () -> new TextRenderer(Charset.forName("GB18030"))),
    HTML("html", ".html", HtmlRenderer::new),
    RTF("rtf", ".rtf", RtfRenderer::new),
    XLSX("xlsx", ".xlsx", XlsxRenderer::new);

    private final String label;
    private final String suffix;
    private final Supplier<Renderer> renderer;

    OutputFormat(String label, String suffix, Supplier<Renderer> renderer) {
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

    Renderer newRenderer() {
        return renderer.get();
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
