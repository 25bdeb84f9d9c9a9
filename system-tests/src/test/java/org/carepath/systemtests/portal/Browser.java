package org.carepath.systemtests.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Debian's headless Chromium, driven by chromium-driver, as one member of staff: a fresh profile each, so no
 * sign-in is shared. Checks each page with axe-core (WCAG 2.2 A and AA) and keeps a screenshot of it.
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of(System.getProperty("java.io.tmpdir")).resolve("screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    static Browser open() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("the portal's browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install chromium chromium-driver (.ci/run installs them)");
        }
        try {
            Path profile = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            // the flags this machine needs: no sandbox as root, and no calls to Google's hosts
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,1024", "--lang=en-GB",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(PATIENCE);
            return new Browser(driver);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void go(String url) {
        driver.get(url);
    }

    /** On Keycloak's sign-in page: the demo user's name and password, then back to the page asked for. */
    void signIn(String username, String password) {
        waitFor(By.id("username"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        waitFor(By.id("maincontent"));
    }

    void type(String fieldId, String text) {
        WebElement field = driver.findElement(By.id(fieldId));
        field.clear();
        field.sendKeys(text);
    }

    void press(String buttonText) {
        driver.findElement(By.xpath("//button[normalize-space()='" + buttonText + "']")).click();
        waitFor(By.id("maincontent"));
    }

    /** The first button with this text after the heading with that text: one of many alike on a page. */
    void pressAfter(String headingText, String buttonText) {
        driver.findElement(By.xpath("//*[self::h2 or self::h3][normalize-space()='" + headingText
                + "']/following::button[normalize-space()='" + buttonText + "'][1]")).click();
        waitFor(By.id("maincontent"));
    }

    /** Types into the first field of this name after the heading with that text. */
    void typeAfter(String headingText, String fieldName, String text) {
        WebElement field = driver.findElement(By.xpath("//*[self::h2 or self::h3][normalize-space()='" + headingText
                + "']/following::*[@name='" + fieldName + "'][1]"));
        field.clear();
        field.sendKeys(text);
    }

    /** Picks the option with this text in the drop-down with this id. */
    void select(String fieldId, String optionText) {
        new Select(driver.findElement(By.id(fieldId))).selectByVisibleText(optionText);
    }

    /** Opens the "details" element whose summary has this text, as a person clicking it would. */
    void reveal(String summaryText) {
        WebElement details = driver.findElement(By.xpath("//summary[normalize-space()='" + summaryText + "']"));
        if (details.findElement(By.xpath("..")).getAttribute("open") == null) {
            details.click();
        }
    }

    /**
     * Presses Tab from where the focus is until the element with this id or text has it, as a keyboard-only user
     * would; returns what took the focus on the way (id, else text), in order.
     */
    List<String> tabTo(String idOrText, int atMost) {
        List<String> visited = new ArrayList<>();
        for (int i = 0; i < atMost; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement focused = driver.switchTo().activeElement();
            String id = focused.getAttribute("id");
            visited.add(id != null && !id.isEmpty() ? id : focused.getText().trim());
            if (visited.get(visited.size() - 1).equals(idOrText)) {
                return visited;
            }
        }
        throw new AssertionError(idOrText + " never took the focus; Tab went to " + visited);
    }

    /** Types into whatever has the focus and presses Enter. */
    void typeAndEnter(String text) {
        driver.switchTo().activeElement().sendKeys(text, Keys.ENTER);
        waitFor(By.id("maincontent"));
    }

    /** Follows the link with this text. */
    void click(String linkText) {
        driver.findElement(By.linkText(linkText)).click();
        waitFor(By.id("maincontent"));
    }

    /** Chooses the radio button or ticks the box with this id, by its label as a person would. */
    void choose(String inputId) {
        if (!isChosen(inputId)) {
            driver.findElement(By.cssSelector("label[for='" + inputId + "']")).click();
        }
    }

    boolean isChosen(String inputId) {
        return driver.findElement(By.id(inputId)).isSelected();
    }

    /** A path of the portal fetched by the page's own script, with the signed-in session: what a download holds. */
    String fetch(String path) {
        return (String) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'})
                  .then(response => response.text()).then(done).catch(error => done('ERROR ' + error));
                """, path);
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String valueOf(String fieldId) {
        return driver.findElement(By.id(fieldId)).getAttribute("value");
    }

    boolean shows(String cssSelector) {
        return !driver.findElements(By.cssSelector(cssSelector)).isEmpty()
                && driver.findElement(By.cssSelector(cssSelector)).isDisplayed();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    /**
     * axe-core's WCAG 2.2 A and AA rules on the page as it is now: none of serious or critical impact, and a
     * screenshot saved as {@code target/screenshots/<name>.png} either way.
     */
    void checkAccessibleAndKeep(String name, String axeScript) {
        keep(name);
        JavascriptExecutor js = driver;
        js.executeScript(axeScript);
        String found = (String) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
                  .then(result => done(JSON.stringify({passes: result.passes.length, violations: result.violations.map(v =>
                      ({id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(' '))}))})))
                  .catch(error => done(JSON.stringify({error: String(error)})));
                """);
        try {
            JsonNode result = JSON.readTree(found);
            assertTrue(result.path("error").isMissingNode(), name + ": axe-core ran: " + found);
            assertTrue(result.path("passes").asInt() > 10, name + ": axe-core checked the page: " + found);
            List<String> serious = new ArrayList<>();
            result.path("violations").forEach(violation -> {
                String impact = violation.path("impact").asText();
                if (impact.equals("serious") || impact.equals("critical")) {
                    serious.add(violation.path("id").asText() + " (" + impact + "): " + violation.path("help").asText()
                            + " at " + violation.path("targets"));
                }
            });
            assertEquals(List.of(), serious, name + ": serious or critical accessibility violations");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void keep(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void waitFor(By element) {
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.presenceOfElementLocated(element));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
