package org.jixiao.corpus.model;

import java.util.Locale;

/** The file formats jixiao reads, by what the bytes are, not what the name says. */
public enum Format {
    DOCX("docx"), DOC("doc"), WPS("wps"), PDF("pdf"), TXT("txt"), RTF("rtf"), HTML("html"), ODT("odt"),
    XLSX("xlsx"), XLS("xls"), OTHER("other");

    private final String label;

    Format(String label) {
        this.label = label;
    }

    /** The short lower-case name used in JSON ({@code "docx"}, {@code "pdf"} …). */
    public String label() {
        return label;
    }

    /** The format a file name claims, from its extension; OTHER when unknown. */
    public static Format fromFileName(String name) {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return switch (ext) {
            case "docx", "docm", "dotx" -> DOCX;
            case "doc", "dot" -> DOC;
            case "wps" -> WPS;
            case "pdf" -> PDF;
            case "txt", "text", "csv" -> TXT;
            case "rtf" -> RTF;
            case "html", "htm", "xhtml" -> HTML;
            case "odt" -> ODT;
            case "xlsx", "xlsm" -> XLSX;
            case "xls", "et" -> XLS;
            default -> OTHER;
        };
    }
}
