package org.jixiao.corpus.load.rtf;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jixiao.corpus.load.DocumentBuilder;
import org.jixiao.corpus.load.DocumentLoader;
import org.jixiao.corpus.load.LoadException;
import org.jixiao.corpus.load.SourceFile;
import org.jixiao.corpus.model.Format;
import org.jixiao.corpus.model.MetadataKeys;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.text.TextNormalizer.Mode;

/**
 * Reads RTF reports with their tables. Tika's RTF parser writes a table's cells as one paragraph each, so
 * the table — and any merge in it — is lost; this loader reads the RTF itself ({@link RtfReader}) and
 * rebuilds each table's grid from its row definitions ({@link RtfTable}).
 *
 * <p>Headings come from the paragraph's outline level where the file states one, else from the numbering
 * of the text ({@code 一、}, {@code （一）} …), as for every format. RTF has no pages a reader can know, so
 * the page count is 0.
 */
public final class RtfLoader implements DocumentLoader {

    @Override
    public Set<Format> formats() {
        return EnumSet.of(Format.RTF);
    }

    @Override
    public SourceDocument load(SourceFile file) throws LoadException {
        DocumentBuilder builder = new DocumentBuilder(file);
        List<String> warnings = new ArrayList<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file.path()), 64 * 1024)) {
            in.mark(8);
            byte[] head = in.readNBytes(5);
            in.reset();
            if (!new String(head, StandardCharsets.US_ASCII).equals("{\\rtf")) {
                throw new LoadException("not an RTF file: it does not start with {\\rtf");
            }
            new RtfReader(in, new RtfReader.Sink() {
                @Override
                public void paragraph(String text, int outlineLevel) {
                    if (outlineLevel >= 0 && !text.isBlank()) {
                        builder.heading(outlineLevel + 1, text, null);
                    } else {
                        builder.text(text, null, Mode.LINES);
                    }
                }

                @Override
                public void property(String name, String value) {
                    switch (name) {
                        case "title" -> builder.metadata(MetadataKeys.TITLE, value);
                        case "author" -> builder.metadata(MetadataKeys.AUTHOR, value);
                        default -> {
                            // subject: not kept
                        }
                    }
                }

                @Override
                public void table(RtfTable table) {
                    builder.table(table.draft(warnings));
                }
            }).read();
        } catch (IOException e) {
            throw new LoadException("could not be read: " + e.getMessage(), e);
        }
        warnings.forEach(builder::warn);
        return builder.build();
    }
}
