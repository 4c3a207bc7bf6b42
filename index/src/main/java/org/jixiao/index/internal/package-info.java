/**
 * Helpers the index's own packages share and nothing outside should call: not part of the index's API.
 */
package org.jixiao.index.internal;
