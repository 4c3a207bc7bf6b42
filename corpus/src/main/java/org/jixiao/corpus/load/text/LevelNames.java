package org.jixiao.corpus.load.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jixiao.corpus.text.Simplified;

/**
 * The indicator names whose level the national templates fix ({@code level-names.txt}: 产出指标 is a 一级指标,
 * 数量指标 a 二级指标), and the level each header column names (一级指标 → 1). Together they say under which
 * column a row's name belongs, when a flattened table left out a row's merged cells ({@link PipeAlignment}).
 */
final class LevelNames {

    /** Known names and their level; 0 for a name of either level (成本指标), which proves no column. */
    private static final Map<String, Integer> NAMES = load();
    private static final Pattern BRACKETS = Pattern.compile("[(（][^()（）]*[)）]");

    private LevelNames() {
    }

    /** A cell's text without spaces and bracketed notes ({@code 产 出 指 标(50分)} → {@code 产出指标}). */
    private static String core(String cell) {
        return Simplified.of(BRACKETS.matcher(cell.strip()).replaceAll("").replaceAll("\\s+", ""));
    }

    /** The level of a known indicator name, 0 for any other text and for a name used at either level. */
    static int of(String cell) {
        return NAMES.getOrDefault(core(cell), 0);
    }

    /** Whether the cell is a known 一级 or 二级 name, whichever: never a note (偏差原因) nor a 三级指标. */
    static boolean levelName(String cell) {
        return NAMES.containsKey(core(cell));
    }

    /** For each of the first {@code size} header cells, the level it names (一级指标 1, 二级指标 2, 三级指标 3), else 0. */
    static List<Integer> columns(List<String> header, int size) {
        List<Integer> out = new ArrayList<>(size);
        for (int c = 0; c < size; c++) {
            String t = c < header.size() ? core(header.get(c)) : "";
            out.add(t.startsWith("一级指标") ? 1 : t.startsWith("二级指标") ? 2 : t.startsWith("三级指标") ? 3 : 0);
        }
        return out;
    }

    /** Whether, moved right by {@code s}, a known name lands under a level column of another level. */
    static boolean misplaced(List<Integer> levels, List<String> row, int s) {
        for (int c = 0; c < row.size() && c + s < levels.size(); c++) {
            int named = of(row.get(c));
            int column = levels.get(c + s);
            if (named > 0 && column > 0 && column != named) {
                return true;
            }
        }
        return false;
    }

    /** Whether, moved right by {@code s}, a known name lands under its own level's column. */
    static boolean placed(List<Integer> levels, List<String> row, int s) {
        for (int c = 0; c < row.size() && c + s < levels.size(); c++) {
            int named = of(row.get(c));
            if (named > 0 && levels.get(c + s) == named) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Integer> load() {
        Map<String, Integer> names = new HashMap<>();
        try (InputStream in = LevelNames.class.getResourceAsStream("level-names.txt")) {
            if (in == null) {
                throw new IllegalStateException("level-names.txt missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                String level = parts[1].strip();
                names.put(parts[0].strip(), level.contains(",") ? 0 : Integer.parseInt(level));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
