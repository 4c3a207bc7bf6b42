package org.jixiao.pipeline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.jixiao.corpus.DocumentReader;
import org.jixiao.corpus.ReadResult;
import org.jixiao.pipeline.render.DocumentJson;
import org.jixiao.pipeline.render.DocumentOutline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jixiao parse FILE…}: shows the document model of each file. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"Reads report files (Word, PDF, text, RTF, HTML, ODT, Excel) into jixiao's document model "
                + "and prints it: headings, paragraphs and tables drawn as grids with merged cells.",
                "Folders are searched recursively for report files."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file was read", "1:some files could not be read (reasons on stderr)",
                "2:usage error"})
final class ParseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "report files or folders")
    List<Path> paths;

    @Option(names = "--json", description = "print the full model as JSON Lines, one document per line")
    boolean json;

    @Mixin
    FileTimeoutOption fileTimeout;

    @Mixin
    VerboseOption verbosity;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DocumentReader reader = new DocumentReader();
        org.jixiao.pipeline.FileDeadline deadline = new org.jixiao.pipeline.FileDeadline(fileTimeout.duration());
        List<Path> files = DocumentReader.expand(paths);
        int failed = 0;
        // the outline goes to the terminal itself, so a bar would tear it; JSON is usually piped
        try (Progress progress = new Progress(err, json ? files.size() : 0, "files")) {
            for (Path p : files) {
                ReadResult r = deadline.run(String.valueOf(p.getFileName()), () -> reader.read(p),
                        () -> new ReadResult.Failed(p, deadline.reason(), null));
                progress.step();
                switch (r) {
                    case ReadResult.Loaded l -> {
                        if (json) {
                            out.println(DocumentJson.toJson(l.document()));
                        } else {
                            DocumentOutline.print(l.document(), out);
                        }
                    }
                    case ReadResult.Failed f -> {
                        failed++;
                        UnreadableFiles.print(err, f.path(), f.reason(), f.cause(), verbosity);
                    }
                }
                out.flush();
            }
        }
        UnreadableFiles.timeouts(err, deadline);
        if (!json || failed > 0) {
            err.println((files.size() - failed) + " read, " + failed + " failed");
        }
        return failed > 0 ? ExitCodes.FAILURE : ExitCodes.OK;
    }
}
