/**
 * The pipeline stage: orchestration of corpus → extractors (→ index), the command line ({@code cli}),
 * renderings for people and machines ({@code render}). The {@code generate} command runs the report generator,
 * which is its own module ({@code org.jixiao.generator}), beside the flow rather than in it.
 */
package org.jixiao.pipeline;
