package org.jixiao.extractors.metadata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.extractors.text.Spaces;

/**
 * The vocabulary of the places where a report names a unit, read from data files next to this class so that
 * each new template adds words, not code: {@code field-labels.txt} (form and page labels and what their value
 * is to the report), {@code field-stops.txt} (words that end a name in run-together cells) and
 * {@code not-reporting.txt} (units a report mentions without being their author).
 */
final class FieldLabels {

    /** What a labelled unit is to the report. */
    enum Kind { NAME, IMPLEMENTER, SUPERVISOR, HIGHER, PUBLISHER, TITLE }

    record Label(Kind kind, Pattern pattern) {
    }

    private static final List<Label> LABELS = new ArrayList<>();
    private static final Pattern ANY_LABEL;
    private static final Pattern STOP;
    private static final List<Pattern> NOT_REPORTING = new ArrayList<>();
    /**
     * Every character a label can consume, or null when the label patterns use more than literal characters,
     * groups, alternatives, optional parts and bracketed lists of characters (see {@link LabelChars}).
     */
    private static final LabelChars CHARS;

    static {
        StringBuilder any = new StringBuilder();
        List<String> sources = new ArrayList<>();
        for (String line : read("field-labels.txt")) {
            String[] kv = line.split("\t", 2);
            LABELS.add(new Label(Kind.valueOf(kv[0].strip()), Pattern.compile("^(?:" + kv[1].strip() + ")$")));
            any.append(any.isEmpty() ? "" : "|").append("(?:").append(kv[1].strip()).append(')');
            sources.add(kv[1].strip());
        }
        ANY_LABEL = Pattern.compile("(?:" + any + ")");
        CHARS = ANY_LABEL.matcher("").matches() ? null : LabelChars.of(sources);
        StringBuilder stop = new StringBuilder();
        for (String line : read("field-stops.txt")) {
            stop.append(stop.isEmpty() ? "" : "|").append(Pattern.quote(line.strip()));
        }
        STOP = Pattern.compile(stop.toString());
        for (String line : read("not-reporting.txt")) {
            NOT_REPORTING.add(Pattern.compile(line.strip()));
        }
    }

    private FieldLabels() {
    }

    private static final Pattern TRAILING_COLON = Pattern.compile("[:：]+$");

    /** The kind of a label (spaces, a trailing colon and a leading 附件 number ignored), or null. */
    static Kind kindOf(String label) {
        if (longerThanLabel(label)) {
            return null; // every line of a report is asked; most are sentences, and need no pattern
        }
        String l = TRAILING_COLON.matcher(Spaces.removed(label)).replaceFirst("");
        if (l.isEmpty() || l.length() > 12 || CHARS != null && !CHARS.all(l)) {
            return null; // a character no label has: no label pattern can match the whole
        }
        for (Label x : LABELS) {
            if (x.pattern().matcher(l).matches()) {
                return x.kind();
            }
        }
        return null;
    }

    /**
     * Whether {@code label} is over 12 characters once white space and a trailing run of colons are dropped (the
     * test {@link #kindOf} makes), counted without building the shortened text.
     */
    private static boolean longerThanLabel(String label) {
        int end = label.length();
        while (end > 0 && (Spaces.isSpace(label.charAt(end - 1)) || label.charAt(end - 1) == ':'
                || label.charAt(end - 1) == '：')) {
            end--;
        }
        int n = 0;
        for (int i = 0; i < end; i++) {
            if (!Spaces.isSpace(label.charAt(i)) && ++n > 12) {
                return true;
            }
        }
        return false;
    }

    /** Every label occurrence in a run of text, longest label first at each position. */
    static Matcher labels(CharSequence s) {
        return ANY_LABEL.matcher(s);
    }

    /**
     * {@code m.find(from)} for a matcher of {@link #labels}, over the text {@code s} it was made with: the same
     * match, tried only where a label can begin. Every line of a report is searched and most of its characters
     * occur in no label, so the alternation of all labels is not tried at each of them. (The matcher's region
     * is left at the match's start; the label patterns look neither behind nor ahead.)
     */
    static boolean find(Matcher m, CharSequence s, int from) {
        if (CHARS == null) {
            return m.find(from);
        }
        for (int i = CHARS.next(s, from); i >= 0; i = CHARS.next(s, i + 1)) {
            if (m.region(i, s.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a value read from run-together cells ends: at the first label or stop word after its start, or at
     * its end. {@code from} skips the value's first characters so that a name may open with a stop word.
     */
    static int valueEnd(String value) {
        int end = value.length();
        Matcher l = ANY_LABEL.matcher(value);
        if (find(l, value, 1)) {
            end = Math.min(end, l.start());
        }
        Matcher s = STOP.matcher(value);
        if (s.find(1)) {
            end = Math.min(end, s.start());
        }
        return end;
    }

    /** Whether a name is one a report mentions without being its author (higher authority, third party). */
    static boolean notReporting(String name) {
        for (Pattern p : NOT_REPORTING) {
            if (p.matcher(name).find()) {
                return true;
            }
        }
        return false;
    }

    private static List<String> read(String name) {
        List<String> out = new ArrayList<>();
        try (InputStream in = FieldLabels.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
