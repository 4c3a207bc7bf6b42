package org.jixiao.pipeline.cli;

import org.jixiao.pipeline.Pipeline;

import picocli.CommandLine.Option;

/** {@code -j/--threads}, shared as a picocli mixin by the commands that read reports in parallel. */
final class ThreadsOption {

    @Option(names = {"-j", "--threads"}, description = "parallel workers (default: all cores)")
    int threads = Pipeline.defaultThreads();
}
