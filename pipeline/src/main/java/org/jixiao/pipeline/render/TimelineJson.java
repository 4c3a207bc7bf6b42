package org.jixiao.pipeline.render;

import org.jixiao.extractors.json.ReportJson;
import org.jixiao.index.Timeline;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A department's timeline as JSON (for {@code timeline --json} and the web API): amounts as the contract writes them. */
public final class TimelineJson {

    private TimelineJson() {
    }

    public static ObjectNode toTree(Timeline t) {
        ObjectNode o = ReportJson.mapper().createObjectNode();
        o.put("key", t.key());
        o.put("name", t.name());
        ArrayNode aliases = o.putArray("aliases");
        t.aliases().forEach(aliases::add);
        ArrayNode years = o.putArray("years");
        for (Timeline.Year y : t.years()) {
            ObjectNode n = years.addObject();
            n.put("year", y.year());
            n.put("reportId", y.reportId());
            n.put("title", y.title());
            n.put("path", y.path());
            if (!y.otherPaths().isEmpty()) {
                ArrayNode others = n.putArray("otherPaths"); // the same report's other files
                y.otherPaths().forEach(others::add);
            }
            n.set("budget", ReportJson.amount(y.budget()));
            n.set("executed", ReportJson.amount(y.executed()));
            n.set("rate", ReportJson.rate(y.rate()));
            n.put("score", y.score());
            n.put("grade", y.grade());
            ArrayNode findings = n.putArray("findings");
            y.findings().forEach(f -> findings.add(ReportJson.finding(f)));
        }
        return o;
    }
}
