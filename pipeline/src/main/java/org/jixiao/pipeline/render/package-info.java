/** How documents and results are shown: JSON for machines, outlines and grids for people. */
package org.jixiao.pipeline.render;
