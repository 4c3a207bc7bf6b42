/** In-document consistency checks: {@link org.jixiao.extractors.check.Checks} runs every {@link org.jixiao.extractors.check.CheckRule}. */
package org.jixiao.extractors.check;
