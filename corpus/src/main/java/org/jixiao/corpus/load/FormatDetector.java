package org.jixiao.corpus.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Locale;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.jixiao.corpus.model.Format;

/**
 * Tells what a file is from its bytes (Tika's detectors, including the OLE2 and OOXML container
 * detectors), with the name only as a hint. Government sites often publish RTF or HTML named {@code .doc}
 * (Word's "save as web page", or its single-file {@code .mht} archive), or plain text in GB18030 or UTF-8, and WPS
 * saves Word 97 files as {@code .wps}; reading by the bytes is what makes those files work. Where Tika has only
 * the name to go on, {@link ContentSniffer} looks at the first bytes.
 */
public final class FormatDetector {

    private static final Detector DETECTOR = TikaConfig.getDefaultConfig().getDetector();

    /** The outcome: the format to read the file as, the media type seen, and whether the name disagreed. */
    public record Detection(Format format, String mediaType, Format claimed) {
        public boolean mislabeled() {
            return claimed != Format.OTHER && format != Format.OTHER && claimed != format
                    && !(claimed == Format.WPS && format == Format.DOC);
        }
    }

    private FormatDetector() {
    }

    public static Detection detect(SourceFile file) throws IOException {
        Format claimed = Format.fromFileName(file.fileName());
        Detection confirmed = confirmedByMagic(file, claimed);
        return confirmed != null ? confirmed : byTika(file, claimed);
    }

    /**
     * The claimed format when the file's own signature proves it, without Tika's magic table: a PDF named
     * {@code .pdf} that starts {@code %PDF-}, an RTF that starts <code>{\rtf</code>, an Office Open XML file whose zip
     * container says what its name says. Tika's answer for these is the same (the test holds every sample to it),
     * but it gets there by testing some thousand magic patterns against the first 64 kB, a few percent of ingest.
     * Null when the name and the signature do not agree: then Tika decides.
     */
    static Detection confirmedByMagic(SourceFile file, Format claimed) throws IOException {
        switch (claimed) {
            case PDF, RTF, DOCX, XLSX -> {
            }
            default -> {
                return null;
            }
        }
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file.path())) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (claimed == Format.PDF && startsWith(head, n, "%PDF-")) {
            return new Detection(Format.PDF, "application/pdf", claimed);
        }
        if (claimed == Format.RTF && startsWith(head, n, "{\\rtf")) {
            return new Detection(Format.RTF, "application/rtf", claimed);
        }
        if ((claimed == Format.DOCX || claimed == Format.XLSX) && startsWith(head, n, "PK\u0003\u0004")) {
            Metadata md = new Metadata();
            md.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.fileName());
            MediaType type;
            try (InputStream in = TikaInputStream.get(Files.newInputStream(file.path()))) {
                type = ZIP.detect(in, md);
            }
            if (fromMediaType(type) == claimed) {
                return new Detection(claimed, type.getBaseType().toString(), claimed);
            }
        }
        return null;
    }

    private static final Detector ZIP = new org.apache.tika.detect.zip.DefaultZipContainerDetector();

    private static boolean startsWith(byte[] head, int n, String ascii) {
        if (n < ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (head[i] != (byte) ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Tika's detectors decide, with the sniffer's second look at what they could only name by the file's name. */
    static Detection byTika(SourceFile file, Format claimed) throws IOException {
        Metadata md = new Metadata();
        md.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.fileName());
        MediaType type;
        try (InputStream in = TikaInputStream.get(Files.newInputStream(file.path()))) {
            type = DETECTOR.detect(in, md);
        }
        Format detected = fromMediaType(type);
        if (detected == Format.DOC || detected == Format.WPS || detected == Format.OTHER) {
            // Tika falls back on the name when no magic matches; a Word 97 file always starts with its OLE2
            // header, so a .doc without one is looked at again: a web page, a web archive or plain text
            byte[] head = head(file);
            if (!ContentSniffer.isOle2(head)) {
                Format sniffed = ContentSniffer.sniff(head);
                if (sniffed != null) {
                    detected = sniffed;
                }
            }
        }
        if (detected == Format.OTHER) {
            // containers Tika cannot name (a truncated zip, an odd OLE2 file): trust the name, let the loader judge
            detected = claimed;
        } else if (detected == Format.DOC && claimed == Format.WPS) {
            detected = Format.WPS;
        }
        return new Detection(detected, type.getBaseType().toString(), claimed);
    }

    private static byte[] head(SourceFile file) throws IOException {
        try (InputStream in = Files.newInputStream(file.path())) {
            return in.readNBytes(ContentSniffer.HEAD_BYTES);
        }
    }

    static Format fromMediaType(MediaType type) {
        String t = type.getBaseType().toString().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 "application/vnd.ms-word.document.macroenabled.12",
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.template" -> Format.DOCX;
            case "application/msword", "application/vnd.ms-word" -> Format.DOC;
            case "application/vnd.ms-works", "application/kswps" -> Format.WPS;
            case "application/pdf" -> Format.PDF;
            case "application/rtf", "text/rtf" -> Format.RTF;
            case "text/html", "application/xhtml+xml" -> Format.HTML;
            case "application/vnd.oasis.opendocument.text" -> Format.ODT;
            case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 "application/vnd.ms-excel.sheet.macroenabled.12" -> Format.XLSX;
            case "application/vnd.ms-excel" -> Format.XLS;
            case "text/plain", "text/csv", "text/tab-separated-values" -> Format.TXT;
            default -> Format.OTHER;
        };
    }
}
