package org.jixiao.extractors.metadata;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.corpus.model.Provenance;
import org.jixiao.extractors.nlp.ChineseNlp;

/**
 * Province/city/district of the reporting unit, only as far as the report supports it.
 *
 * <p>The chain starts from the places the unit's own names open with (城南区柳河街道办事处 → 城南区). A
 * district without its city is completed from the text: first where the text writes the city right before
 * the district (石家庄市桥西区人民政府), else from the prefecture-level city the report cites most
 * (《石家庄市财政支出绩效评价办法》). The province comes from the name, or else from the city through the
 * prefecture table. A unit whose names carry no place gets no region: guessing from a passing mention would
 * be worse than saying nothing.
 */
final class RegionFinder {

    private RegionFinder() {
    }

    static Candidate<String> find(DepartmentFinder.Department dept, List<Line> lines, String text, ChineseNlp nlp) {
        if (dept == null) {
            return null;
        }
        Regions regions = Regions.standard();
        List<Regions.Place> best = List.of();
        Candidate<String> from = null;
        List<Candidate<String>> named = dept.candidates().stream()
                .filter(c -> UnitNames.sameUnit(c.value(), dept.name()))
                .sorted(Comparator.<Candidate<String>>comparingInt(c -> -c.value().length()))
                .toList();
        for (Candidate<String> c : named) {
            List<Regions.Place> places = regions.leadingPlaces(c.value(), nlp);
            if (places.size() > best.size()) {
                best = places;
                from = c;
            }
        }
        if (from == null) {
            return null;
        }
        String province = null;
        String city = null;
        String district = null;
        for (Regions.Place p : best) {
            switch (p.level()) {
                case PROVINCE -> province = p.name();
                case CITY -> city = p.name();
                case DISTRICT -> district = district == null ? p.name() : district;
            }
        }
        Provenance at = placesSpan(from, best);
        if (district != null && city == null) {
            int[] adjacent = cityBefore(text, district, regions);
            if (adjacent != null) {
                city = text.substring(adjacent[0], adjacent[1]);
                Provenance p = provenanceOf(lines, adjacent[0], adjacent[1] + district.length());
                at = p != null ? p : at;
            } else {
                city = mostCitedCity(text, regions, province);
            }
        }
        if (city != null && province == null) {
            province = regions.provinceOf(city);
        }
        if (city != null && province != null && regions.provinceOf(city) != null
                && !province.equals(regions.provinceOf(city))) {
            city = null; // the name's province wins over a city the text mentions elsewhere
        }
        StringBuilder sb = new StringBuilder();
        if (province != null) {
            sb.append(province);
        }
        if (city != null && !city.equals(province)) {
            sb.append(city);
        }
        if (district != null) {
            sb.append(district);
        }
        return sb.isEmpty() ? null : new Candidate<>(sb.toString(), from.weight(), "places:" + from.rule(), at);
    }

    private static Provenance placesSpan(Candidate<String> from, List<Regions.Place> places) {
        int start = places.getFirst().start();
        int end = places.getLast().end();
        String snippet = from.value().substring(start, end);
        int i = from.at().text().indexOf(snippet);
        return i >= 0 ? from.at().sub(i, i + snippet.length()) : from.at();
    }

    /** Offsets of a known city written immediately before an occurrence of {@code district}, or null. */
    private static int[] cityBefore(String text, String district, Regions regions) {
        for (int i = text.indexOf(district); i >= 0; i = text.indexOf(district, i + 1)) {
            for (int len = 2; len <= 8 && len <= i; len++) {
                String c = text.substring(i - len, i);
                if (regions.isCity(c)) {
                    return new int[] {i - len, i};
                }
            }
        }
        return null;
    }

    /** The prefecture-level city the text names most often (consistent with {@code province}), or null. */
    private static String mostCitedCity(String text, Regions regions, String province) {
        Map<String, Integer> counts = new HashMap<>();
        for (Regions.Place p : regions.cityMentions(text)) {
            if (province == null || province.equals(regions.provinceOf(p.name()))) {
                counts.merge(p.name(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** The provenance of document text {@code [start, end)} within the line that holds it, or null. */
    static Provenance provenanceOf(List<Line> lines, int start, int end) {
        for (Line l : lines) {
            if (l.at().start() <= start && end <= l.at().end()) {
                return l.at().sub(start - l.at().start(), end - l.at().start());
            }
        }
        return null;
    }
}
