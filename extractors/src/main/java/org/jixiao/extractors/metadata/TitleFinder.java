package org.jixiao.extractors.metadata;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.extractors.text.Spaces;
import org.jixiao.corpus.model.DocumentText;
import org.jixiao.corpus.model.Provenance;

/**
 * The report's title: a short line near the top, before the first numbered section, that names a report
 * (…报告) or a self-evaluation form (…自评表). A unit-name line just above a title that has no unit of its
 * own is the title's first line ({@code 柳河街道办事处 / 2025年度整体支出绩效自评报告}); an attachment label
 * in front ({@code 附件3：}) is not part of it. A report title is preferred over a form title, because a
 * document that opens with its forms and then gives the report names itself in the report's title.
 */
final class TitleFinder {

    /** A title found: its text (lines joined), where it is, and whether it names a report rather than a form. */
    record Title(String text, Provenance at, boolean isReport) {
    }

    private static final Pattern ATTACHMENT = Pattern.compile("^(附件\\s*[0-9一二三四五六七八九十]*\\s*[:：.、]?|(标\\s*题|信息名称|文件名称)\\s*[:：]?)\\s*");
    private static final Pattern TITLE_WORD = Pattern.compile("(报告|自评表|评价表|绩效表|情况表|结果公示|结果公开|自评价)$");
    /** A file name's extension (a page quoting the uploaded file) and a closing note in brackets after the title word. */
    private static final Pattern FILE_EXTENSION = Pattern.compile("\\.(docx?|pdf|wps|xlsx?|txt)$", Pattern.CASE_INSENSITIVE);
    /** A document-sharing page's line naming the uploaded file: 《某某报告.docx》由会员分享,可在线阅读…. */
    private static final Pattern SHARED_FILE =
            Pattern.compile("《([^《》]{2,70}?)\\.(?:docx?|pdf|wps|xlsx?|txt)》由会员分享", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_NOTE = Pattern.compile("[(（][^()（）]{1,40}[)）]$");
    private static final Pattern NUMBERED_SECTION = Pattern.compile("^[一二三四五六七八九十]+[、.]");
    private static final Pattern SENTENCE_PUNCT = Pattern.compile("[。；;，,：:]");
    private static final int MAX_TITLE = 70;
    private static final int LOOKAHEAD_LINES = 300;

    private TitleFinder() {
    }

    static Title find(List<Line> lines, DocumentText text) {
        Title form = null;
        Line previous = null;
        int seen = 0;
        for (Line line : lines) {
            if (line.isCell()) {
                continue;
            }
            if (++seen > LOOKAHEAD_LINES || NUMBERED_SECTION.matcher(line.text()).find()) {
                break;
            }
            Title t = titleOf(line, previous, text);
            if (t != null) {
                if (t.isReport()) {
                    return t;
                }
                if (form == null) {
                    form = t;
                }
            }
            if (!line.text().isBlank()) {
                previous = line;
            }
        }
        return form;
    }

    private static Title titleOf(Line line, Line previous, DocumentText text) {
        String raw = line.text();
        int nl = raw.indexOf('\n');
        if (nl >= 0) {
            raw = raw.substring(0, nl); // a title glued to the paragraph after it (plain text files)
        }
        Matcher shared = SHARED_FILE.matcher(raw);
        int from;
        if (shared.lookingAt()) {
            raw = raw.substring(0, shared.end(1)); // a document-sharing page names the file it shows: its title
            from = 1;
        } else {
            Matcher att = ATTACHMENT.matcher(raw);
            from = att.lookingAt() ? att.end() : 0;
        }
        String body = FILE_EXTENSION.matcher(raw.substring(from).strip()).replaceFirst("").strip();
        if (body.isEmpty() || body.length() > MAX_TITLE || !TITLE_WORD.matcher(TRAILING_NOTE.matcher(body).replaceFirst("")).find()
                || SENTENCE_PUNCT.matcher(body).find()) {
            return null;
        }
        int start = line.at().start() + from + (raw.substring(from).length() - raw.substring(from).stripLeading().length());
        int end = line.at().start() + from + (raw.substring(from).length() - raw.substring(from).stripLeading().length()) + body.length();
        boolean report = body.contains("报告");
        String value = body;
        Provenance at;
        if (previous != null && unitOf(body) == null && (isUnitLine(previous) || isTitleHead(previous, body))) {
            String prev = previous.text().strip();
            value = prev + body;
            int pStart = previous.at().start() + previous.text().indexOf(prev);
            at = new Provenance(previous.at().page(), null, null, null, pStart, end, text.snippet(pStart, end));
        } else {
            at = new Provenance(line.at().page(), null, null, null, start, end, text.snippet(start, end));
        }
        return new Title(Spaces.removed(value), at, report);
    }

    /** The second line of a title a cover split in two: 绩效评价自评报告 under 某市2018年度部门整体支出. */
    private static final Pattern CONTINUATION = Pattern.compile("^(?:支出)?(?:绩效|自评|评价)");

    /**
     * Whether {@code l} is the first half of a title whose second half is {@code body}: a short line without
     * sentence punctuation that names a year or a report's kind, above a body that opens with 绩效, 自评 or 评价.
     */
    private static boolean isTitleHead(Line l, String body) {
        String s = l.text().strip();
        return !l.isCell() && CONTINUATION.matcher(body).find() && s.length() >= 4 && s.length() <= 40
                && !SENTENCE_PUNCT.matcher(s).find() && !TITLE_WORD.matcher(s).find()
                && !NUMBERED_SECTION.matcher(s).find() && (YEAR.matcher(s).find() || KIND.matcher(s).find());
    }

    private static boolean isUnitLine(Line l) {
        String s = UnitNames.clean(ATTACHMENT.matcher(l.text()).replaceFirst(""));
        return !l.isCell() && UnitNames.isUnitName(s);
    }

    private static final Pattern YEAR = Pattern.compile("[(（]?\\s*\\d{4}\\s*年度?\\s*[)）]?");
    private static final Pattern KIND = Pattern.compile("(部门整体|单位整体|整体支出|部门绩效|部门预算|部门项目|项目支出|专项资金|项目绩效|财政支出|预算|绩效|自评|评价|工作报告|中央|转移支付|专项债券|上级|省级|市级)");

    /**
     * The unit a title names: the text before the report-kind words, on either side of the year
     * ({@code 2021年度中共河西区委社工委部门整体绩效自评报告 → 中共河西区委社工委}), or null.
     */
    static String unitOf(String title) {
        String t = Spaces.removed(title).replaceFirst("^关于", "");
        for (String part : YEAR.split(t)) {
            // the unit ends where some report-kind word begins; a unit's own name may contain such a word
            // (…预算评审中心), so try each place in turn
            Matcher k = KIND.matcher(part);
            while (true) {
                boolean found = k.find();
                String unit = UnitNames.clean(found ? part.substring(0, k.start()) : part).replaceFirst("(关于|的)$", "");
                if (UnitNames.isUnitName(unit)) {
                    return unit;
                }
                if (!found) {
                    break;
                }
            }
        }
        return null;
    }
}
