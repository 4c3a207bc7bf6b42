package org.jixiao.pipeline.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.jixiao.corpus.load.ErrorReason;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code jixiao} command. Sets up quiet logging before any library loads (PDFBox, POI and Tika all log
 * freely), then hands over to picocli.
 */
@Command(name = "jixiao", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Reads budget performance self-evaluation reports (预算绩效自评报告), recovers their figures,"
                + " scores and tables, and finds the arithmetic that does not hold.",
        subcommands = {ParseCommand.class, ExtractCommand.class, CheckCommand.class, GenerateCommand.class, BenchCommand.class, IngestCommand.class, SearchCommand.class, TimelineCommand.class, ServeCommand.class, ExportCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the command line; returns the exit code (0 ok, 1 failures or findings, 2 usage). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Logging.configure(hasVerbose(args));
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            err.println("jixiao: " + ErrorReason.of(ex));
            if (hasVerbose(args)) {
                ex.printStackTrace(err);
            }
            return ExitCodes.FAILURE;
        });
        return cl.execute(args);
    }

    private static boolean hasVerbose(String[] args) {
        for (String a : args) {
            if (a.equals("--verbose") || a.equals("-v")) {
                return true;
            }
        }
        return false;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"jixiao " + (v == null ? "dev" : v)};
        }
    }
}
