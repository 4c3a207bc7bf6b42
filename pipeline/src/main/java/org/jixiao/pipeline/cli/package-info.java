/** The {@code jixiao} command line (picocli): one class per command, shared exit codes and logging setup. */
package org.jixiao.pipeline.cli;
