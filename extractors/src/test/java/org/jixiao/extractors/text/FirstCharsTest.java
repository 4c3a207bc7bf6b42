package org.jixiao.extractors.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Looking for a pattern only where it can begin finds what {@code Matcher.find} finds, groups and all. */
class FirstCharsTest {

    private static List<String> all(Matcher m) {
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + ":" + m.group() + ":" + (m.groupCount() > 0 ? m.group(1) : ""));
        }
        return out;
    }

    private static List<String> all(Matcher m, FirstChars starts, String s) {
        List<String> out = new ArrayList<>();
        for (int from = 0; starts.find(m, s, from); from = m.end()) {
            out.add(m.start() + "-" + m.end() + ":" + m.group() + ":" + (m.groupCount() > 0 ? m.group(1) : ""));
        }
        return out;
    }

    @Test
    void findsWhatFindFindsOnRandomText() {
        // an alternation of words, a look-behind that must see before the place tried, and an anchor
        Pattern words = Pattern.compile("(?:未完成|未达到)[^。]{0,3}按(比例)扣分|按完成(率|进度)计分");
        Pattern behind = Pattern.compile("(?<![\\d.])(\\d+)人元");
        Pattern anchored = Pattern.compile("^按(完成)|未$");
        String alphabet = "未完成达到按比例扣分率进度计人元1.2。 \n";
        Random random = new Random(20261202);
        int matches = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = b.toString();
            for (Object[] p : new Object[][] {{words, "未按"}, {behind, "0123456789"}, {anchored, "按未"}}) {
                List<String> expected = all(((Pattern) p[0]).matcher(s));
                assertEquals(expected, all(((Pattern) p[0]).matcher(s), FirstChars.of((String) p[1]), s), s);
                matches += expected.size();
            }
        }
        assertEquals(true, matches > 1000, "matches seen: " + matches);
    }

    @Test
    void theFirstCharactersOfWords() {
        FirstChars starts = FirstChars.ofWords(List.of("全年预算数", "执行数", ""));
        Matcher m = Pattern.compile("(?:全年预算数|执行数)+").matcher("");
        String s = "项目全年预算数执行数，执行数";
        assertEquals(List.of("2-10:全年预算数执行数:", "11-14:执行数:"), all(m.reset(s), starts, s));
    }
}
