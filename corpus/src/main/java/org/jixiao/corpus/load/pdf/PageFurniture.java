package org.jixiao.corpus.load.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes running headers, footers and page numbers: the lines that are page furniture, not report text.
 *
 * <p>A candidate is one of the first or last few lines of a page lying in the top or bottom margin band. It
 * is furniture when it reads as a page number ({@code - 3 -}, {@code 第 3 页 共 6 页}, {@code 3/6},
 * {@code Page 3 of 6}, a bare number), or when the same text (digits aside) stands at the same height on
 * at least half the pages, and on two pages at least.
 */
final class PageFurniture {

    /** The share of the page height at the top and at the bottom where headers and footers live. */
    private static final float BAND = 0.12f;
    /** How many lines at each end of a page are looked at. */
    private static final int EDGE_LINES = 3;

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-—–－]*\\d{1,4}[-—–－]*"
                    + "|第\\d{1,4}页(?:[,，]?共\\d{1,4}页)?"
                    + "|共\\d{1,4}页[,，]?第\\d{1,4}页"
                    + "|\\d{1,4}/\\d{1,4}"
                    + "|(?i:page)\\d{1,4}(?:(?i:of)\\d{1,4})?");

    private PageFurniture() {
    }

    /** The pages without their furniture. */
    static List<PageLayout> remove(List<PageLayout> pages) {
        Map<String, Set<Integer>> seen = new HashMap<>();
        for (PageLayout p : pages) {
            for (PageLayout.LineItem li : candidates(p)) {
                seen.computeIfAbsent(key(li.line(), p), k -> new HashSet<>()).add(p.page());
            }
        }
        int needed = Math.max(2, (pages.size() + 1) / 2);
        List<PageLayout> out = new ArrayList<>(pages.size());
        for (PageLayout p : pages) {
            Set<PageLayout.LineItem> drop = new HashSet<>();
            for (PageLayout.LineItem li : candidates(p)) {
                String compact = compact(li.line().text());
                if (PAGE_NUMBER.matcher(compact).matches() || seen.get(key(li.line(), p)).size() >= needed) {
                    drop.add(li);
                }
            }
            if (drop.isEmpty()) {
                out.add(p);
            } else {
                List<PageLayout.Item> kept = new ArrayList<>(p.items());
                kept.removeIf(drop::contains);
                out.add(new PageLayout(p.page(), p.height(), kept));
            }
        }
        return out;
    }

    private static List<PageLayout.LineItem> candidates(PageLayout p) {
        List<PageLayout.Item> items = p.items();
        List<PageLayout.LineItem> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            boolean nearEnd = i < EDGE_LINES || i >= items.size() - EDGE_LINES;
            if (nearEnd && items.get(i) instanceof PageLayout.LineItem li && inBand(li.line(), p.height())) {
                out.add(li);
            }
        }
        return out;
    }

    private static boolean inBand(TextLine l, float height) {
        return height > 0 && (l.baseline() < BAND * height || l.top() > (1 - BAND) * height);
    }

    private static String key(TextLine l, PageLayout p) {
        String zone = l.baseline() < p.height() / 2 ? "T" : "B";
        return zone + Math.round(l.baseline() / 6f) + compact(l.text()).replaceAll("\\d+", "#");
    }

    private static String compact(String s) {
        return s.replaceAll("\\s+", "");
    }
}
