package org.jixiao.pipeline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.jixiao.index.ReportIndex;
import org.jixiao.testsupport.RequiresChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The pages in a real headless Chromium, as an auditor uses them: search with a filter, open a report, read a
 * finding's evidence, follow a department across years; and a report carrying {@code <script>} shows it as text.
 * Screenshots of each page go to {@code target/screenshots/}.
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver} ({@code .ci/run} installs them). Without them the
 * tests are skipped on a developer's machine, but fail under CI (environment variable {@code CI} set).
 */
@RequiresChromium
class WebEndToEndTest {

    private static final Path CHROMIUM = RequiresChromium.CHROMIUM;
    private static final Path CHROMEDRIVER = RequiresChromium.CHROMEDRIVER;
    private static final Path SHOTS = Path.of("target/screenshots");

    private static ReportIndex index;
    private static WebServer server;
    private static WebDriver browser;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        index = TestIndexes.open();
        server = new WebServer(index, new TableFindingsExport());
        InetSocketAddress a = server.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        base = "http://127.0.0.1:" + a.getPort();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1600", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
            index.close();
        }
    }

    /** Clicks something that loads another page and waits until that page has loaded. */
    private static void follow(WebElement link) {
        String before = browser.getCurrentUrl();
        link.click();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (!browser.getCurrentUrl().equals(before) && "complete".equals(
                    ((JavascriptExecutor) browser).executeScript("return document.readyState"))) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("the page did not change after the click: " + before);
    }

    private static void shot(String name) throws IOException {
        Path png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void searchWithAFilterThenOpenAReport() throws IOException {
        browser.get(base + "/");
        browser.findElement(By.id("q")).sendKeys("满意度");
        browser.findElement(By.cssSelector("#kind option[value=indicator]")).click();
        follow(browser.findElement(By.id("search-button")));
        assertTrue(browser.getCurrentUrl().contains("kind=indicator"), "the URL holds the query");
        List<WebElement> hits = browser.findElements(By.cssSelector("#hits .hit"));
        assertFalse(hits.isEmpty());
        for (WebElement h : hits) {
            assertTrue(h.getText().startsWith("[指标]"), h.getText());
        }
        assertFalse(browser.findElements(By.cssSelector("#hits mark")).isEmpty(), "query terms highlighted");
        assertFalse(browser.findElements(By.cssSelector("#facets .facet[data-dim=year]")).isEmpty());
        shot("search");

        follow(hits.getFirst().findElement(By.className("hit-link")));
        assertFalse(browser.findElement(By.id("title")).getText().isBlank());
        assertFalse(browser.findElements(By.cssSelector("table.indicators")).isEmpty(), "indicator tables drawn");
        shot("report");
    }

    @Test
    void aFindingShowsItsEvidenceInContext() throws IOException {
        browser.get(base + "/findings?severity=error");
        List<WebElement> rows = browser.findElements(By.cssSelector("#finding-table tr.error"));
        assertFalse(rows.isEmpty(), "the bundled corpus has planted errors");
        shot("findings");
        String message = rows.getFirst().findElement(By.tagName("a")).getText();
        follow(rows.getFirst().findElement(By.tagName("a")));
        WebElement finding = browser.findElements(By.cssSelector("#findings .finding.error")).stream()
                .filter(f -> f.findElement(By.className("message")).getText().equals(message)).findFirst().orElseThrow();
        List<WebElement> evidence = finding.findElements(By.cssSelector(".evidence mark"));
        assertFalse(evidence.isEmpty());
        assertFalse(evidence.getFirst().getText().isBlank(), "the snippet is highlighted");
        assertTrue(finding.findElement(By.className("evidence")).getText().contains("字符"), "with its location");
        shot("report-finding");
    }

    @Test
    void aDepartmentIsFollowedAcrossYears() throws IOException {
        // the department of the bundled report with the planted cross-year mismatch (other departments in two
        // years need not have a finding linking their years)
        String truth = Files.readString(org.jixiao.testsupport.TestPaths.bundledCorpus()
                .resolve("0006-committee-2024.truth.json"));
        assertTrue(truth.contains("\"cross-year\""), "the bundled report with the planted cross-year mismatch");
        java.util.regex.Matcher dept = java.util.regex.Pattern.compile("\"department\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(truth);
        assertTrue(dept.find());
        browser.get(base + "/departments");
        WebElement twoYears = browser.findElements(By.cssSelector("table tr")).stream()
                .filter(r -> r.findElements(By.tagName("td")).size() == 3
                        && Integer.parseInt(r.findElements(By.tagName("td")).get(2).getText()) >= 2
                        && r.getText().contains(dept.group(1)))
                .findFirst().orElseThrow();
        follow(twoYears.findElement(By.tagName("a")));
        assertTrue(browser.findElement(By.id("timeline-chart")).isDisplayed());
        assertTrue(browser.findElements(By.cssSelector("#timeline tr")).size() >= 3, "a header and two years");
        assertFalse(browser.findElements(By.cssSelector("#timeline-chart rect.budget")).isEmpty());
        List<WebElement> related = browser.findElements(By.className("related-link"));
        assertFalse(related.isEmpty(), "the planted cross-year finding links the other year's report");
        shot("department");
        follow(related.getFirst());
        assertFalse(browser.findElement(By.id("title")).getText().isBlank());
    }

    @Test
    void scriptInAReportIsShownAsText() throws IOException {
        browser.get(base + "/?q=" + java.net.URLEncoder.encode(TestIndexes.HOSTILE_WORD, java.nio.charset.StandardCharsets.UTF_8)
                + "&kind=report");
        WebElement hit = browser.findElement(By.cssSelector("#hits .hit"));
        assertTrue(hit.getText().contains("<script>"), hit.getText());
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript("return window.pwned === undefined"));
        shot("hostile-search");
        follow(hit.findElement(By.className("hit-link")));
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript("return window.pwned === undefined"));
        assertTrue(browser.getPageSource().contains("&lt;script&gt;") || !browser.getPageSource().contains("<script>window"));
    }
}
