package app.bravo.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for browser tests, driven through chromedriver. Without the browser the tests are
 * skipped with the install command, except under CI=true, where a missing browser fails the run.
 */
public final class Browser implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Browser.class);
    public static final String INSTALL = "apt-get install -y chromium chromium-driver";

    private final WebDriver driver;
    private final String baseUrl;
    private final Path screenshots;

    private Browser(WebDriver driver, String baseUrl, Path screenshots) {
        this.driver = driver;
        this.baseUrl = baseUrl.replaceAll("/$", "");
        this.screenshots = screenshots;
    }

    static String chromium() {
        return System.getenv().getOrDefault("BRAVO_CHROMIUM", "/usr/bin/chromium");
    }

    static String chromedriver() {
        return System.getenv().getOrDefault("BRAVO_CHROMEDRIVER", "/usr/bin/chromedriver");
    }

    /** Why no browser can run here, or empty when one can. */
    public static Optional<String> missing() {
        for (String file : new String[] { chromium(), chromedriver() }) {
            if (!Files.isExecutable(Path.of(file))) {
                return Optional.of(file + " not found: install the browser with `" + INSTALL + "`");
            }
        }
        return Optional.empty();
    }

    public static Browser open(String baseUrl, String testName) {
        Optional<String> missing = missing();
        if (missing.isPresent()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail("Browser tests must run in CI: " + missing.get());
            }
            LOG.warnf("Skipping browser test: %s", missing.get());
            Assumptions.abort("Skipping browser test: " + missing.get());
        }
        try {
            Path target = Path.of("target");
            Path profile = Files.createTempDirectory(Files.createDirectories(target), "chromium-profile-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=en-GB",
                    "--user-data-dir=" + profile.toAbsolutePath());
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(chromedriver())).usingAnyFreePort().build();
            WebDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            Path shots = Files.createDirectories(target.resolve("screenshots").resolve(testName));
            return new Browser(driver, baseUrl, shots);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser go(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public <T> T waitFor(Function<WebDriver, T> condition) {
        // htmx swaps elements out from under a check; ask again instead of failing on a stale one.
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    }

    public String text(String css) {
        return find(css).getText();
    }

    public Browser login(String email, String password) {
        go("/login");
        find("#f-username").sendKeys(email);
        find("#f-password").sendKeys(password);
        find("form[action='/j_security_check'] button[type=submit]").click();
        waitFor(d -> !d.getCurrentUrl().contains("/login") || d.getCurrentUrl().contains("error"));
        return this;
    }

    public Path screenshot(String name) {
        try {
            File file = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path to = screenshots.resolve(name + ".png");
            Files.copy(file.toPath(), to, StandardCopyOption.REPLACE_EXISTING);
            return to;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Object script(String javascript) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(javascript);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
