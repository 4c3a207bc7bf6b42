package org.jixiao.extractors.metadata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.extractors.nlp.ChineseNlp;

/**
 * Places in unit names and text: the province → prefecture table ({@code prefectures.txt}) and the rules
 * that read a chain of places off the front of a name ({@code 郑州市上街区…}, {@code 桥西区…}).
 *
 * <p>Below the prefecture level there are thousands of districts and counties, so those are recognised by
 * their suffix (区/县/旗, or a county-level 市) and confirmed by HanLP's place recognition or by their
 * position right after a city — not by a list. Immutable after loading; thread-safe.
 */
final class Regions {

    enum Level {
        PROVINCE, CITY, DISTRICT
    }

    /** One place read from a name: its level and span within the string read. */
    record Place(Level level, String name, int start, int end) {
    }

    /** Nouns ending in 区 that are kinds of area, not districts. */
    static final Pattern COMMON_AREA = Pattern.compile("(社区|小区|园区|景区|街区|城区|市区|郊区|辖区|片区|山区|林区|地区|牧区|灾区|矿区|校区|院区|营区|试验区|开发区|保护区)$");

    private static final Pattern DISTRICT = Pattern.compile("^(\\p{IsHan}{1,5}?)(区|县|旗)");

    /** A county-level city: its name holds no other level's word ({@code 赫山区城市管理…} is a district, then 城市管理). */
    private static final Pattern COUNTY_CITY = Pattern.compile("^([\\p{IsHan}&&[^区县旗市省州]]{2,4}?)市");

    /** What typically follows a place that heads an organisation's name: its committee or government. */
    private static final Pattern GOVERNMENT_AFTER = Pattern.compile("^(委|人民政府|政府|党委|财政局|人大)");

    private static final Regions INSTANCE = load();

    private final Map<String, String> provinceOfCity;
    private final Set<String> provinces;
    private final Pattern cityMention;
    private final int maxCityLength;

    private Regions(Map<String, String> provinceOfCity, Set<String> provinces) {
        this.provinceOfCity = Map.copyOf(provinceOfCity);
        this.provinces = Set.copyOf(provinces);
        List<String> cities = new ArrayList<>(provinceOfCity.keySet());
        cities.sort((a, b) -> b.length() - a.length());
        this.cityMention = Pattern.compile(String.join("|", cities.stream().map(Pattern::quote).toList()));
        this.maxCityLength = cities.isEmpty() ? 0 : cities.getFirst().length();
    }

    static Regions standard() {
        return INSTANCE;
    }

    /** The province of a prefecture-level city (full name, e.g. 石家庄市 → 河北省), or null if not one. */
    String provinceOf(String city) {
        return provinceOfCity.get(city);
    }

    boolean isProvince(String name) {
        return provinces.contains(name);
    }

    boolean isCity(String name) {
        return provinceOfCity.containsKey(name);
    }

    /** Every mention of a known prefecture-level city in {@code text}, in order. */
    List<Place> cityMentions(String text) {
        // one look-up per 市/州/盟/区 in the text rather than a 300-way alternation at every position
        List<Place> out = new ArrayList<>();
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '市' && c != '州' && c != '盟' && c != '区') {
                continue;
            }
            for (int len = Math.min(maxCityLength, i + 1); len >= 2; len--) {
                String cand = text.substring(i + 1 - len, i + 1);
                if (provinceOfCity.containsKey(cand)) {
                    out.add(new Place(Level.CITY, cand, i + 1 - len, i + 1));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The places a name opens with, outermost first: {@code 贵州省遵义市汇川区高坪镇人民政府} gives
     * 贵州省, 遵义市, 汇川区. Offsets are into {@code name}. A party prefix (中国共产党/中共) is skipped.
     */
    List<Place> leadingPlaces(String name, ChineseNlp nlp) {
        List<Place> out = new ArrayList<>();
        int pos = name.length() - UnitNames.withoutPartyPrefix(name).length();
        List<ChineseNlp.Token> tokens = null;
        while (pos < name.length()) {
            String rest = name.substring(pos);
            Place p = province(rest, pos);
            if (p == null) {
                p = city(rest, pos, out);
            }
            if (p == null) {
                Matcher d = DISTRICT.matcher(rest);
                if (d.find()) {
                    String cand = d.group();
                    boolean afterPlace = !out.isEmpty() && out.getLast().end() == pos;
                    if (tokens == null) {
                        tokens = nlp.segment(name);
                    }
                    boolean tagged = isPlaceToken(tokens, pos, pos + cand.length());
                    String after = rest.substring(cand.length());
                    boolean common = COMMON_AREA.matcher(cand).find();
                    // a district heads its committee or government, or a unit whose own name follows
                    boolean headsUnit = !common && (GOVERNMENT_AFTER.matcher(after).find() || UnitNames.isUnitName(after));
                    if (afterPlace || tagged || headsUnit || isPlaceAlone(nlp, cand)) {
                        p = new Place(Level.DISTRICT, cand, pos, pos + cand.length());
                    }
                }
            }
            if (p == null) {
                break;
            }
            out.add(p);
            pos = p.end();
        }
        return out;
    }

    private Place province(String rest, int pos) {
        for (String prov : provinces) {
            if (rest.startsWith(prov)) {
                return new Place(Level.PROVINCE, prov, pos, pos + prov.length());
            }
        }
        return null;
    }

    private Place city(String rest, int pos, List<Place> before) {
        Matcher m = cityMention.matcher(rest);
        if (m.lookingAt()) {
            return new Place(Level.CITY, m.group(), pos, pos + m.end());
        }
        // an unlisted X市 right after a province or city is a county-level city: district level
        Matcher c = COUNTY_CITY.matcher(rest);
        if (c.find() && !before.isEmpty() && before.getLast().end() == pos) {
            return new Place(Level.DISTRICT, c.group(), pos, pos + c.end());
        }
        return null;
    }

    private static boolean isPlaceAlone(ChineseNlp nlp, String cand) {
        List<ChineseNlp.Token> t = nlp.segment(cand);
        return t.size() == 1 && t.getFirst().isPlace();
    }

    private static boolean isPlaceToken(List<ChineseNlp.Token> tokens, int start, int end) {
        for (ChineseNlp.Token t : tokens) {
            if (t.start() == start && t.end() == end && t.isPlace()) {
                return true;
            }
        }
        return false;
    }

    private static Regions load() {
        Map<String, String> provinceOfCity = new HashMap<>();
        Set<String> provinces = new LinkedHashSet<>();
        try (InputStream in = Regions.class.getResourceAsStream("prefectures.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource prefectures.txt");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                String province = f[0].strip();
                provinces.add(province);
                for (String c : f[2].strip().split("\\s+")) {
                    String city = c.endsWith("自治州") || c.endsWith("盟") || c.endsWith("地区") ? c : c + "市";
                    provinceOfCity.putIfAbsent(city, province);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read prefectures.txt", e);
        }
        return new Regions(provinceOfCity, provinces);
    }
}
