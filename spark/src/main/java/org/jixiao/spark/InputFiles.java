package org.jixiao.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.jixiao.corpus.DocumentReader;

/**
 * The input files, listed on the driver through Hadoop's file systems (local, HDFS, S3 …) by the rules of
 * {@link DocumentReader#expand}: a file named explicitly is taken whatever its name, a folder is walked recursively
 * for report extensions ({@link DocumentReader#REPORT_EXTENSIONS}), hidden files and Office lock files skipped;
 * each input's files sorted, so ordinals follow the order {@code jixiao ingest} would add the files in.
 */
final class InputFiles {

    private InputFiles() {
    }

    /** Every input file as a fully qualified URI string, in order. */
    static List<String> list(List<String> inputs, Configuration conf) throws IOException {
        List<String> out = new ArrayList<>();
        for (String in : inputs) {
            Path p = new Path(in);
            FileSystem fs = p.getFileSystem(conf);
            Path q = fs.makeQualified(p);
            FileStatus st;
            try {
                st = fs.getFileStatus(q);
            } catch (FileNotFoundException e) {
                out.add(q.toUri().toString()); // read as a file, it becomes a row saying "no such file"
                continue;
            }
            if (!st.isDirectory()) {
                out.add(q.toUri().toString());
                continue;
            }
            List<String> found = new ArrayList<>();
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(q, true);
            while (it.hasNext()) {
                LocatedFileStatus f = it.next();
                if (f.isFile() && looksLikeReport(f.getPath().getName())) {
                    found.add(f.getPath().toUri().toString());
                }
            }
            found.sort((a, b) -> recorded(a).compareTo(recorded(b)));
            out.addAll(found);
        }
        return out;
    }

    /** The same test as {@code DocumentReader.looksLikeReport}. */
    static boolean looksLikeReport(String name) {
        if (name.startsWith(".") || name.startsWith("~$")) {
            return false;
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 && DocumentReader.REPORT_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The path a record keeps: the plain local path for the local file system, else the whole URI. */
    static String recorded(Path p, FileSystem fs) {
        return "file".equals(fs.getScheme()) ? p.toUri().getPath() : p.toString();
    }

    private static String recorded(String uri) {
        java.net.URI u = java.net.URI.create(uri);
        return "file".equals(u.getScheme()) ? u.getPath() : uri;
    }
}
