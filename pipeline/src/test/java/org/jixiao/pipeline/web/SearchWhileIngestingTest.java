package org.jixiao.pipeline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.corpus.DocumentReader;
import org.jixiao.corpus.ReadResult;
import org.jixiao.extractors.ReportExtractor;
import org.jixiao.extractors.json.ReportJson;
import org.jixiao.extractors.model.Report;
import org.jixiao.index.ReportIndex;
import org.jixiao.index.write.CrossReportChecks;
import org.jixiao.index.write.IndexUpdater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} answers while an ingest writes to the same index, and shows a report once the ingest has committed
 * it — without a restart. The writer stays open throughout, holding the index's write lock, as an ingest does.
 */
class SearchWhileIngestingTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    private Report report(String name, String department, String word) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, department + "2023年度部门整体支出绩效自评报告\n一、基本情况\n本单位" + word
                + "，全年预算数123.45万元，执行数120.00万元，执行率97.21%。\n二、自评结论\n本单位自评得分为92分，评价等级为优。\n",
                StandardCharsets.UTF_8);
        var loaded = assertInstanceOf(ReadResult.Loaded.class, new DocumentReader().read(f));
        return new ReportExtractor().extract(loaded.document());
    }

    private static JsonNode search(String base, String q) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/search?kind=report&q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return ReportJson.parse(r.body());
    }

    @Test
    void aReportCommittedAfterTheServerStartedIsFound() throws Exception {
        Path index = dir.resolve("index");
        try (IndexUpdater ingest = IndexUpdater.open(index, CrossReportChecks.standard(), 1000)) {
            ingest.add(report("a.txt", "某某县农业农村局", "开展高标准农田建设"));
            ingest.commit();
            try (ReportIndex read = ReportIndex.open(index);
                 WebServer server = new WebServer(read, new TableFindingsExport())) {
                InetSocketAddress a = server.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
                String base = "http://127.0.0.1:" + a.getPort();
                assertEquals(1, search(base, "高标准农田").get("total").asInt());
                assertEquals(0, search(base, "乡村道路养护").get("total").asInt());

                ingest.add(report("b.txt", "某某县交通运输局", "完成乡村道路养护"));
                assertEquals(0, search(base, "乡村道路养护").get("total").asInt(), "not before the commit");

                ingest.commit();
                JsonNode found = search(base, "乡村道路养护");
                assertEquals(1, found.get("total").asInt(), "after the commit, without a restart");
                assertEquals("某某县交通运输局", found.get("hits").get(0).get("department").asText());
                assertEquals(1, search(base, "高标准农田").get("total").asInt(), "the earlier report is still there");
            }
        }
    }
}
