package org.jixiao.pipeline.cli;

/** Exit codes shared by every command. */
public final class ExitCodes {
    /** Everything read; nothing asked for was found. */
    public static final int OK = 0;
    /** Some files could not be read, or findings at the {@code --fail-on} level were found. */
    public static final int FAILURE = 1;
    /** The command line itself was wrong. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
