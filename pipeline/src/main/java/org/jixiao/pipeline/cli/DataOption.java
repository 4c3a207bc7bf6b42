package org.jixiao.pipeline.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --data DIR}: where the index lives, shared by ingest, search and timeline. */
final class DataOption {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "jixiao-data",
            description = "the index folder (default: ${DEFAULT-VALUE} in the current folder)")
    Path dir;
}
