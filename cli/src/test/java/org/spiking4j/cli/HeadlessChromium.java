package org.spiking4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium driven headless through its chromedriver (Selenium): opens a page as a person
 * would and reports which images did not load and what the console complained about.
 * Without Chromium the caller's test is skipped with the reason, unless REQUIRE_CHROMIUM=1 (CI).
 */
final class HeadlessChromium implements AutoCloseable {
    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PAGE_LOAD_LIMIT = Duration.ofSeconds(60);
    private static final int WINDOW_WIDTH = 1100;
    /** Screenshots stop at this height (a long page would make a huge PNG). */
    private static final int LARGEST_SCREENSHOT_HEIGHT = 6000;

    private final ChromeDriver driver;

    /** What the page showed: images that did not load and console errors. */
    record PageCheck(long images, List<String> brokenImages, List<String> consoleErrors) {
    }

    private HeadlessChromium(ChromeDriver driver) {
        this.driver = driver;
    }

    static HeadlessChromium start(Path profile) throws IOException {
        boolean present = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        if (!present && "1".equals(System.getenv("REQUIRE_CHROMIUM"))) {
            Assertions.fail("REQUIRE_CHROMIUM=1 but " + BROWSER + " or " + DRIVER + " is missing; install Debian's "
                    + "chromium and chromium-driver packages.");
        }
        Assumptions.assumeTrue(present, "Skipped: headless Chromium needs " + BROWSER + " and " + DRIVER
                + " (Debian packages chromium and chromium-driver); set REQUIRE_CHROMIUM=1 to make this a failure.");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + Files.createDirectories(profile),
                "--window-size=" + WINDOW_WIDTH + ",900");
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .withTimeout(PAGE_LOAD_LIMIT).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD_LIMIT).scriptTimeout(PAGE_LOAD_LIMIT);
        return new HeadlessChromium(driver);
    }

    /** Opens the file, waits for it to load, and checks every image and the console. */
    PageCheck open(Path page) {
        driver.get(page.toUri().toString());
        JavascriptExecutor script = driver;
        long images = (Long) script.executeScript("return document.images.length;");
        @SuppressWarnings("unchecked")
        List<String> broken = (List<String>) script.executeScript("return Array.from(document.images)"
                + ".filter(image => !(image.complete && image.naturalWidth > 0)).map(image => image.src);");
        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage)
                .toList();
        return new PageCheck(images, broken, errors);
    }

    /** A PNG of the whole page (up to a height limit). */
    void screenshot(Path target) throws IOException {
        long height = (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollHeight;");
        Map<String, Object> metrics = Map.of("width", WINDOW_WIDTH, "height",
                (int) Math.min(height, LARGEST_SCREENSHOT_HEIGHT), "deviceScaleFactor", 1, "mobile", false);
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", metrics);
        Files.createDirectories(target.getParent());
        Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
