package org.jixiao.corpus.model;

/**
 * A section heading such as {@code 一、部门基本情况} (level 1) or {@code （一）自评的组织工作} (level 2).
 *
 * @param level 1 for the top level; deeper numbering gives deeper levels
 */
public record Heading(int level, Provenance at) implements Block {
}
