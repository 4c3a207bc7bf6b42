package org.jixiao.corpus.load.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Running headers, footers and page numbers go; report text in the same places stays. */
class PageFurnitureTest {

    private static final float HEIGHT = 842;

    private static TextLine line(int page, float baseline, String text) {
        return new TextLine(page, text, 72, 300, baseline - 10, baseline, 10.5f, 0);
    }

    private static PageLayout page(int n, TextLine... lines) {
        List<PageLayout.Item> items = new ArrayList<>();
        for (TextLine l : lines) {
            items.add(new PageLayout.LineItem(l));
        }
        return new PageLayout(n, HEIGHT, items);
    }

    private static List<String> texts(PageLayout p) {
        return p.items().stream().map(i -> ((PageLayout.LineItem) i).line().text()).toList();
    }

    @Test
    void aRepeatedHeaderAndChinesePageNumbersAreRemoved() {
        List<PageLayout> pages = new ArrayList<>();
        for (int n = 1; n <= 4; n++) {
            pages.add(page(n,
                    line(n, 50, "某街道办事处 2021 年度绩效自评报告"),
                    line(n, 120, "正文第 " + n + " 段。"),
                    line(n, 800, "第 " + n + " 页 共 4 页")));
        }
        List<PageLayout> out = PageFurniture.remove(pages);
        for (int n = 0; n < 4; n++) {
            assertEquals(List.of("正文第 " + (n + 1) + " 段。"), texts(out.get(n)));
        }
    }

    @Test
    void dashedAndSlashPageNumbersGoEvenOnOnePage() {
        List<PageLayout> out = PageFurniture.remove(List.of(
                page(1, line(1, 50, "3/6"), line(1, 400, "正文"), line(1, 800, "- 3 -"))));
        assertEquals(List.of("正文"), texts(out.getFirst()));
    }

    @Test
    void textInTheMarginsThatDoesNotRepeatStays() {
        List<PageLayout> pages = List.of(
                page(1, line(1, 50, "附件 1"), line(1, 400, "正文"), line(1, 800, "注：单位为万元")),
                page(2, line(2, 50, "一、基本情况"), line(2, 400, "正文"), line(2, 800, "合计 2021.29")),
                page(3, line(3, 50, "二、绩效目标"), line(3, 400, "正文")));
        List<PageLayout> out = PageFurniture.remove(pages);
        assertEquals(List.of("附件 1", "正文", "注：单位为万元"), texts(out.get(0)));
        assertEquals(List.of("一、基本情况", "正文", "合计 2021.29"), texts(out.get(1)));
    }

    @Test
    void aNumberInTheMiddleOfThePageIsNotAPageNumber() {
        List<PageLayout> out = PageFurniture.remove(List.of(page(1, line(1, 400, "12"))));
        assertEquals(List.of("12"), texts(out.getFirst()));
    }
}
