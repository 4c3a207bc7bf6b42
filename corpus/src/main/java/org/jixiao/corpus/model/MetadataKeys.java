package org.jixiao.corpus.model;

/** The keys of {@link SourceDocument#metadata()}, so producers and consumers agree on their spelling. */
public final class MetadataKeys {
    public static final String TITLE = "title";
    public static final String AUTHOR = "author";
    public static final String CREATED = "created";
    public static final String MODIFIED = "modified";
    public static final String PRODUCER = "producer";
    /** The character set a text file was decoded with. */
    public static final String ENCODING = "encoding";
    /** The media type Tika detected. */
    public static final String MEDIA_TYPE = "mediaType";

    private MetadataKeys() {
    }
}
