package org.jixiao.generator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The generator's vocabulary: names, indicator lists and sentence templates, read from the text files beside
 * this class. Kept as data so the wording can grow without touching code, and so that nothing in the code
 * names a place or a department.
 *
 * <p>File format: UTF-8, one entry per line, {@code #} starts a comment line, {@code [key]} starts a section;
 * lines before any section belong to the section {@code ""}.
 */
final class Pools {

    private static final Pools INSTANCE = new Pools();

    private final Map<String, Map<String, List<String>>> files = new LinkedHashMap<>();

    private Pools() {
        for (String f : List.of("phrases", "departments", "schemes", "places", "projects", "indicators",
                "practice")) {
            files.put(f, read(f + ".txt"));
        }
    }

    static Pools get() {
        return INSTANCE;
    }

    /** The entries of one section of one file; fails loudly if missing, since that is a packaging bug. */
    List<String> list(String file, String section) {
        List<String> l = files.get(file).get(section);
        if (l == null || l.isEmpty()) {
            throw new IllegalStateException("generator resource " + file + ".txt has no section [" + section + "]");
        }
        return l;
    }

    String pick(SplittableRandom rng, String file, String section) {
        List<String> l = list(file, section);
        return l.get(rng.nextInt(l.size()));
    }

    /** A phrase template from {@code phrases.txt}, filled. */
    String phrase(SplittableRandom rng, String section, Map<String, String> values) {
        return fill(pick(rng, "phrases", section), values);
    }

    /** Replaces {@code {name}} by its value; an unknown name is a resource bug and fails. */
    static String fill(String template, Map<String, String> values) {
        StringBuilder sb = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                sb.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            sb.append(template, i, open);
            String key = template.substring(open + 1, close);
            String v = values.get(key);
            if (v == null) {
                throw new IllegalStateException("template placeholder {" + key + "} has no value: " + template);
            }
            sb.append(v);
            i = close + 1;
        }
        return sb.toString();
    }

    private static Map<String, List<String>> read(String name) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        String section = "";
        try (InputStream in = Pools.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("generator resource missing: " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                if (t.startsWith("[") && t.endsWith("]")) {
                    section = t.substring(1, t.length() - 1);
                    continue;
                }
                sections.computeIfAbsent(section, k -> new ArrayList<>()).add(t);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sections;
    }
}
