/**
 * Test helpers that need the document model, shared by every module's tests through corpus's test jar
 * ({@code <type>test-jar</type>}, test scope): provenance assertions, reading a file to a document, and the
 * Tesseract requirement. Paths and the skip-or-fail policy are in {@code org.jixiao.testsupport}
 * (module test-support), which depends on none of ours.
 */
package org.jixiao.corpus.testing;
