package org.jixiao.index.write;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.Map;

import org.jixiao.extractors.check.arith.GradeBands;

/**
 * The index schema: field names shared by the writer and the reader, and how a principal number becomes a point.
 *
 * <p>Numbers are indexed as {@code long} ten-thousandths ({@link #scaled}): exact for every amount in 元 and every
 * rate or score printed with up to four decimals, which is all reports print, and no {@code double} ever touches
 * money. The stored JSON keeps the printed value.
 */
public final class IndexFields {

    private IndexFields() {
    }

    public static final String KIND = "kind";
    public static final String REPORT_ID = "report_id";
    /** The file's absolute path: the unit of replacement and pruning. */
    public static final String PATH = "path";
    public static final String SHA256 = "sha256";
    public static final String YEAR = "year";
    public static final String DEPARTMENT_KEY = "dept_key";
    public static final String DEPARTMENT_CORE = "dept_core";
    /** Every cleaned spelling of the department, to find it by any of them. */
    public static final String DEPARTMENT_ALIAS = "dept_alias";
    public static final String DEPARTMENT_NAME = "dept_name";
    public static final String REGION = "region";
    /** The region and each of its places ({@code 江北省}, {@code 临澜市}, {@code 望川区}), for filtering by any level. */
    public static final String REGION_PART = "region_part";
    public static final String RULE = "rule";
    public static final String SEVERITY = "severity";
    /** The grade as a facet: one key per level (优秀 and 优 are both 优, 良好 is 良), see {@link #gradeKey}. */
    public static final String GRADE = "grade";
    /** The hit's principal number (see {@code SearchQuery}), scaled by {@link #SCALE}. */
    public static final String VALUE = "value";
    public static final String BELOW_WEIGHT = "below_weight";
    public static final String LABEL = "label";
    /** Chinese full text, analyzed with offsets in the postings (for snippets) and stored. */
    public static final String TEXT = "text";
    public static final String JSON = "json";
    public static final String AT = "at";
    /**
     * Boilerplate fingerprint hashes of a report's text, as 8-byte terms ({@link #fingerprintTerm}): a term's document
     * frequency says at once how many reports hold it, so template text is recognized without listing its holders.
     * (Before, {@code fp} held them as points; an index written then needs re-ingesting for the boilerplate rule.)
     */
    public static final String FINGERPRINT = "fingerprint";
    /** On finding documents made by the cross-report pass: the rule that made them. */
    public static final String DERIVED = "derived";
    /** The {@link #DERIVED} value every cross-report finding also carries, to find them all. */
    public static final String ANY_DERIVED = "*";

    /** The kind of the one document another file of an indexed report gets (see {@code ReportSources}). */
    public static final String SOURCE_KIND = "source";
    /** On a source document: the file's detected format and page count. */
    public static final String SOURCE_FORMAT = "source_format";
    public static final String SOURCE_PAGES = "source_pages";
    /** On a report document: the keys another file of the same report would have (stored only). */
    public static final String SAME_KEY = "same_key";

    /** Facet dimensions: the name in {@code SearchResult.facets} → the sorted doc values field. */
    public static final String[] FACETS = {"year", "region", "department", "grade", "kind", "rule", "severity"};

    public static String facetField(String dimension) {
        return "facet_" + dimension;
    }

    public static final int SCALE = 4;

    /** The commit user data key naming the analyzer an index's words were made with. */
    public static final String ANALYZER_KEY = "jixiao.analyzer";
    /**
     * The analyzer of this version ({@code HanLpAnalyzer}: HanLP words without name recognition, by line). An index
     * whose words were made otherwise would silently miss words a query is now split into, so it is refused.
     */
    public static final String ANALYZER = "hanlp-words-1";

    /**
     * Refuses an index that holds entries made by another analyzer than this version's ({@link #ANALYZER}), with the
     * one line a user needs; an empty index is fine whatever it says.
     */
    public static void checkAnalyzer(Map<String, String> commitData, int documents, Path dir) throws IOException {
        String made = commitData.get(ANALYZER_KEY);
        if (documents > 0 && !ANALYZER.equals(made)) {
            throw new IOException("the index in " + dir + " was made by an older jixiao, which split words"
                    + " differently (" + (made == null ? "before " + ANALYZER : made) + "); ingest the files into a"
                    + " new --data folder");
        }
    }

    /** A fingerprint hash as its indexed term: the 8 bytes, big-endian. */
    public static org.apache.lucene.util.BytesRef fingerprintTerm(long hash) {
        byte[] b = new byte[Long.BYTES];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (hash >>> (56 - 8 * i));
        }
        return new org.apache.lucene.util.BytesRef(b);
    }

    /** A number as an indexed long (ten-thousandths), rounded down. */
    public static long scaled(BigDecimal v) {
        return v.movePointRight(SCALE).setScale(0, RoundingMode.FLOOR).longValueExact();
    }

    /** A lower bound as an indexed long: rounded up, so the range stays inclusive of exactly the values ≥ v. */
    public static long scaledCeiling(BigDecimal v) {
        return v.movePointRight(SCALE).setScale(0, RoundingMode.CEILING).longValueExact();
    }

    /**
     * The grade's facet and filter key: the short name of its level ({@code 优秀} → {@code 优}, {@code 良好} →
     * {@code 良}, {@code 一般} → {@code 中}), so reports that print one grade two ways count as one; a grade
     * outside the known levels is kept as printed. The stored record keeps the grade as the report prints it.
     */
    public static String gradeKey(String grade) {
        return grade == null ? null
                : GradeBands.Level.of(grade).map(l -> l.names().get(0)).orElse(grade.strip());
    }
}
