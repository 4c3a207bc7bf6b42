/** Checks between one department's reports of consecutive years (the {@code cross-year} rule). */
package org.jixiao.index.crossyear;
