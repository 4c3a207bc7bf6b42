package org.jixiao.pipeline.cli;

import java.util.logging.Level;
import java.util.logging.LogManager;

import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * One quiet console. Every library's logging (commons-logging via jcl-over-slf4j, log4j-api via
 * log4j-to-slf4j, java.util.logging via the bridge) ends in slf4j-simple, which prints errors only unless
 * {@code --verbose} is given. Must run before any library class is loaded.
 */
final class Logging {

    private Logging() {
    }

    static void configure(boolean verbose) {
        String level = verbose ? "info" : "off";
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", level);
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
        System.setProperty("org.slf4j.simpleLogger.showShortLogName", "true");
        // HanLP and others write through java.util.logging
        LogManager.getLogManager().reset();
        SLF4JBridgeHandler.install();
        java.util.logging.Logger.getLogger("").setLevel(verbose ? Level.INFO : Level.OFF);
    }
}
