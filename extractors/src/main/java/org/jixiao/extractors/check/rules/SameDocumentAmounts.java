package org.jixiao.extractors.check.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.model.Figure;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Report;

/**
 * {@code duplicate} ({@code duplicate.allocation}): one allocation document (文号 "某财农〔2023〕41号") cited twice as
 * allocating money ("…41号文件…，下达某县资金5万元" and later "…41号文件…，下达某县某项目6万元") with different
 * amounts. Only sentences that cite one document and state one amount after 下达/拨付/安排 are compared, so a
 * sentence that splits a document's money over several items is left alone. A warning: the second sentence may
 * describe one item of the document rather than the whole of it, but then it cannot exceed the first, and
 * either way the two statements do not agree as written.
 */
final class SameDocumentAmounts {

    private static final String RULE = "duplicate";
    private static final Pattern DOCUMENT = Pattern.compile(
            "([\\u4e00-\\u9fa5]{1,8})[【〔\\[（(［]\\s*(\\d{4})\\s*[】〕\\]）)］]\\s*(\\d{1,4})\\s*号");
    private static final Pattern ALLOCATES = Pattern.compile("下达|拨付|安排|分配");

    private SameDocumentAmounts() {
    }

    private record Cited(Figure amount, Provenance document) {
    }

    static void check(Report report, List<Finding> out) {
        String text = report.source().text().text();
        List<Figure> amounts = report.figures().stream()
                .filter(f -> f.at() != null && f.at().table() == null && f.kind() == Figure.Kind.AMOUNT)
                .toList();
        Map<String, List<Cited>> byDocument = new LinkedHashMap<>();
        int start = 0;
        int hao = -1; // the next 号 at or after start (DOCUMENT ends in one), found once for all the sentences before it
        while (start < text.length()) {
            int end = Spans.sentenceEnd(text, start);
            if (hao < start) {
                int next = text.indexOf('号', start);
                hao = next < 0 ? Integer.MAX_VALUE : next;
            }
            if (hao >= end) {
                start = end + 1; // no document number can end in this sentence (DOCUMENT ends in 号)
                continue;
            }
            String sentence = text.substring(start, end);
            Matcher m = DOCUMENT.matcher(sentence);
            List<String> documents = new ArrayList<>();
            int documentEnd = -1;
            Provenance documentAt = null;
            while (m.find()) {
                String key = m.group(1).replaceAll("^.*?(?=[\\u4e00-\\u9fa5]{2,4}$)", "") + m.group(2) + "-" + m.group(3);
                if (!documents.contains(key)) {
                    documents.add(key);
                }
                documentEnd = start + m.end();
                documentAt = Spans.of(report, start + m.start(), start + m.end());
            }
            if (documents.size() == 1) {
                int from = documentEnd;
                List<Figure> inSentence = amounts.stream()
                        .filter(f -> f.at().start() >= from && f.at().end() <= end).toList();
                if (inSentence.size() == 1
                        && ALLOCATES.matcher(text.substring(from, inSentence.get(0).at().start())).find()) {
                    byDocument.computeIfAbsent(documents.get(0), k -> new ArrayList<>())
                            .add(new Cited(inSentence.get(0), documentAt));
                }
            }
            start = end + 1;
        }
        for (List<Cited> cited : byDocument.values()) {
            Cited first = cited.get(0);
            for (Cited other : cited.subList(1, cited.size())) {
                Figure a = first.amount();
                Figure b = other.amount();
                if (a.yuan() == null || b.yuan() == null || a.yuan().compareTo(b.yuan()) == 0) {
                    continue;
                }
                out.add(new Finding(RULE, "duplicate.allocation", Finding.Severity.WARNING,
                        "同一文件" + first.document().text() + "两次述及下达金额，一处为" + a.at().text() + "，另一处为"
                                + b.at().text() + "，前后不一致",
                        a.at().text(), b.at().text(), "无（两处金额直接比较）",
                        List.of(first.document(), a.at(), other.document(), b.at())));
                break;
            }
        }
    }
}
