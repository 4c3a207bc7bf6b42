package org.jixiao.pipeline;

import java.util.function.Function;
import org.jixiao.corpus.load.ErrorReason;
import org.jixiao.index.write.IndexUpdater;

/**
 * A file's outcome made ready for the index on the worker that extracted it: for a report, its index entries built
 * and, when other threads write, their text analyzed ({@link IndexUpdater#prepare}), so the one thread that adds
 * reports in order has only the writing left. Ingest's work then spreads over every core instead of queueing
 * behind the writer.
 *
 * @param prepared the report's prepared entries; null unless {@code outcome} is an extracted report
 */
public record ReadyForIndex(Pipeline.Outcome outcome, IndexUpdater.Prepared prepared) {

    /**
     * The step to run on the workers ({@link Pipeline#run(java.util.List, Function, java.util.function.Consumer)});
     * {@code parallel}: the pipeline has more than one worker, so the text is analyzed there too.
     */
    public static Function<Pipeline.Outcome, ReadyForIndex> by(IndexUpdater updater, boolean parallel) {
        return outcome -> {
            if (!(outcome instanceof Pipeline.Outcome.Extracted e)) {
                return new ReadyForIndex(outcome, null);
            }
            try {
                return new ReadyForIndex(outcome, updater.prepare(e.report(), parallel));
            } catch (RuntimeException | StackOverflowError x) {
                // a bug of ours on an odd report: the file's line says so, the batch goes on
                return new ReadyForIndex(new Pipeline.Outcome.Unreadable(outcome.path(), "could not be indexed ("
                        + x.getClass().getSimpleName() + ": " + ErrorReason.of(x) + ")", x), null);
            }
        };
    }
}
