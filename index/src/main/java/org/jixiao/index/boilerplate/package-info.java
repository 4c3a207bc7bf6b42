/** Copied text across reports (the {@code boilerplate} rule): winnowed fingerprints and the passages they reveal. */
package org.jixiao.index.boilerplate;
