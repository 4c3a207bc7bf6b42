package org.jixiao.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.jixiao.extractors.json.ReportJson;
import org.jixiao.extractors.json.ReportRecord;
import org.jixiao.extractors.model.Finding;
import org.jixiao.index.boilerplate.BoilerplateDetector;
import org.jixiao.index.boilerplate.Fingerprint;
import org.jixiao.index.boilerplate.OtherReport;
import org.jixiao.index.identity.DepartmentIdentity;
import org.jixiao.index.write.CrossReportChecks;

import scala.Tuple2;

/**
 * The cross-report checks as Spark operations, around the index module's rules ({@link CrossReportChecks#standard()})
 * so that both paths give the same findings:
 * <ul>
 *   <li><b>department keys</b>: {@link DepartmentIdentity}, and a report naming no place adopts the one placed key of
 *       its name among the reports before it, as {@code IndexUpdater.adoptPlace} does while ingesting in order;</li>
 *   <li><b>cross-year</b>: each department's year joined with the previous one — as the index pass pairs neighbours
 *       of the list sorted by year then id, the first report (by id) of a year meets the last of the year before;</li>
 *   <li><b>boilerplate</b>: fingerprints exploded to (hash, report), grouped by hash with a bounded holder list, kept
 *       where rare (at most the detector's template limit), then regrouped per report and handed to
 *       {@link BoilerplateDetector#find} with those holders, in ingest order.</li>
 * </ul>
 * The result: per report id, its derived findings as the contract's JSON, cross-year first.
 */
final class CrossReport {

    /** The index's rules; a static field, so each executor JVM builds its own instead of receiving it. */
    private static final CrossReportChecks CHECKS = CrossReportChecks.standard();

    private CrossReport() {
    }

    /** Department keys for the readable reports, one per report id (the first file of duplicates). */
    static JavaRDD<Dept> departments(JavaSparkContext sc, JavaRDD<Extracted> readable) {
        JavaRDD<Extracted> unique = readable.keyBy(e -> e.record().id())
                .reduceByKey((a, b) -> a.ordinal() <= b.ordinal() ? a : b).values();
        JavaRDD<Tuple2<Extracted, DepartmentIdentity>> ids = unique.map(e -> {
            ReportRecord r = e.record();
            return new Tuple2<>(e, DepartmentIdentity.of(r.department(), r.aliases(), r.region()));
        });
        // the placed keys of each core and where each first appears: a small table, one row per department
        Map<String, Map<String, Long>> placed = new HashMap<>();
        for (Tuple2<Tuple2<String, String>, Long> t : ids.filter(t -> t._2().place() != null)
                .mapToPair(t -> new Tuple2<>(new Tuple2<>(t._2().core(), t._2().key()), t._1().ordinal()))
                .reduceByKey(Math::min).collect()) {
            placed.computeIfAbsent(t._1()._1(), c -> new HashMap<>()).put(t._1()._2(), t._2());
        }
        Broadcast<Map<String, Map<String, Long>>> byCore = sc.broadcast(placed);
        return ids.map(t -> {
            Extracted e = t._1();
            DepartmentIdentity id = t._2();
            String key = id.key();
            if (id.place() == null) {
                List<String> before = new ArrayList<>();
                byCore.value().getOrDefault(id.core(), Map.of()).forEach((k, first) -> {
                    if (first < e.ordinal()) {
                        before.add(k);
                    }
                });
                if (before.size() == 1) {
                    key = before.get(0);
                }
            }
            return new Dept(e.ordinal(), e.record().id(), key, e.record().year(), e.json(), e.text());
        });
    }

    /** Cross-year findings per report id. */
    static JavaPairRDD<String, List<String>> crossYear(JavaRDD<Dept> depts) {
        // per department and year: the first and the last report by id
        JavaPairRDD<Tuple2<String, Integer>, Tuple2<Dept, Dept>> ends = depts.filter(d -> d.year() != null)
                .mapToPair(d -> new Tuple2<>(new Tuple2<>(d.key(), d.year()), new Tuple2<>(d, d)))
                .reduceByKey((a, b) -> new Tuple2<>(a._1().id().compareTo(b._1().id()) <= 0 ? a._1() : b._1(),
                        a._2().id().compareTo(b._2().id()) >= 0 ? a._2() : b._2()));
        JavaPairRDD<Tuple2<String, Integer>, Dept> current = ends.mapValues(Tuple2::_1);
        JavaPairRDD<Tuple2<String, Integer>, Dept> previous = ends.mapToPair(t ->
                new Tuple2<>(new Tuple2<>(t._1()._1(), t._1()._2() + 1), t._2()._2()));
        return current.join(previous).mapToPair(t -> {
            Dept cur = t._2()._1();
            List<Finding> found = CHECKS.crossYear().apply(t._2()._2().record(), cur.record());
            return new Tuple2<>(cur.id(), json(found));
        }).filter(t -> !t._2().isEmpty());
    }

    /** Boilerplate findings per report id; {@code loaded} is how many files were read (the index's report count). */
    static JavaPairRDD<String, List<String>> boilerplate(JavaSparkContext sc, JavaRDD<Dept> depts, long loaded) {
        int reports = (int) Math.min(Integer.MAX_VALUE, loaded);
        int limit = templateLimit(reports);
        // per hash its holders' ordinals, as primitive arrays (cheap to shuffle and to size up), cut off as soon as
        // they pass the limit: template text costs no memory
        JavaPairRDD<Long, long[]> rare = depts.flatMapToPair(d -> {
            Set<Long> hashes = new LinkedHashSet<>();
            for (Fingerprint f : CHECKS.fingerprinter().apply(d.text())) {
                hashes.add(f.hash());
            }
            List<Tuple2<Long, long[]>> out = new ArrayList<>(hashes.size());
            hashes.forEach(h -> out.add(new Tuple2<>(h, new long[] {d.ordinal()})));
            return out.iterator();
        }).reduceByKey((a, b) -> holders(a, b, limit)).filter(t -> t._2().length > 0).mapValues(a -> {
            long[] sorted = a.clone();
            java.util.Arrays.sort(sorted);
            return sorted;
        });
        // each holder of a rare hash needs that hash's holders
        JavaPairRDD<Long, Iterable<Tuple2<Long, long[]>>> perReport = rare.flatMapToPair(t -> {
            List<Tuple2<Long, Tuple2<Long, long[]>>> out = new ArrayList<>(t._2().length);
            for (long o : t._2()) {
                out.add(new Tuple2<>(o, t));
            }
            return out.iterator();
        }).groupByKey();
        Map<Long, Dept.Holder> holders = new HashMap<>(depts.mapToPair(d -> new Tuple2<>(d.ordinal(), d.asHolder()))
                .collectAsMap());
        Broadcast<Map<Long, Dept.Holder>> others = sc.broadcast(holders);
        return depts.keyBy(Dept::ordinal).join(perReport).mapToPair(t -> {
            Dept d = t._2()._1();
            Map<Long, long[]> byHash = new HashMap<>();
            t._2()._2().forEach(h -> byHash.put(h._1(), h._2()));
            List<Fingerprint> fps = CHECKS.fingerprinter().apply(d.text());
            List<Finding> found = CHECKS.boilerplate().find(d.self(), d.text(), fps, hash -> {
                long[] ords = byHash.get(hash);
                if (ords == null) {
                    return List.of(); // a template hash (or none): ignored, as the detector ignores it
                }
                List<OtherReport> out = new ArrayList<>(ords.length);
                for (long o : ords) {
                    out.add(others.value().get(o).other());
                }
                return out;
            }, reports);
            return new Tuple2<>(d.id(), json(found));
        }).filter(t -> !t._2().isEmpty());
    }

    /**
     * The holder count above which shared text is template: the detector's own rule, from its constants, so that a
     * change of them carries over (the detector applies it again to the lists it is given).
     */
    static int templateLimit(int reports) {
        return Math.max(BoilerplateDetector.MIN_TEMPLATE_HOLDERS,
                (int) Math.ceil(BoilerplateDetector.TEMPLATE_SHARE * reports));
    }

    private static List<String> json(List<Finding> findings) {
        List<String> out = new ArrayList<>(findings.size());
        findings.forEach(f -> out.add(ReportJson.finding(f).toString()));
        return out;
    }

    /**
     * Two holder lists of one hash joined, or the empty array ("common": template text) once they pass
     * {@code limit}. A report gives each of its hashes once and reports are unique, so no ordinal repeats.
     */
    static long[] holders(long[] a, long[] b, int limit) {
        if (a.length == 0 || b.length == 0 || a.length + b.length > limit) {
            return new long[0];
        }
        long[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
