/**
 * The web page for auditors ({@code jixiao serve}): search, report, department and findings pages and a JSON API,
 * served read-only from the index by the JDK's HTTP server. All report text is escaped ({@code Html}); files are
 * downloaded by report id only.
 */
package org.jixiao.pipeline.web;
