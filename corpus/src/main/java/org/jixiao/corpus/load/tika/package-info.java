/** The fallback loader: any format Tika reads, through its XHTML, with the table spans Tika keeps. */
package org.jixiao.corpus.load.tika;
