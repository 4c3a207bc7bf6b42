package org.jixiao.pipeline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.jixiao.corpus.load.ErrorReason;
import org.jixiao.index.ReportIndex;
import org.jixiao.pipeline.web.TableFindingsExport;
import org.jixiao.pipeline.web.WebServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jixiao serve}: the web page over an index, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Starts the web page for auditors over an index made by `jixiao ingest`: search with filters"
                + " and facets, each report with its evaluations, indicator tables and findings with their evidence,"
                + " each department across years, and all findings. Read-only. Listens on 127.0.0.1 unless --bind"
                + " says otherwise. Stop it with Ctrl-C.",
                "An ingest may write to the same index meanwhile: the page keeps answering and shows new reports after"
                + " each of the ingest's commits."},
        footerHeading = "%nExample:%n",
        footer = {"  jixiao ingest corpus/samples && jixiao serve    # then open http://127.0.0.1:8080/"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "1:the index could not be read or the port could not be opened", "2:usage error"})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = "--port", defaultValue = "8080", description = "the port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "the address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every"
                    + " network — only when you mean it)")
    String bind;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            err.println("not an address: " + bind);
            return ExitCodes.USAGE;
        }
        try (ReportIndex index = ReportIndex.open(data.dir);
             WebServer server = new WebServer(index, new TableFindingsExport())) {
            InetSocketAddress bound = server.start(new InetSocketAddress(address, port));
            String host = bound.getAddress().isAnyLocalAddress() ? "127.0.0.1" : bound.getHostString();
            out.println("jixiao: serving " + data.dir + " at http://" + host + ":" + bound.getPort() + "/  (Ctrl-C stops)");
            out.flush();
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            stop.await();
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println("cannot serve " + data.dir + ": " + ErrorReason.of(e));
            return ExitCodes.FAILURE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.OK;
        }
    }
}
