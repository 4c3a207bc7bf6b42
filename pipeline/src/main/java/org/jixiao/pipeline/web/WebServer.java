package org.jixiao.pipeline.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jixiao.corpus.load.ErrorReason;
import org.jixiao.index.ReportIndex;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The auditors' web page: search, report, department and findings pages and the JSON API behind them, served by the
 * JDK's own HTTP server over a read-only {@link ReportIndex} — nothing else to install.
 *
 * <p>Read-only by construction: only GET and HEAD are answered. Files are downloaded only by report id, through
 * {@link ReportIndex#sourceFile}, so no request can name a path. Errors are a plain page (or JSON for the API) with
 * one sentence; nothing from a stack trace reaches the browser.
 */
public final class WebServer implements AutoCloseable {

    private final ReportIndex index;
    private final SearchPage searchPage;
    private final FindingsPage findingsPage;
    private final ReportPage reportPage;
    private final DepartmentsPage departmentsPage;
    private final DepartmentPage departmentPage;
    private final JsonApi api;
    private final FindingsExport export;
    private HttpServer server;
    private ExecutorService pool;

    public WebServer(ReportIndex index, FindingsExport export) {
        this.index = index;
        this.export = export;
        this.searchPage = new SearchPage(index);
        this.findingsPage = new FindingsPage(index);
        this.reportPage = new ReportPage(index);
        this.departmentsPage = new DepartmentsPage(index);
        this.departmentPage = new DepartmentPage(index);
        this.api = new JsonApi(index);
    }

    /** Starts listening; returns the bound address (port 0 picks a free port). */
    public InetSocketAddress start(InetSocketAddress address) throws IOException {
        server = HttpServer.create(address, 64);
        pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "jixiao-web");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
        return server.getAddress();
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
            pool.shutdownNow();
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            String path = ex.getRequestURI().getRawPath();
            boolean isApi = path.startsWith("/api/");
            try {
                if (!method.equals("GET") && !method.equals("HEAD")) {
                    ex.getResponseHeaders().set("Allow", "GET, HEAD");
                    throw new BadRequest(405, "此页面只读，只接受 GET 请求。");
                }
                Params params = Params.parse(ex.getRequestURI().getRawQuery());
                route(ex, path, params, isApi);
            } catch (BadRequest e) {
                error(ex, e.status, e.getMessage(), isApi);
            } catch (IOException | RuntimeException e) {
                error(ex, 500, "服务器读取索引时出错：" + ErrorReason.of(e), isApi);
            }
        }
    }

    private void route(HttpExchange ex, String path, Params p, boolean isApi) throws IOException {
        String[] parts = path.split("/");
        if (isApi) {
            JsonNode body = switch (path) {
                case "/api/search" -> api.search(p);
                case "/api/findings" -> api.findings(p);
                case "/api/departments" -> api.departments();
                case "/api/timeline" -> api.timeline(p.get("department"));
                default -> {
                    if (parts.length == 4 && parts[2].equals("reports")) {
                        yield api.report(decodePart(parts[3]));
                    }
                    throw BadRequest.notFound("没有这个接口：" + path);
                }
            };
            send(ex, 200, "application/json; charset=utf-8", JsonApi.write(body));
            return;
        }
        switch (path) {
            case "/", "/search" -> html(ex, searchPage.render(p));
            case "/findings" -> html(ex, findingsPage.render(p));
            case "/findings/export" -> download(ex, p);
            case "/departments" -> html(ex, departmentsPage.render());
            case "/department" -> html(ex, departmentPage.render(p.get("name")));
            default -> {
                if (parts.length == 3 && parts[1].equals("report")) {
                    html(ex, reportPage.render(decodePart(parts[2])));
                } else if (parts.length == 4 && parts[1].equals("report") && parts[3].equals("file")) {
                    file(ex, decodePart(parts[2]));
                } else {
                    throw BadRequest.notFound("没有这个页面：" + path);
                }
            }
        }
    }

    private static String decodePart(String s) {
        return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private void download(HttpExchange ex, Params p) throws IOException {
        String format = p.get("format") == null ? "csv" : p.get("format");
        if (!export.formats().contains(format)) {
            throw BadRequest.badRequest("不支持的导出格式“" + format + "”（可选：" + String.join("、", export.formats()) + "）。");
        }
        var query = p.query(org.jixiao.index.EntryKind.FINDING);
        ex.getResponseHeaders().set("Content-Type", export.contentType(format));
        ex.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"findings." + format + "\"");
        ex.sendResponseHeaders(200, 0);
        if (!ex.getRequestMethod().equals("HEAD")) {
            try (OutputStream out = ex.getResponseBody()) {
                export.write(format, query, index, out);
            }
        }
    }

    private void file(HttpExchange ex, String id) throws IOException {
        Path f = index.sourceFile(id).orElseThrow(() -> BadRequest.notFound("索引中没有这份报告的原始文件。"));
        String name = f.getFileName().toString();
        ex.getResponseHeaders().set("Content-Type", "application/octet-stream");
        ex.getResponseHeaders().set("Content-Disposition",
                "attachment; filename*=UTF-8''" + Html.url(name).replace("+", "%20"));
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.sendResponseHeaders(200, Files.size(f));
        if (!ex.getRequestMethod().equals("HEAD")) {
            try (InputStream in = Files.newInputStream(f); OutputStream out = ex.getResponseBody()) {
                in.transferTo(out);
            }
        }
    }

    private static void html(HttpExchange ex, String page) throws IOException {
        send(ex, 200, "text/html; charset=utf-8", page);
    }

    private static void error(HttpExchange ex, int status, String message, boolean json) throws IOException {
        if (json) {
            ObjectMapper m = JsonApi.MAPPER;
            send(ex, status, "application/json; charset=utf-8",
                    JsonApi.write(m.createObjectNode().put("status", status).put("error", message)));
        } else {
            String title = switch (status) {
                case 404 -> "找不到";
                case 400 -> "请求有误";
                case 405 -> "不允许的操作";
                default -> "出错了";
            };
            send(ex, status, "text/html; charset=utf-8", Html.page(title,
                    "<h1>" + Html.esc(title) + "</h1><p class=\"error\">" + Html.esc(message)
                            + "</p><p><a href=\"/\">返回检索</a></p>"));
        }
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.getResponseHeaders().set("Content-Security-Policy", "default-src 'self'; style-src 'unsafe-inline'");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
