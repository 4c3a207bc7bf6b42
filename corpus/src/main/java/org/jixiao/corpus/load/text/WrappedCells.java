package org.jixiao.corpus.load.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Cells of a Word form that a web page flattened one cell a line, where the cell's own line breaks became lines too
 * ({@link LineCells}): a header cell wrapped over two lines ({@code 年初 / 预算数}), an indicator level name wrapped
 * before its last word ({@code 经济效益 / 指标}), and a note that is a sentence ({@code 已完工,剩余3%尾款未付。}).
 */
final class WrappedCells {

    /** A header cell's first line is short: a word or two. */
    private static final int FIRST_LINE = 12;
    private static final int NOTE_LENGTH = 60;
    private static final Pattern NOTE_HEADER = Pattern.compile("原因|说明|备注|改进措施");

    private WrappedCells() {
    }

    /**
     * Where the second half of a header cell wrapped over two lines stands, or -1: the line at {@code j} is no header
     * word, and joined with the next non-blank line (at most one blank between) it is one, whole.
     */
    static int header(List<String> lines, int j) {
        String first = lines.get(j).strip();
        if (first.isEmpty() || first.length() > FIRST_LINE || LineCells.header(first) != null) {
            return -1;
        }
        int k = j + 1;
        while (k < lines.size() && lines.get(k).isBlank()) {
            k++;
        }
        if (k >= lines.size() || k - j > 2) {
            return -1;
        }
        return LineCells.wholeHeaderWord(first + lines.get(k).strip()) ? k : -1;
    }

    /**
     * Whether {@code line} may be a note cell under {@code header}: a sentence short enough, when the header's last
     * column holds notes (偏差原因分析…) under an indicator header (三级指标 among its columns).
     */
    static boolean note(String line, List<String> header) {
        String t = line.strip();
        return !t.isEmpty() && t.length() <= NOTE_LENGTH && line.indexOf('\t') < 0 && !PipeTables.hasPipe(line)
                && header.size() >= 3 && NOTE_HEADER.matcher(header.get(header.size() - 1)).find()
                && LevelNames.columns(header, header.size()).contains(3);
    }

    /**
     * The level names wrapped before their last word ({@code 经济效益} then {@code 指标}): each first line's index
     * mapped to the whole name, the second line removed from {@code values} (line indices, in order).
     */
    static Map<Integer, String> levelNames(List<String> lines, List<Integer> values) {
        Map<Integer, String> joined = new HashMap<>();
        for (int v = 0; v + 1 < values.size(); v++) {
            String here = lines.get(values.get(v)).strip();
            if (lines.get(values.get(v + 1)).strip().equals("指标") && !here.endsWith("指标")
                    && LevelNames.levelName(here + "指标")) {
                joined.put(values.get(v), here + "指标");
                values.remove(v + 1);
            }
        }
        return joined;
    }
}
