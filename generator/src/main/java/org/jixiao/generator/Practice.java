package org.jixiao.generator;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A report's own account of how it works (主要做法和成效), as specific as a real one: what it built (verb + manner +
 * field + task + device, each drawn on its own), the villages and communities where it tried it first and the
 * campaigns it ran, all invented from {@code practice.txt}. Any twelve letters of the body carry about 25 bits of
 * choice, so even among a million reports a run of them is practically unique to its report — which is what lets
 * the {@code boilerplate} rule, which ignores text held by more than a few reports, find every copied passage
 * ({@link CopiedFrom}: another report's paragraph with only the name changed, its places and campaigns with it)
 * while no two uncopied paragraphs look alike. The opening and closing words are common on purpose, as in real
 * reports. No numbers: nothing here may become a figure the extractors read.
 */
final class Practice {

    /**
     * Letters of drawn clauses at least: the copy's rare text must exceed the rule's 60 letters
     * ({@code BoilerplateDetector.MIN_PASSAGE}) after the common opening and closing are cut off at both ends.
     */
    static final int MIN_BODY_LETTERS = 90;

    private Practice() {
    }

    /** The paragraph of the report with {@code seed}, written under {@code alias} (the name it uses for itself). */
    static String paragraph(long seed, String alias) {
        SplittableRandom rng = new SplittableRandom(seed ^ 0x7F4A7C159E3779B9L);
        StringBuilder s = new StringBuilder(alias).append(pick(rng, "opening"));
        int body = 0;
        for (int i = 0; body < MIN_BODY_LETTERS; i++) {
            if (i > 0) {
                s.append(i % 2 == 0 ? "；" : "，");
            }
            String clause = clause(rng, i);
            body += letters(clause);
            s.append(clause);
        }
        s.append("，").append(pick(rng, "degree")).append(pick(rng, "result"))
                .append("，").append(pick(rng, "degree")).append(pick(rng, "result")).append("。");
        return s.toString();
    }

    /** One clause: mostly a measure; now and then where it was tried first, or a campaign (never first). */
    private static String clause(SplittableRandom rng, int i) {
        int kind = i == 0 ? 0 : rng.nextInt(5);
        if (kind == 3) { // 在桃溪村、松坪社区试点清单式资产盘点台账
            return "在" + place(rng) + "、" + place(rng) + pick(rng, "pilot") + measure(rng);
        }
        if (kind == 4) { // 开展“清风护绩”资产清查专项行动
            return pick(rng, "campaign-verb") + "“" + pick(rng, "campaign-first") + pick(rng, "campaign-second")
                    + "”" + pick(rng, "field") + pick(rng, "task") + pick(rng, "campaign");
        }
        return pick(rng, "verb") + measure(rng); // 健全全流程资金监管机制
    }

    /** manner + field + task + device: 全流程资金监管机制. */
    private static String measure(SplittableRandom rng) {
        return pick(rng, "manner") + pick(rng, "field") + pick(rng, "task") + pick(rng, "device");
    }

    private static String place(SplittableRandom rng) {
        return pick(rng, "place-first") + pick(rng, "place-second") + pick(rng, "place-kind");
    }

    private static int letters(String text) {
        return (int) text.chars().filter(Character::isLetter).count();
    }

    private static String pick(SplittableRandom rng, String section) {
        List<String> pool = Pools.get().list("practice", section);
        return pool.get(rng.nextInt(pool.size()));
    }
}
