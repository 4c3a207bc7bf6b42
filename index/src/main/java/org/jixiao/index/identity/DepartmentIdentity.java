package org.jixiao.index.identity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jixiao.corpus.text.Spellings;
import org.jixiao.extractors.nlp.ChineseNlp;

/**
 * A department's normalized identity.
 *
 * <p>The key is {@code place/core}: {@code core} is the name with its leading places, the party prefix and
 * layout noise removed and a few long suffixes shortened ({@code 街道办事处} → {@code 街道}); {@code place} is the
 * most local administrative place (district or county, else city, else province) from the report's
 * {@code region} or, failing that, from the places the name itself starts with. Keeping the place in the key is
 * what stops every district's 财政局 from merging into one; keeping the whole rest of the name is what stops two
 * 街道 of one district from merging. A place followed by 委 names a party committee ({@code 某区委}, {@code 某区委员会})
 * and stays in the core, so that 区委 is never cut into a place and a stray 委.
 *
 * @param key     {@code place/core}, or {@code core} alone when no place is known
 * @param core    the name without places
 * @param place   the most local place, or null
 * @param name    the display name (the full name as reported)
 * @param aliases every spelling seen, the display name first
 */
public record DepartmentIdentity(String key, String core, String place, String name, List<String> aliases) {

    public DepartmentIdentity {
        aliases = List.copyOf(aliases);
    }

    private static final Pattern NOISE = Pattern.compile("[\\s\\p{Punct}（）【】《》“”‘’、，。:：;；·]+");
    private static final Pattern PARTY_PREFIX = Pattern.compile("^(中国共产党|中共)");
    private static final Pattern TRAILING_NOTE = Pattern.compile("(本级|机关本级|盖章|公章)$");
    /** Administrative places: the suffix makes a leading word a place, and ranks it (省 above 市 above 区). */
    private static final Pattern PLACE = Pattern.compile(
            "\\p{IsHan}{1,7}?(省|自治区|特别行政区|市|自治州|州(?![市区县])|盟|地区|区|县|自治县|旗)");
    /** A place followed by 委 is a party committee's name (望川区委, 临澜市委员会), not a place in front of a unit. */
    private static final char COMMITTEE = '委';
    private static final Pattern COMMON_AREA = Pattern.compile(
            "(社区|小区|园区|景区|街区|城区|市区|郊区|辖区|片区|山区|林区|牧区|灾区|矿区|校区|院区|营区|开发区|保护区|试验区)$");
    /** Units below a district: a 街道 office, a town or township. */
    private static final Pattern SUB_DISTRICT = Pattern.compile("(街道|镇|乡)$");
    /** A bare level word in front ({@code 区财政局} = this district's 财政局). */
    private static final Pattern LEVEL_WORD = Pattern.compile("^(省|市|区|县|州|旗)(?=\\p{IsHan}{2,})");

    /**
     * The identity of a report's department.
     *
     * @param department the full name as reported (may be null when only aliases are known)
     * @param aliases    other spellings in the same report
     * @param region     the report's region ({@code 江北省临澜市望川区}), or null
     */
    public static DepartmentIdentity of(String department, List<String> aliases, String region) {
        Set<String> spellings = new LinkedHashSet<>();
        if (department != null && !clean(department).isEmpty()) {
            spellings.add(clean(department));
        }
        for (String a : aliases == null ? List.<String>of() : aliases) {
            if (a != null && !clean(a).isEmpty()) {
                spellings.add(clean(a));
            }
        }
        if (spellings.isEmpty()) {
            return new DepartmentIdentity("?", "?", null, "?", List.of());
        }
        String name = spellings.iterator().next();
        List<String> regionPlaces = places(region == null ? "" : clean(region));
        Stripped s = strip(name, regionPlaces);
        String place = !regionPlaces.isEmpty() ? regionPlaces.getLast()
                : s.places().isEmpty() ? null : s.places().getLast();
        return new DepartmentIdentity(place == null ? s.core() : place + "/" + s.core(), s.core(), place, name,
                List.copyOf(spellings));
    }

    /** The core of any spelling a user types: what {@code key}'s part after the slash would be. */
    public static String coreOf(String spelling) {
        return strip(clean(spelling), List.of()).core();
    }

    /** The most local place a spelling names in front, or null ({@code 望川区北苑街道} → {@code 望川区}). */
    public static String placeOf(String spelling) {
        List<String> p = strip(clean(spelling), List.of()).places();
        return p.isEmpty() ? null : p.getLast();
    }

    /** NFKC, no spaces or punctuation, no party prefix or trailing 本级. */
    public static String clean(String s) {
        // a traditional-character mirror's spelling (望川區(qū)…) is the same department as the simplified one
        String t = NOISE.matcher(Normalizer.normalize(Spellings.plain(s), Normalizer.Form.NFKC)).replaceAll("");
        t = PARTY_PREFIX.matcher(t).replaceFirst("");
        t = TRAILING_NOTE.matcher(t).replaceFirst("");
        return t;
    }

    private record Stripped(String core, List<String> places) {
    }

    /**
     * Removes leading places: those of the report's region (full or without suffix), then any word ending in an
     * administrative suffix that HanLP or the region recognises as a place, then a bare level word.
     */
    private static Stripped strip(String name, List<String> regionPlaces) {
        String rest = name;
        List<String> found = new ArrayList<>();
        boolean progress = true;
        while (progress && rest.length() > 2) {
            progress = false;
            for (String p : regionPlaces) {
                if (rest.startsWith(p) && rest.length() > p.length() + 1 && rest.charAt(p.length()) != COMMITTEE) {
                    found.add(p);
                    rest = rest.substring(p.length());
                    progress = true;
                    break;
                }
            }
            if (progress) {
                continue;
            }
            var m = PLACE.matcher(rest);
            if (m.lookingAt() && rest.length() > m.end() + 1 && !COMMON_AREA.matcher(m.group()).find()
                    && rest.charAt(m.end()) != COMMITTEE && isPlace(m.group())) {
                found.add(m.group());
                rest = rest.substring(m.end());
                progress = true;
            }
        }
        if (LEVEL_WORD.matcher(rest).find()
                && !com.hankcs.hanlp.dictionary.CoreDictionary.contains(rest.substring(0, 2))) {
            rest = rest.substring(1); // 区财政局, but not 市场监督管理局
        }
        rest = shorten(rest);
        if (rest.startsWith("人民政府") && SUB_DISTRICT.matcher(rest).find() && rest.length() > 6) {
            rest = rest.substring(4); // 望川区人民政府北苑街道办事处: the 街道 is the district government's office
        }
        return new Stripped(rest, found);
    }

    /** Long official suffixes and their everyday short forms mean the same unit. */
    private static String shorten(String core) {
        if (core.endsWith("街道办事处")) {
            return core.substring(0, core.length() - 3);
        }
        if (core.endsWith("镇人民政府") || core.endsWith("乡人民政府")) {
            return core.substring(0, core.length() - 4);
        }
        return core;
    }

    /**
     * A candidate place is one when HanLP tags its stem as a place ({@code ns}) or the whole as one word; this keeps
     * 城市管理局 and 市场监督管理局 whole, where the suffix character is part of an ordinary word.
     */
    private static boolean isPlace(String candidate) {
        List<ChineseNlp.Token> tokens = ChineseNlp.hanlp().segment(candidate);
        if (tokens.isEmpty()) {
            return false;
        }
        ChineseNlp.Token first = tokens.getFirst();
        if (first.isPlace()) {
            return true;
        }
        // a one-word stem HanLP does not know, followed by the suffix as its own token (望川 + 区)
        return tokens.size() == 2 && tokens.get(1).end() == candidate.length() && first.word().length() >= 2
                && !first.pos().startsWith("v") && !first.pos().startsWith("n") || tokens.size() == 1
                && first.pos().startsWith("ns");
    }

    /** The places of a region string, outermost first ({@code 江北省}, {@code 临澜市}, {@code 望川区}). */
    public static List<String> regionPlaces(String region) {
        return region == null ? List.of() : places(clean(region));
    }

    static List<String> places(String region) {
        List<String> out = new ArrayList<>();
        var m = PLACE.matcher(region);
        int at = 0;
        while (at < region.length() && m.find(at) && m.start() == at) {
            out.add(m.group());
            at = m.end();
        }
        return out;
    }
}
