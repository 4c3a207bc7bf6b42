package org.jixiao.pipeline.cli;

import picocli.CommandLine.Option;

/**
 * {@code -v/--verbose}, shared by every command as a picocli mixin. The logging level itself is set by
 * {@link Main} before any library loads; commands read this to decide whether to print stack traces.
 */
final class VerboseOption {

    @Option(names = {"-v", "--verbose"}, description = "show library logging and stack traces")
    boolean verbose;
}
