/**
 * The web page for auditors ({@code jixiao serve}): search, report, department and findings pages and a JSON API,
 * served read-only from the index by the JDK's HTTP server. All report text is escaped ({@code Html}); files are
 * downloaded by report id only. One class per page ({@code SearchPage}, {@code ReportPage}, {@code DepartmentPage},
 * {@code DepartmentsPage}, {@code FindingsPage}); the search form, facets and paging they share are
 * {@code SearchControls}.
 */
package org.jixiao.pipeline.web;
