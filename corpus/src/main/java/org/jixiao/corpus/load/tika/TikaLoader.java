package org.jixiao.corpus.load.tika;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.Set;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.IdentityHtmlMapper;
import org.jixiao.corpus.load.DocumentBuilder;
import org.jixiao.corpus.load.DocumentLoader;
import org.jixiao.corpus.load.ErrorReason;
import org.jixiao.corpus.load.LoadException;
import org.jixiao.corpus.load.SourceFile;
import org.jixiao.corpus.model.Format;
import org.jixiao.corpus.model.MetadataKeys;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.text.TextNormalizer.Mode;

/**
 * Reads any format Tika reads (RTF, HTML, ODT and everything without a dedicated loader) through Tika's
 * XHTML output, keeping the table spans Tika reports ({@code rowspan}/{@code colspan} in ODT and HTML).
 *
 * <p>Word and PDF have dedicated loaders because Tika drops merges in Word tables and gives PDF tables no
 * structure at all; this loader is the fallback for the rest.
 */
public final class TikaLoader implements DocumentLoader {

    private static final Parser PARSER = new AutoDetectParser();

    @Override
    public Set<Format> formats() {
        return EnumSet.of(Format.RTF, Format.HTML, Format.ODT, Format.OTHER);
    }

    @Override
    public SourceDocument load(SourceFile file) throws LoadException {
        DocumentBuilder builder = new DocumentBuilder(file);
        Metadata md = new Metadata();
        md.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.fileName());
        Mode mode = file.format() == Format.PDF || file.format() == Format.OTHER ? Mode.WRAPPED : Mode.LINES;
        XhtmlBlockHandler handler = new XhtmlBlockHandler(builder, mode);
        try (InputStream in = TikaInputStream.get(Files.newInputStream(file.path()))) {
            ParseContext context = new ParseContext();
            // Tika's default HTML mapper drops colspan/rowspan; the identity mapper keeps every attribute
            context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE);
            PARSER.parse(in, handler, md, context);
        } catch (ZeroByteFileException e) {
            throw new LoadException("empty file (0 bytes)", e);
        } catch (EncryptedDocumentException e) {
            throw new LoadException("the file is encrypted (password protected)", e);
        } catch (TikaException e) {
            throw new LoadException("could not be read as " + file.format().label() + ": " + ErrorReason.of(e), e);
        } catch (Exception e) {
            throw new LoadException("could not be read: " + ErrorReason.of(e), e);
        }
        builder.metadata(MetadataKeys.TITLE, md.get(TikaCoreProperties.TITLE));
        builder.metadata(MetadataKeys.AUTHOR, md.get(TikaCoreProperties.CREATOR));
        builder.metadata(MetadataKeys.CREATED, md.get(TikaCoreProperties.CREATED));
        builder.metadata(MetadataKeys.MODIFIED, md.get(TikaCoreProperties.MODIFIED));
        builder.metadata(MetadataKeys.MEDIA_TYPE, md.get(Metadata.CONTENT_TYPE));
        String pages = md.get(PagedText.N_PAGES);
        builder.pageCount(handler.pages() > 0 ? handler.pages() : pages == null ? 0 : parseInt(pages));
        return builder.build();
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
