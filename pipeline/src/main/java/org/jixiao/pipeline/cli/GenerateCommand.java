package org.jixiao.pipeline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.jixiao.generator.CorpusGenerator;
import org.jixiao.generator.CorpusReadme;
import org.jixiao.generator.OutputFormat;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jixiao generate --out DIR}: writes synthetic reports with planted problems and their ground truth. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Generates realistic but invented budget performance self-evaluation reports "
                + "(预算绩效自评报告) with planted inconsistencies, each with NAME.truth.json listing them.",
                "Deterministic: the same --seed and --count give the same files. Formats rotate over the reports."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all reports written", "1:writing failed (reason on stderr)", "2:usage error"})
final class GenerateCommand implements Callable<Integer> {

    static final String ALL_FORMATS = "docx,pdf,txt,gb18030,html,rtf,xlsx";

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to write into (created)")
    Path out;

    @Option(names = "--count", defaultValue = "8", paramLabel = "N", description = "number of reports (default ${DEFAULT-VALUE})")
    int count;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--formats", defaultValue = ALL_FORMATS, paramLabel = "LIST",
            description = "comma-separated formats, used in turn: docx, pdf, txt (UTF-8), gb18030 (text in "
                    + "GB18030), html, rtf, xlsx (default: these seven); web-pipe, web-cells, web-run (text copied "
                    + "from a web page, tables flattened into | rows, one cell a line, or cells run together). "
                    + ".doc is not offered: POI cannot write Word 97 tables.")
    String formats;

    @Option(names = "--threads", paramLabel = "T", description = "rendering threads (default: the number of cores)")
    Integer threads;

    @Option(names = "--readme", description = "also write DIR/README.md listing each file and its planted problems")
    boolean readme;

    @Mixin
    VerboseOption verbosity;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (count < 1) {
            err.println("jixiao generate: --count must be at least 1");
            return ExitCodes.USAGE;
        }
        List<OutputFormat> list;
        try {
            list = OutputFormat.parseList(formats);
        } catch (IllegalArgumentException e) {
            err.println("jixiao generate: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        int step = Math.max(1, count / 20);
        long start = System.nanoTime();
        List<CorpusGenerator.Item> items;
        try {
            items = CorpusGenerator.generate(out, count, seed, list, t, done -> {
                if (count >= 50 && (done % step == 0 || done == count)) {
                    synchronized (err) {
                        err.println("generated " + done + "/" + count);
                        err.flush();
                    }
                }
            });
        } catch (IOException e) {
            err.println("jixiao generate: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        if (readme) {
            String cmd = "./jixiao generate --out " + out + " --count " + count + " --seed " + seed
                    + (formats.equals(ALL_FORMATS) ? "" : " --formats " + formats) + " --readme";
            Files.writeString(out.resolve("README.md"), CorpusReadme.markdown(items, cmd));
        }
        long planted = items.stream().mapToLong(i -> i.planted().size()).sum();
        err.printf("%d reports written to %s (%d planted problems) in %.1f s%n", items.size(), out, planted,
                (System.nanoTime() - start) / 1e9);
        return ExitCodes.OK;
    }
}
