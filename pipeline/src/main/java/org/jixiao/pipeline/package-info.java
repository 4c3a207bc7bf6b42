/**
 * The pipeline stage: orchestration of corpus → extractors (→ index), the command line ({@code cli}),
 * renderings for people and machines ({@code render}), and the report generator ({@code generate}).
 */
package org.jixiao.pipeline;
