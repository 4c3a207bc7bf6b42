package org.jixiao.generator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The places a corpus's departments sit in: the invented places of {@code places.txt}, and for a large corpus more
 * districts, so departments stay about as many as reports divided by years. A province publishes one report per
 * department and year; with a fixed few hundred departments, a corpus of 100,000 reports would give each department
 * dozens of reports a year, which no real corpus does and which makes per-department work grow with the corpus.
 *
 * <p>A corpus of up to {@value #REPORTS_PER_DISTRICT} reports per listed place draws from the listed places only, so
 * every corpus of that size (the bundled one, the tests', the benchmark's) is what it always was. Larger corpora
 * add districts named from two characters of {@code [district-syllables]} and 区 or 县, each in the province and
 * city of a listed place in turn.
 */
final class Places {

    /** About the reports one district's departments publish over the generator's five years. */
    static final int REPORTS_PER_DISTRICT = 150;

    private Places() {
    }

    /** The places for a corpus of {@code count} reports, each {@code province|city|district}. */
    static List<String> forCorpus(int count) {
        Pools pools = Pools.get();
        List<String> listed = pools.list("places", "");
        int wanted = count / REPORTS_PER_DISTRICT;
        if (wanted <= listed.size()) {
            return listed;
        }
        List<String> out = new ArrayList<>(listed);
        Set<String> districts = new HashSet<>();
        listed.forEach(p -> districts.add(p.split("\\|")[2]));
        List<String> chars = pools.list("places", "district-syllables");
        int n = 0;
        for (int i = 0; i < chars.size() && out.size() < wanted; i++) {
            for (int j = 0; j < chars.size() && out.size() < wanted; j++) {
                if (i == j) {
                    continue;
                }
                String district = chars.get(i) + chars.get(j) + ((i + j) % 3 == 0 ? "县" : "区");
                if (!districts.add(district)) {
                    continue;
                }
                String[] home = listed.get(n++ % listed.size()).split("\\|");
                out.add(home[0] + "|" + home[1] + "|" + district);
            }
        }
        return out;
    }
}
