package org.jixiao.generator;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A report's own account of how it works (主要做法和成效): a paragraph written from short word pools, so that each
 * report's wording is its own. Any twelve letters of it span three or four independently drawn words, so two
 * reports share a run of sixty letters only when one copied the other — which is how the generator plants copied
 * passages ({@link CopiedFrom}) that the {@code boilerplate} rule must find, against prose no other report repeats.
 */
final class Practice {

    private Practice() {
    }

    /** The paragraph of the report with {@code seed}, written under {@code alias} (the name it uses for itself). */
    static String paragraph(long seed, String alias) {
        SplittableRandom rng = new SplittableRandom(seed ^ 0x7F4A7C159E3779B9L);
        Pools pools = Pools.get();
        StringBuilder s = new StringBuilder(alias).append(pick(rng, pools.list("practice", "opening")));
        int clauses = 6 + rng.nextInt(2); // over 60 letters of rare text even where the closing words are common
        for (int i = 0; i < clauses; i++) {
            s.append(pick(rng, pools.list("practice", "verb")))
                    .append(pick(rng, pools.list("practice", "manner")))
                    .append(pick(rng, pools.list("practice", "object")))
                    .append(pick(rng, pools.list("practice", "device")))
                    .append(i == clauses - 1 ? "，" : i % 2 == 1 ? "；" : "，");
        }
        s.append(pick(rng, pools.list("practice", "degree"))).append(pick(rng, pools.list("practice", "result")))
                .append("，").append(pick(rng, pools.list("practice", "degree")))
                .append(pick(rng, pools.list("practice", "result"))).append("。");
        return s.toString();
    }

    private static String pick(SplittableRandom rng, List<String> pool) {
        return pool.get(rng.nextInt(pool.size()));
    }
}
