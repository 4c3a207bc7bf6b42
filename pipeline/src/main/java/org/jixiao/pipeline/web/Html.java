package org.jixiao.pipeline.web;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.model.Amount;
import org.jixiao.extractors.model.Rate;
import org.jixiao.index.SearchHit;

/**
 * Building HTML safely. Every string that comes from a report is untrusted input (anyone can write a report), so
 * nothing reaches the page except through {@link #esc}; the page builders append only constant markup and escaped
 * values. Numbers are shown exactly as the report printed them ({@code BigDecimal.toPlainString}).
 */
final class Html {

    private Html() {
    }

    /** Escapes text for element content and double-quoted attribute values. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String url(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }

    static String num(BigDecimal v) {
        return v == null ? "—" : esc(v.toPlainString());
    }

    static String amount(Amount a) {
        return a == null || a.value() == null ? "—" : esc(a.value().toPlainString() + (a.unit() == null ? "" : a.unit()));
    }

    static String rate(Rate r) {
        return r == null || r.value() == null ? "—" : esc(r.value().toPlainString() + (r.unit() == null ? "" : r.unit()));
    }

    static String text(String s) {
        return s == null || s.isBlank() ? "—" : esc(s);
    }

    /** A snippet with its highlighted spans in {@code <mark>}, everything escaped. */
    static String snippet(SearchHit.Snippet s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        int at = 0;
        String t = s.text();
        for (SearchHit.Span span : s.highlights()) {
            int from = Math.max(at, Math.min(span.start(), t.length()));
            int to = Math.max(from, Math.min(span.end(), t.length()));
            b.append(esc(t.substring(at, from))).append("<mark>").append(esc(t.substring(from, to))).append("</mark>");
            at = to;
        }
        return b.append(esc(t.substring(at))).toString();
    }

    /**
     * Evidence in context: the snippet marked inside the surrounding document text when the text is at hand,
     * else the snippet alone.
     */
    static String evidence(Provenance at, String documentText) {
        if (at == null) {
            return "";
        }
        if (at.text().length() > LONG_SNIPPET) {
            // a whole table or paragraph as evidence: its opening identifies it, the location says where it is
            return "<mark>" + esc(at.text().substring(0, LONG_SNIPPET)) + "</mark>…";
        }
        if (documentText != null && at.end() <= documentText.length()
                && documentText.substring(at.start(), at.end()).equals(at.text())) {
            int from = Math.max(0, at.start() - 40);
            int to = Math.min(documentText.length(), at.end() + 40);
            return (from > 0 ? "…" : "") + esc(documentText.substring(from, at.start())) + "<mark>"
                    + esc(at.text()) + "</mark>" + esc(documentText.substring(at.end(), to))
                    + (to < documentText.length() ? "…" : "");
        }
        return "<mark>" + esc(at.text()) + "</mark>";
    }

    private static final int LONG_SNIPPET = 160;

    /** Where a piece of evidence is: 第1页 表2 第3行 第4列, 字符 120–128. */
    static String where(Provenance at) {
        if (at == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        if (at.page() != null) {
            b.append("第").append(at.page()).append("页 ");
        }
        if (at.table() != null) {
            b.append("表").append(at.table() + 1).append(' ');
            if (at.row() != null) {
                b.append("第").append(at.row() + 1).append("行 ");
            }
            if (at.col() != null) {
                b.append("第").append(at.col() + 1).append("列 ");
            }
        }
        b.append("字符 ").append(at.start()).append('–').append(at.end());
        return esc(b.toString());
    }

    static String severity(String s) {
        return switch (s == null ? "" : s) {
            case "error" -> "错误";
            case "warning" -> "警告";
            case "info" -> "提示";
            default -> esc(s);
        };
    }

    static String kind(String k) {
        return switch (k == null ? "" : k) {
            case "report" -> "报告";
            case "evaluation" -> "评价对象";
            case "indicator" -> "指标";
            case "figure" -> "数字";
            case "finding" -> "问题";
            default -> esc(k);
        };
    }

    static final String NAV = "<nav><a href=\"/\">检索</a> · <a href=\"/findings\">问题清单</a> · "
            + "<a href=\"/departments\">单位</a></nav>";

    private static final String STYLE = """
            body{font-family:"Noto Sans CJK SC","WenQuanYi Zen Hei",sans-serif;margin:0 auto;max-width:1100px;padding:1em;color:#222}
            nav{margin-bottom:1em}nav a{margin-right:.3em}
            table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #bbb;padding:.25em .5em;vertical-align:top}
            th{background:#f2f2f2}mark{background:#ffe066}
            .facets{float:right;width:240px;font-size:90%;margin-left:1em}.facets h4{margin:.6em 0 .2em}
            .hit{margin:.8em 0;padding-bottom:.5em;border-bottom:1px solid #eee}.meta{color:#666;font-size:90%}
            .error{color:#b00020}.warning{color:#a15c00}.info{color:#555}
            .finding{margin:.6em 0;padding:.4em .6em;border-left:4px solid #ccc}.evidence{font-size:90%;margin:.2em 0}
            form.search input[type=text]{width:22em}form.search select,form.search input{margin:.1em}
            """;

    static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + esc(title)
                + " · jixiao</title><style>" + STYLE + "</style></head><body>" + NAV + body + "</body></html>";
    }

    static String list(List<String> items) {
        return items.isEmpty() ? "—" : esc(String.join("、", items));
    }
}
