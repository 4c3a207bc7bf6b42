package org.jixiao.index.boilerplate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongFunction;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.model.Finding;

/**
 * The {@code boilerplate} rule (info): long passages a report shares with another department's report or with an
 * earlier year's report, each finding naming the other report.
 *
 * <p>A report's fingerprints are looked up in the index ({@code holders}); for each other report, the spans of the
 * fingerprints they share are joined into passages (overlapping or separated only by skipped characters — digits,
 * punctuation, spaces), and passages of at least {@link #MIN_PASSAGE} characters are reported. What counts as a
 * copy:
 * <ul>
 *   <li>text shared with another department (a different {@code departmentKey}) — one department's report
 *       written from another's;</li>
 *   <li>text shared with the same department's report of an earlier year — last year's analysis carried over
 *       unchanged. The later report gets the finding; the earlier one was first.</li>
 * </ul>
 * Never the report itself, nor another file of the same department and year (the same report as PDF and Word).
 *
 * <p>Only <em>rare</em> text counts: a fingerprint held by more than {@link #holderLimit} reports (at most
 * {@link #RARE_HOLDERS}, and in a small index no more than {@link #TEMPLATE_SHARE} of it) is template — headings,
 * stock phrases, the standard definitions every report quotes — and is ignored, so the holders a lookup must list
 * are bounded whatever the corpus size. A passage must hold at least {@link #MIN_PASSAGE} letters (digits and
 * punctuation do not make it substantive), and a report gets at most {@link #MAX_FINDINGS} findings, the other
 * reports sharing the most text first, so an auditor reads the copies that matter. One lookup per fingerprint and
 * one pass over them: linear in the report's length.
 */
public final class BoilerplateDetector {

    static final String RULE = "boilerplate";
    /** Shortest passage reported, in letters (CJK characters, Latin letters) of the text: about two full sentences. */
    public static final int MIN_PASSAGE = 60;
    /** Share of all reports above which shared text is template, not copying (what decides in a small index). */
    public static final double TEMPLATE_SHARE = 0.2;
    /** In a small index, text held by this many reports or fewer is never taken for template. */
    public static final int MIN_TEMPLATE_HOLDERS = 4;
    /**
     * Text held by more reports than this is template in an index of any size: a copy is one report written from
     * another (or a department carrying its text over a few years), not a phrase dozens of reports use.
     */
    public static final int RARE_HOLDERS = 5;
    /** Most reports named per report, those sharing the most text first. */
    public static final int MAX_FINDINGS = 3;
    /** Longest run of skipped characters (digits, punctuation) inside one passage. */
    private static final int MAX_SKIPPED_RUN = 40;
    private static final int SNIPPET = 40;

    private BoilerplateDetector() {
    }

    /**
     * @param self         the report being checked
     * @param text         its normalized document text (the offsets of {@code fingerprints} and of findings' {@code at})
     * @param fingerprints {@code Fingerprinter.of(text)}
     * @param holders      for a fingerprint hash, every indexed report containing it, each once (self included), or
     *                     any {@code holderLimit(reports) + 1} of them when more hold it; its size decides whether
     *                     the text is template, so it must not repeat a report
     * @param reports      how many reports the index holds, to ignore template text that nearly every report shares
     */
    public static List<Finding> find(OtherReport self, String text, List<Fingerprint> fingerprints,
                                     LongFunction<List<OtherReport>> holders, int reports) {
        int templateLimit = holderLimit(reports);
        Map<String, Passages> byOther = new LinkedHashMap<>();
        for (Fingerprint fp : fingerprints) {
            List<OtherReport> hs = holders.apply(fp.hash());
            if (hs == null || hs.isEmpty() || hs.size() > templateLimit) {
                continue;
            }
            for (OtherReport o : hs) {
                if (counts(self, o)) {
                    byOther.computeIfAbsent(o.reportId(), id -> new Passages(o, text)).add(fp);
                }
            }
        }
        List<Passages> found = new ArrayList<>();
        for (Passages p : byOther.values()) {
            p.close();
            if (!p.spans.isEmpty()) {
                found.add(p);
            }
        }
        found.sort(Comparator.comparingInt(Passages::characters).reversed());
        List<Finding> out = new ArrayList<>();
        for (Passages p : found.subList(0, Math.min(MAX_FINDINGS, found.size()))) {
            out.add(p.finding(self, templateLimit));
        }
        return out;
    }

    /**
     * The most reports (the checked one included) that may hold a fingerprint for its text to count as copied, in an
     * index of {@code reports} reports; a {@code holders} function may stop listing after this many plus one.
     */
    public static int holderLimit(int reports) {
        return Math.min(RARE_HOLDERS, Math.max(MIN_TEMPLATE_HOLDERS, (int) Math.ceil(TEMPLATE_SHARE * reports)));
    }

    /** Whether text shared with {@code other} is a copy from it, as seen from {@code self}. */
    public static boolean counts(OtherReport self, OtherReport other) {
        if (Objects.equals(self.reportId(), other.reportId())) {
            return false;
        }
        if (!Objects.equals(self.departmentKey(), other.departmentKey())) {
            return true;
        }
        return self.year() != null && other.year() != null && other.year() < self.year();
    }

    /** The passages of {@code text} shared with one other report, joined as fingerprints arrive in text order. */
    private static final class Passages {
        private final OtherReport other;
        private final String text;
        private final List<int[]> spans = new ArrayList<>();
        private int start = -1;
        private int end = -1;

        Passages(OtherReport other, String text) {
            this.other = other;
            this.text = text;
        }

        void add(Fingerprint fp) {
            if (start >= 0 && fp.start() <= end) {
                end = Math.max(end, fp.end());
                return;
            }
            if (start >= 0 && onlySkipped(end, fp.start())) {
                end = fp.end();
                return;
            }
            close();
            start = fp.start();
            end = fp.end();
        }

        private boolean onlySkipped(int from, int to) {
            if (to - from > MAX_SKIPPED_RUN) {
                return false;
            }
            for (int i = from; i < to; i++) {
                if (Character.isLetter(text.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        void close() {
            if (start >= 0 && letters(start, end) >= MIN_PASSAGE) {
                spans.add(new int[] {start, end});
            }
            start = -1;
            end = -1;
        }

        private int letters(int from, int to) {
            int n = 0;
            for (int i = from; i < to; i++) {
                if (Character.isLetter(text.charAt(i))) {
                    n++;
                }
            }
            return n;
        }

        int characters() {
            int n = 0;
            for (int[] s : spans) {
                n += s[1] - s[0];
            }
            return n;
        }

        Finding finding(OtherReport self, int templateLimit) {
            List<Provenance> at = new ArrayList<>(spans.size());
            for (int[] s : spans) {
                at.add(Provenance.ofText(null, s[0], s[1], text.substring(s[0], s[1])));
            }
            String first = at.get(0).text().strip().replaceAll("\\s+", " ");
            String snippet = first.length() > SNIPPET ? first.substring(0, SNIPPET) + "…" : first;
            boolean sameDepartment = Objects.equals(self.departmentKey(), other.departmentKey());
            String whose = sameDepartment ? "本部门" + other.year() + "年度报告" : "其他部门报告";
            String message = "有" + spans.size() + "段共" + characters() + "字与" + whose + describe(other)
                    + "相同（不计数字和标点），如：“" + snippet + "”";
            return new Finding(RULE, sameDepartment ? "boilerplate.earlier-year" : "boilerplate.other-department",
                    Finding.Severity.INFO, message, null, snippet,
                    "忽略空白、标点和数字；每段不少于" + MIN_PASSAGE + "字；超过" + templateLimit
                            + "份报告共有的文字视为模板，不计；每份报告至多列出" + MAX_FINDINGS + "份共有文字最多的报告",
                    at, List.of(other.reportId()));
        }
    }

    /** 《title》（2023年，file.docx）. */
    static String describe(OtherReport r) {
        return Finding.otherReport(r.title(), r.year(), r.path());
    }
}
