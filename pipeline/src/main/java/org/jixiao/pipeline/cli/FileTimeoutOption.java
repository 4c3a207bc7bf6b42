package org.jixiao.pipeline.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/** {@code --file-timeout SECONDS}: the most one file may take, shared by every command that reads report files. */
final class FileTimeoutOption {

    @Option(names = "--file-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "give up on a file that takes longer than this, with a one-line reason, and go on with the"
                    + " others (default: ${DEFAULT-VALUE}; 0: no limit)")
    double seconds;

    Duration duration() {
        return seconds <= 0 ? null : Duration.ofMillis(Math.round(seconds * 1000));
    }
}
