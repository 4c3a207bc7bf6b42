package org.jixiao.pipeline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jixiao.extractors.json.ReportJson;
import org.jixiao.extractors.model.Indicator;
import org.jixiao.index.ReportIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The server over HTTP: pages, the JSON API, downloads by id only, read-only, plain error pages. */
class WebServerTest {

    private static ReportIndex index;
    private static WebServer server;
    private static String base;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        index = TestIndexes.open();
        server = new WebServer(index, new TableFindingsExport());
        InetSocketAddress a = server.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        base = "http://127.0.0.1:" + a.getPort();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        index.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void theSearchApiAnswersWithHitsAndFacetsInJson() throws Exception {
        HttpResponse<String> r = get("/api/search?q=" + enc("满意度") + "&kind=indicator");
        assertEquals(200, r.statusCode());
        JsonNode n = ReportJson.parse(r.body());
        assertTrue(n.get("total").asLong() > 0);
        for (JsonNode h : n.get("hits")) {
            assertEquals("indicator", h.get("kind").asText());
        }
        assertTrue(n.get("facets").has("year"));
    }

    @Test
    void aReportIsServedInTheContractShapeWithExactDecimals() throws Exception {
        JsonNode hits = ReportJson.parse(get("/api/search?kind=report&size=50").body()).get("hits");
        String id = hits.get(0).get("reportId").asText();
        HttpResponse<String> r = get("/api/reports/" + id);
        assertEquals(200, r.statusCode());
        JsonNode report = ReportJson.parse(r.body());
        assertEquals("jixiao.report/1", report.get("schema").asText());
        assertEquals(id, report.get("id").asText());
        assertFalse(r.body().contains("E+"), "decimals are written plain");
    }

    @Test
    void theOriginalFileIsDownloadedByIdAndNeverByPath() throws Exception {
        JsonNode hit = ReportJson.parse(get("/api/search?kind=report&size=1").body()).get("hits").get(0);
        HttpResponse<byte[]> file = HTTP.send(HttpRequest.newBuilder(
                URI.create(base + "/report/" + hit.get("reportId").asText() + "/file")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, file.statusCode());
        assertEquals(java.nio.file.Files.size(java.nio.file.Path.of(hit.get("path").asText())), file.body().length);
        assertEquals(404, get("/report/" + enc("../../etc/passwd") + "/file").statusCode());
        assertEquals(404, get("/report/%2Fetc%2Fpasswd/file").statusCode());
    }

    @Test
    void onlyReadingIsAllowed() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, r.statusCode());
        assertTrue(r.body().contains("只读"));
    }

    @Test
    void mistakesGetAPlainPageWithOneSentence() throws Exception {
        HttpResponse<String> notFound = get("/report/0000");
        assertEquals(404, notFound.statusCode());
        assertTrue(notFound.body().contains("索引中没有这份报告"));
        HttpResponse<String> badYear = get("/?year_from=abc");
        assertEquals(400, badYear.statusCode());
        assertTrue(badYear.body().contains("应为整数"));
        assertFalse(badYear.body().contains("Exception"));
        HttpResponse<String> api = get("/api/timeline?department=" + enc("没有这个单位"));
        assertEquals(404, api.statusCode());
        assertTrue(ReportJson.parse(api.body()).get("error").asText().contains("没有这个单位"));
    }

    @Test
    void theFindingsDownloadIsTheExportsFindingsTable() throws Exception {
        HttpResponse<String> r = get("/findings/export?format=csv");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().startsWith("\uFEFFreport_id,"));
        long rows = records(r.body()) - 1;
        long total = ReportJson.parse(get("/api/findings").body()).get("total").asLong();
        assertEquals(total, rows);
        assertEquals(400, get("/findings/export?format=exe").statusCode());
        HttpResponse<byte[]> xlsx = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/findings/export?format=xlsx"))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, xlsx.statusCode());
        assertEquals('P', xlsx.body()[0], "an XLSX is a zip");
    }

    /** CSV records, not lines: a quoted cell may hold line breaks. */
    private static long records(String csv) {
        long n = 0;
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\n' && !quoted) {
                n++;
            }
        }
        return n;
    }

    @Test
    void reportTextIsEscapedEverywhere() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;", Html.esc("<script>alert(\"x\")</script>"));
        assertEquals("a &amp; b &#39;c&#39;", Html.esc("a & b 'c'"));
    }

    @Test
    void indicatorRowsSharingALevelAreOneMergedCell() {
        List<Indicator> rows = List.of(
                new Indicator("产出指标", "数量指标", "培训人次", "≥100人次", "120人次", null, BigDecimal.TEN, BigDecimal.TEN, null, null),
                new Indicator("产出指标", "数量指标", "宣传次数", "≥5次", "5次", null, BigDecimal.TEN, BigDecimal.TEN, null, null),
                new Indicator("产出指标", "质量指标", "合格率", "100%", "98%", null, BigDecimal.TEN, new BigDecimal("9.8"), null, null),
                new Indicator("效益指标", "社会效益指标", "<b>满意度</b>", "≥90%", "95%", null, BigDecimal.TEN, BigDecimal.TEN, null, null));
        String html = ReportPage.indicatorTable(rows);
        assertTrue(html.contains("<td rowspan=\"3\">产出指标</td>"), html);
        assertTrue(html.contains("<td rowspan=\"2\">数量指标</td>"), html);
        assertTrue(html.contains("<td rowspan=\"1\">质量指标</td>"), html);
        assertTrue(html.contains("&lt;b&gt;满意度&lt;/b&gt;"), html);
        assertTrue(html.contains("<td>9.8</td>"), "numbers as printed: " + html);
    }
}
