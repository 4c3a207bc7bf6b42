package org.jixiao.extractors.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;

/** The unit-slip search tried only at digit runs finds what the pattern's own search finds, at the same places. */
class UnitSlipSearchTest {

    @Test
    void findsWhatFindFinds() {
        for (String text : List.of(
                "种植1万亩×3元/亩，共8万亩元。",
                "补助12.5公顷元，另发放300人次元；元旦慰问50户元",
                "123.45万元，67.8亩元",                  // 8亩元 after a point: no slip
                "编号A12亩元,3台元",
                "共计10吨元\n5套元",
                "7件元",
                "无数字的句子。",
                "")) {
            assertEquals(slips(text, false), slips(text, true), text);
        }
        assertEquals(List.of("12-16:8万亩元"), slips("种植1万亩×3元/亩，共8万亩元。", true));
    }

    private static List<String> slips(String text, boolean prefiltered) {
        List<String> out = new ArrayList<>();
        Matcher m = UnitSlip.SLIP.matcher(text).useTransparentBounds(true);
        if (prefiltered) {
            for (int from = 0; (from = UnitSlip.nextSlip(m, text, from)) >= 0; from = m.end()) {
                out.add(m.start() + "-" + m.end() + ":" + m.group());
            }
        } else {
            while (m.find()) {
                out.add(m.start() + "-" + m.end() + ":" + m.group());
            }
        }
        return out;
    }
}
