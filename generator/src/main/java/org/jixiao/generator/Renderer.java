package org.jixiao.generator;

import java.io.IOException;
import java.nio.file.Path;

/** Writes one laid-out report to a file of one format. Implementations are stateless apart from caches. */
interface Renderer {

    void render(Layout layout, Path file) throws IOException;
}
