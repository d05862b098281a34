package org.hessianworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.hessianworkbench.report.Json;
import org.hessianworkbench.report.html.HtmlPage;
import org.hessianworkbench.testkit.TestData;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The HTML pages as a person sees them: each page is opened from {@code file://} in headless Chromium
 * (Debian's {@code chromium} and {@code chromium-driver}, driven by Selenium) and must load with no
 * console error, make no network request, render every {@code <math>} element with a box (every
 * fraction stacked, a matrix's parentheses as tall as the matrix), show every picture, and leaves a full-page screenshot under
 * {@code target/screenshots/} with its size and render time beside it ({@link #checkPage}).
 *
 * <p>Without a browser (no {@code /usr/bin/chromium} or {@code /usr/bin/chromedriver}) every test here is
 * skipped by an assumption that says so; {@code .ci/run} installs both when it runs as root. Selenium is
 * handed the driver and the browser, so Selenium Manager never runs and nothing is downloaded. One browser
 * serves the whole class.
 */
class HtmlPagesBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Path PAGES_DIR = Path.of("target", "pages");

    /**
     * The workbench's pages, each a name (its screenshot's file name) and the command that makes it, run
     * in-process. The page is the command's standard output, or the file {@value #OUT} stands for.
     * <b>Add each command's page here, one line per page.</b> The lines below were run against the
     * commands' pages; the demo's page is checked by {@code DemoCommandTest}, which makes it once for both
     * of its tests.
     */
    static List<Page> commandPages() {
        List<Page> pages = new ArrayList<>();
        pages.add(Page.command("derive-logistic", "derive", "logistic", "--format", "html"));
        pages.add(Page.command("exercise-show", "exercise", "show", "logistic-hessian", "--format", "html"));
        pages.add(Page.command("fit", "fit", "--data", data("spector.csv"), "--model", "logistic", "--formula", "GRADE ~ GPA + TUCE + PSI", "--format", "html"));
        pages.add(Page.command("check", "check", "--data", data("logistic_seed42.csv"), "--model", "logistic", "--formula", "y ~ x1 + x2 - 1", "--format", "html"));
        pages.add(Page.command("verify", "verify", "--models", "logistic", "--tries", "10", "--seed", "3", "--format", "html"));
        pages.add(Page.command("compare-optimizers", "compare-optimizers", "--data", data("newton_bfgs_200.csv"), "--model", "logistic", "--formula", "Y ~ X1 + X2 + X3 + X4 + X5 - 1", "--start", "ones", "--format", "html"));
        pages.add(Page.command("exercise-check-wrong", 1, "exercise", "check", "logistic-hessian", "--solution",
                ExerciseCli.resource("logistic-hessian", "SignError").toString(), "--tries", "20", "--seed", "7",
                "--format", "html"));
        pages.add(Page.command("exercise-grade", "exercise", "grade", "logistic-gradient", "--submissions", OUT_DIR, "--out", OUT, "--seed", "7"));
        // the demo's page is checked by DemoCommandTest, which makes it once for both its tests (about 6 s)
        return pages;
    }

    /** The path of a test data set, for a command's {@code --data}. */
    static String data(String name) {
        return TestData.file(name).toString();
    }

    /** In a command's arguments: a file in a fresh directory, where the page is to be written. */
    static final String OUT = "{out}";
    /** In a command's arguments: a fresh directory (e.g. for the demo's plot files). */
    static final String OUT_DIR = "{out-dir}";

    @TempDir
    static Path tmp;

    private static ChromeDriver driver;

    /** A page to open: its name and how to make its HTML. */
    record Page(String name, Supplier<String> html) {

        static Page command(String name, String... args) {
            return command(name, 0, args);
        }

        /** A page of a command that exits with {@code exitCode} (1: a verdict failed, with its page). */
        static Page command(String name, int exitCode, String... args) {
            return new Page(name, () -> {
                Path dir = tmp.resolve("cmd-" + name);
                Path out = dir.resolve(name + ".html");
                String[] resolved = Stream.of(args)
                        .map(a -> a.equals(OUT) ? out.toString() : a.equals(OUT_DIR) ? dir.resolve("files").toString() : a)
                        .toArray(String[]::new);
                try {
                    Files.createDirectories(dir.resolve("files"));
                    Cli r = Cli.run(resolved);
                    assertEquals(exitCode, r.code(), () -> String.join(" ", args) + ": " + r.err());
                    return List.of(args).contains(OUT) ? Files.readString(out) : r.out();
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            });
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** What the browser saw of one page. */
    record Seen(List<String> consoleErrors, List<String> requests, List<String> resources, int maths,
                List<String> emptyMaths, List<String> flatFractions, List<String> shortFences, int images,
                List<String> brokenImages,
                double renderMillis) {
    }

    /** Whether {@link #browser()} has tried to start the browser in this JVM. */
    private static boolean tried;

    /**
     * The one browser of this test JVM, started on first use (here, or by another class that checks a
     * page through {@link #checkPage}, such as the demo's test, which makes its page only once) and quit
     * when the JVM ends; null when there is no browser.
     */
    static synchronized ChromeDriver browser() {
        if (tried) {
            return driver;
        }
        tried = true;
        if (!(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))) {
            return null;
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogOutput(java.io.OutputStream.nullOutputStream())
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        Path profile;
        try {
            profile = Files.createTempDirectory("workbench-chromium-profile");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1280,900", "--hide-scrollbars",
                // Chromium's own traffic off, so any request seen is the page's (NOTES.md)
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", "--disable-default-apps", "--disable-features=OptimizationHints,MediaRouter");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        ChromeDriver started = driver;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            started.quit();
            deleteTree(profile);
        }, "quit-chromium"));
        return driver;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | java.io.UncheckedIOException e) {
            // a temporary profile left behind is harmless
        }
    }

    @BeforeAll
    static void startBrowser() {
        browser();
    }

    /** Each test is skipped, saying why, when there is no browser (an assumption per test shows in the report). */
    @BeforeEach
    void needsTheBrowser() {
        assumeBrowser();
    }

    private static void assumeBrowser() {
        Assumptions.assumeTrue(browser() != null, () -> "no browser to test the HTML pages in: " + CHROMIUM + " or "
                + CHROMEDRIVER + " is missing (Debian: apt-get install chromium chromium-driver; .ci/run does so as root)");
    }

    /** The pages to check: the built sample (the harness's own page) and every command's page. */
    static Stream<Page> pages() {
        return Stream.concat(Stream.of(new Page("sample", HtmlPagesBrowserTest::samplePage)),
                commandPages().stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pageLoadsOfflineAndRendersItsMathematicsAndPictures(Page page) throws IOException {
        checkPage(page.name(), page.html().get());
    }

    /**
     * Opens {@code html} in the browser and checks it as a person sees it: no console error, no request,
     * every formula boxed and stacked, every matrix's fences stretched, every picture sized; saves its
     * screenshot and its size and render time ({@code target/screenshots/NAME.png} and {@code NAME.txt}).
     * Skipped, saying why, when there is no browser.
     */
    static void checkPage(String name, String html) throws IOException {
        assumeBrowser();
        Path file = save(name, html);
        Seen seen = open(file);
        Path shot = screenshot(name);
        Files.writeString(SCREENSHOTS.resolve(name + ".txt"), String.format(java.util.Locale.ROOT,
                "%s: %d bytes, rendered in %.0f ms (navigation start to load event end)%n", name,
                html.getBytes(StandardCharsets.UTF_8).length, seen.renderMillis()), StandardCharsets.UTF_8);
        assertAll(name,
                () -> assertEquals(List.of(), seen.consoleErrors(), "console errors"),
                () -> assertEquals(List.of(), seen.requests(), "network requests made by the page"),
                () -> assertEquals(List.of(), seen.resources(), "resources loaded other than data: URIs"),
                () -> assertEquals(List.of(), seen.emptyMaths(), "<math> elements with an empty box"),
                () -> assertEquals(List.of(), seen.flatFractions(), "<mfrac> not stacked (MathML not rendered)"),
                () -> assertEquals(List.of(), seen.shortFences(), "a matrix's parentheses do not stretch to its height"
                        + " (no OpenType MATH font: Debian's fonts-dejavu-extra has DejaVu Math TeX Gyre)"),
                () -> assertEquals(List.of(), seen.brokenImages(), "pictures with no natural size"),
                () -> {
                    BufferedImage image = ImageIO.read(shot.toFile());
                    assertTrue(image.getWidth() > 0 && image.getHeight() > 0, "screenshot " + shot);
                });
    }

    @Test
    void theSamplePageGivesEveryCheckSomethingToCheck() throws IOException {
        Seen seen = open(save("sample-counted", samplePage()));
        assertEquals(3, seen.maths(), "two block formulas and an inline one");
        assertEquals(1, seen.images(), "the plot");
    }

    @Test
    void anExternalPictureIsARequest() throws IOException {
        HtmlPage page = HtmlPage.titled("External picture", "test");
        page.section("Picture").appendElement("img").attr("src", "http://example.invalid/x.png").attr("alt", "x");
        Seen seen = open(save("bad-external-img", page.render()));
        assertTrue(seen.requests().contains("http://example.invalid/x.png"), () -> "requests: " + seen.requests());
        assertEquals(List.of("img 1"), seen.brokenImages());
    }

    @Test
    void aScriptFetchIsARequest() throws IOException {
        HtmlPage page = HtmlPage.titled("Fetching script", "test");
        page.section("Script").appendElement("script")
                .appendChild(new DataNode("fetch('https://example.invalid/data.json').catch(function () {});"));
        Seen seen = open(save("bad-fetch", page.render()));
        assertTrue(seen.requests().contains("https://example.invalid/data.json"), () -> "requests: " + seen.requests());
    }

    @Test
    void aBrokenScriptIsAConsoleError() throws IOException {
        HtmlPage page = HtmlPage.titled("Broken script", "test");
        page.section("Script").appendElement("script").appendChild(new DataNode("notDefinedAnywhere(1);"));
        Seen seen = open(save("bad-script", page.render()));
        assertEquals(1, seen.consoleErrors().size(), () -> "console: " + seen.consoleErrors());
        assertTrue(seen.consoleErrors().get(0).contains("notDefinedAnywhere"), seen.consoleErrors()::toString);
    }

    @Test
    void hiddenMathematicsHasNoBox() throws IOException {
        HtmlPage page = HtmlPage.titled("Hidden formula", "test");
        Element section = page.section("Formula");
        HtmlPage.math(section, true).attr("style", "display: none").appendElement("mi").text("x");
        HtmlPage.math(section, true).appendElement("mi").text("y");
        Seen seen = open(save("bad-math", page.render()));
        assertEquals(List.of("math 1"), seen.emptyMaths());
    }

    @Test
    void aMatrixSetInAFontWithoutMathTablesHasShortParentheses() throws IOException {
        HtmlPage page = HtmlPage.titled("Matrix in a text font", "test");
        Element row = HtmlPage.math(page.section("Matrix"), true).attr("style", "font-family: serif").appendElement("mrow");
        row.appendElement("mo").text("(");
        Element table = row.appendElement("mtable");
        for (int i = 0; i < 3; i++) {
            table.appendElement("mtr").appendElement("mtd").appendElement("mn").text(String.valueOf(i));
        }
        row.appendElement("mo").text(")");
        Seen seen = open(save("bad-fences", page.render()));
        assertEquals(List.of("mtable 1 (", "mtable 1 )"), seen.shortFences());
    }

    /**
     * A page with what the workbench's pages hold: block MathML (a fraction, a matrix in an
     * {@code <mtable>}), inline MathML, a sortable table (and so the page's script) and a PNG plot as a
     * {@code data:} URI.
     */
    static String samplePage() {
        HtmlPage page = HtmlPage.titled("Logistic regression: the Hessian", "workbench (browser test's sample page)");
        Element maths = page.section("Mathematics");
        HtmlPage.paragraph(maths, "The derivative of the loss and its Hessian:");
        Element d = HtmlPage.math(maths, true).appendElement("mrow");
        Element frac = d.appendElement("mfrac");
        frac.appendElement("mrow").appendElement("mo").text("∂").parent().appendElement("mi").text("ℓ");
        frac.appendElement("mrow").appendElement("mo").text("∂").parent().appendElement("msub")
                .appendElement("mi").text("β").parent().appendElement("mi").text("j");
        d.appendElement("mo").text("=");
        d.appendElement("munderover").appendElement("mo").text("∑").parent()
                .appendElement("mrow").appendElement("mi").text("i").parent().appendElement("mo").text("=")
                .parent().appendElement("mn").text("1").parent().parent().appendElement("mi").text("n");
        d.appendElement("mo").text("(");
        d.appendElement("msub").appendElement("mi").text("p").parent().appendElement("mi").text("i");
        d.appendElement("mo").text("−");
        d.appendElement("msub").appendElement("mi").text("y").parent().appendElement("mi").text("i");
        d.appendElement("mo").text(")");
        d.appendElement("msub").appendElement("mi").text("x").parent().appendElement("mrow")
                .appendElement("mi").text("i").parent().appendElement("mi").text("j");
        Element h = HtmlPage.math(maths, true).appendElement("mrow");
        h.appendElement("mi").text("H");
        h.appendElement("mo").text("=");
        h.appendElement("mo").text("(");
        Element table = h.appendElement("mtable");
        String[][] cells = {{"1197.8135", "−41.2"}, {"−41.2", "803.5"}};
        for (String[] row : cells) {
            Element tr = table.appendElement("mtr");
            for (String cell : row) {
                tr.appendElement("mtd").appendElement("mn").text(cell);
            }
        }
        h.appendElement("mo").text(")");
        Element p = HtmlPage.paragraph(maths, "with the weights ");
        Element inline = HtmlPage.math(p, false).appendElement("mrow");
        inline.appendElement("msub").appendElement("mi").text("w").parent().appendElement("mi").text("i");
        inline.appendElement("mo").text("=");
        inline.appendElement("msub").appendElement("mi").text("p").parent().appendElement("mi").text("i");
        inline.appendElement("mo").text("(");
        inline.appendElement("mn").text("1");
        inline.appendElement("mo").text("−");
        inline.appendElement("msub").appendElement("mi").text("p").parent().appendElement("mi").text("i");
        inline.appendElement("mo").text(")");
        page.table(page.section("Coefficients"), List.of("term", "estimate", "std. error"),
                List.of(List.of("(Intercept)", "-0.412", "0.081"), List.of("x1", "1.203", "0.094"),
                        List.of("x2", "-0.587", "0.077")), true);
        HtmlPage.image(page.section("Plot"), plot(), "the loss along the Newton path", "The loss per iteration.");
        return page.render();
    }

    /** A small line plot as PNG bytes (xchart, the project's plotting library). */
    private static byte[] plot() {
        XYChart chart = new XYChartBuilder().width(480).height(300).title("loss per iteration")
                .xAxisTitle("iteration").yAxisTitle("loss").build();
        chart.addSeries("loss", new double[] {0, 1, 2, 3, 4}, new double[] {693.1, 412.7, 380.2, 378.9, 378.9});
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Path save(String name, String html) throws IOException {
        Files.createDirectories(PAGES_DIR);
        Path file = PAGES_DIR.resolve(name + ".html").toAbsolutePath();
        Files.writeString(file, html, StandardCharsets.UTF_8);
        return file;
    }

    /** Opens the page from {@code file://} and reads what the browser logged and rendered. */
    private static Seen open(Path file) {
        driver.manage().logs().get(LogType.BROWSER);
        driver.manage().logs().get(LogType.PERFORMANCE);
        String url = file.toUri().toString();
        driver.get(url);
        JavascriptExecutor js = driver;
        @SuppressWarnings("unchecked")
        Map<String, Object> page = (Map<String, Object>) js.executeScript("""
                var out = {resources: [], emptyMaths: [], flatFractions: [], shortFences: [], brokenImages: []};
                performance.getEntriesByType('resource').forEach(function (e) {
                  if (!e.name.startsWith('data:')) { out.resources.push(e.name); } });
                var maths = document.getElementsByTagName('math');
                out.maths = maths.length;
                Array.prototype.forEach.call(maths, function (m, i) {
                  var r = m.getBoundingClientRect();
                  if (!(r.width > 0 && r.height > 0)) { out.emptyMaths.push('math ' + (i + 1)); } });
                Array.prototype.forEach.call(document.getElementsByTagName('mfrac'), function (f, i) {
                  var num = f.children[0].getBoundingClientRect(), den = f.children[1].getBoundingClientRect();
                  if (!(num.bottom <= den.top + 0.5)) { out.flatFractions.push('mfrac ' + (i + 1)); } });
                Array.prototype.forEach.call(document.getElementsByTagName('mtable'), function (t, i) {
                  [t.previousElementSibling, t.nextElementSibling].forEach(function (mo) {
                    if (mo && mo.localName === 'mo' && /^[()\\[\\]{}|\u2016]$/.test(mo.textContent.trim())
                        && mo.getBoundingClientRect().height < 0.8 * t.getBoundingClientRect().height) {
                      out.shortFences.push('mtable ' + (i + 1) + ' ' + mo.textContent.trim()); } }); });
                out.images = document.images.length;
                Array.prototype.forEach.call(document.images, function (img, i) {
                  if (!(img.complete && img.naturalWidth > 0 && img.naturalHeight > 0)) {
                    out.brokenImages.push('img ' + (i + 1)); } });
                var nav = performance.getEntriesByType('navigation')[0];
                out.renderMillis = nav.loadEventEnd - nav.startTime;
                return out;
                """);
        List<String> console = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                console.add(e.getMessage());
            }
        }
        List<String> requests = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = parse(e.getMessage()).path("message");
            if (message.path("method").asText().equals("Network.requestWillBeSent")) {
                String requested = message.path("params").path("request").path("url").asText();
                String document = message.path("params").path("documentURL").asText("");
                // only the page's own requests: Chromium's internal pages (chrome://, e.g. a new-tab page
                // loading its icons, seen once on a loaded machine) are the browser's, not the page's
                boolean browsers = requested.startsWith("chrome://") || requested.startsWith("chrome-extension://")
                        || requested.startsWith("devtools://")
                        || (!document.isEmpty() && !document.equals(url) && !document.equals(requested));
                if (!requested.equals(url) && !requested.startsWith("data:") && !browsers) {
                    requests.add(requested);
                }
            }
        }
        return new Seen(console, requests, strings(page.get("resources")), ((Number) page.get("maths")).intValue(),
                strings(page.get("emptyMaths")), strings(page.get("flatFractions")), strings(page.get("shortFences")),
                ((Number) page.get("images")).intValue(), strings(page.get("brokenImages")),
                ((Number) page.get("renderMillis")).doubleValue());
    }

    /** A screenshot of the whole page (beyond the window), by Chromium's DevTools protocol. */
    private static Path screenshot(String name) throws IOException {
        JavascriptExecutor js = driver;
        Number width = (Number) js.executeScript("return document.documentElement.scrollWidth;");
        Number height = (Number) js.executeScript("return document.documentElement.scrollHeight;");
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        byte[] png = Base64.getDecoder().decode((String) shot.get("data"));
        assertTrue(ImageIO.read(new ByteArrayInputStream(png)) != null, "a PNG screenshot");
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, png);
        return file;
    }

    private static JsonNode parse(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    private static List<String> strings(Object list) {
        List<String> out = new ArrayList<>();
        for (Object o : (List<?>) list) {
            out.add(String.valueOf(o));
        }
        return out;
    }
}
