/**
 * Character-level helpers shared by the extractors' stages, for work done on every line and cell of every report
 * where a regular expression would cost more than the rest of the step.
 */
package org.jixiao.extractors.text;
