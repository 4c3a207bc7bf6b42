/**
 * Report metadata: who reported (the department's full name and the shorter forms the report uses), where
 * (province/city/district), for which fiscal year, the title, and whether the report evaluates the
 * department as a whole, projects, or both.
 *
 * <p>Every value is found by rules that read the report's own words — the administrative suffixes of unit
 * names (…街道办事处, …委员会, …局), the places named before them, the 年度 of the title and forms — and
 * carries the provenance of the text it came from. Nothing here knows any particular report: lists of
 * names would only recognise the samples. The one table, prefecture-level cities by province
 * ({@code prefectures.txt}), is public administrative data used to complete a chain the report supports.
 */
package org.jixiao.extractors.metadata;
