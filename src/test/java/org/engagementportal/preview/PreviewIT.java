package org.engagementportal.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.engagementportal.audit.Chromium;
import org.engagementportal.testing.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code portal serve} as a writer uses it: the shaded jar, run as a command on a copy of the small test site,
 * and a page of it open in Debian's Chromium. Saving the page's Markdown file shows the change in the browser
 * without anyone reloading it; a mistake in the file shows its file:line:col, line, caret and fix over the
 * page, and fixing it clears them; the site's strict Content-Security-Policy is never broken; and the command
 * stops cleanly when told to, as with Ctrl-C.
 */
class PreviewIT {
    static final Path JAR = TestSite.PROJECT.resolve("target/portal.jar");
    static final Pattern ADDRESS = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)");
    static final Pattern STACK_TRACE = Pattern.compile("\\n\\s+at [\\w.$]+\\(|Exception");
    /** Kept in the tab's session storage, so that violations on every load of the page are counted. */
    static final String CSP_LISTENER = "document.addEventListener('securitypolicyviolation', e => {"
            + "const seen = JSON.parse(sessionStorage.getItem('cspViolations') || '[]');"
            + "seen.push(e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber);"
            + "sessionStorage.setItem('cspViolations', JSON.stringify(seen)); });";
    /** Long enough for any rebuild on a busy machine; a hang guard, not a measure. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path dir;
    Process serve;
    Path log;
    Chromium browser;

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (serve != null && serve.isAlive()) {
            serve.destroyForcibly();
        }
    }

    private String log() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    /** Starts {@code portal serve} from the jar and returns the address it prints. */
    private String startServe(Path site) throws Exception {
        log = dir.resolve("serve.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "serve", "--source", site.toString(), "--port", "0", "--now", TestSite.EXAMPLE_NOW, "-q"));
        serve = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            Matcher m = ADDRESS.matcher(log());
            if (m.find()) {
                return m.group(1);
            }
            assertTrue(serve.isAlive(), "portal serve ended: " + log());
            Thread.sleep(100);
        }
        throw new AssertionError("portal serve printed no address: " + log());
    }

    /** Saves a file as editors do: a temporary file beside it, renamed over it. */
    private static void save(Path file, String text) throws IOException {
        Path temp = file.resolveSibling("." + file.getFileName() + ".swp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private Object js(String script) {
        return browser.driver().executeScript(script);
    }

    @Test
    void portalNewGivesTheAddressOfThePreviewRunningNowAndThePageIsThere() throws Exception {
        // It printed http://127.0.0.1:8080/... whatever port the preview had, so a writer on another port got nothing.
        assertTrue(Files.isRegularFile(JAR), "run after mvn package");
        Path site = TestSite.copy("small", dir.resolve("site"));
        String address = startServe(site);
        assertFalse(address.startsWith("http://127.0.0.1:8080/"), "port 0 gives some free port: " + address);
        org.engagementportal.testing.Portal.Run made = org.engagementportal.testing.Portal.run("new", "page", "Parking at Lakeside",
                "--source", site.toString(), "--now", TestSite.EXAMPLE_NOW);
        assertEquals(0, made.exit(), made.all());
        String page = address + "parking-at-lakeside/";
        assertTrue(made.out().contains("Your preview shows it at " + page + " in a moment."), made.out());
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        int status = 0;
        while (System.nanoTime() < deadline && status != 200) {
            Thread.sleep(200);
            status = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(page)).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        }
        assertEquals(200, status, "the new page in the running preview: " + log());

        serve.destroy(); // as Ctrl-C: the lock is released, and the next file names the port `portal serve` would take
        assertTrue(serve.waitFor(30, TimeUnit.SECONDS), log());
        org.engagementportal.testing.Portal.Run after = org.engagementportal.testing.Portal.run("new", "page", "Visiting times",
                "--source", site.toString(), "--now", TestSite.EXAMPLE_NOW);
        assertEquals(0, after.exit(), after.all());
        assertTrue(after.out().contains("Preview it at http://127.0.0.1:8080/visiting-times/ after you start `portal serve`."),
                after.out());
    }

    @Test
    void anEditShowsByItselfAndAMistakeIsShownOnThePageUntilFixed() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "run after mvn package");
        Path site = TestSite.copy("small", dir.resolve("site"));
        Path about = site.resolve("content/about.md");
        String original = Files.readString(about, StandardCharsets.UTF_8);
        String address = startServe(site);

        browser = new Chromium(1280, 1024);
        ChromeDriver driver = browser.driver();
        driver.executeCdpCommand("Page.enable", Map.of());
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", CSP_LISTENER));
        WebDriverWait wait = new WebDriverWait(driver, PATIENCE);
        driver.get(address + "about/");
        assertEquals("About us", driver.findElement(By.tagName("h1")).getText());
        wait.until(d -> "connected".equals(js("return document.documentElement.dataset.portalPreview")));
        js("window.notReloaded = true");

        // 1. An edit: the page reloads itself (a reload, not a navigation by the test) and shows it.
        String edited = original.replace("We plan and pay for health services", "We plan, buy and pay for health services");
        save(about, edited);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "We plan, buy and pay for health services"));
        assertEquals(null, js("return window.notReloaded === undefined ? null : 'not reloaded'"), "a new document");
        assertEquals("reload", js("return performance.getEntriesByType('navigation')[0].type"), "reloaded by the page's own script");
        wait.until(d -> "connected".equals(js("return document.documentElement.dataset.portalPreview")));
        js("window.notReloaded = true");

        // 2. A mistake in the front matter: the errors over the page, as the terminal shows them.
        save(about, edited.replace("title: About us", "title: [About us"));
        WebElement box = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("portal-preview-errors")));
        String heading = box.findElement(By.className("portal-preview__heading")).getText();
        assertTrue(heading.startsWith("content/about.md:2:8: error: the [ at the start of the value of 'title' opens a list"), heading);
        assertEquals("2 | title: [About us\n  |        ^", box.findElement(By.tagName("pre")).getText());
        assertTrue(box.findElement(By.className("portal-preview__fix")).getText().startsWith("Fix: "), box.getText());
        assertTrue(log().contains(heading + "\n    2 | title: [About us\n      |        ^\n    Fix: "),
                "the same words in the terminal: " + log());
        assertEquals("alert", box.findElement(By.className("portal-preview__summary")).getAttribute("role"));
        assertEquals("portal-preview-errors-title", js("return document.activeElement.id"), "focus is on the box's heading");
        assertEquals(true, js("return window.notReloaded"), "the page was not reloaded: nothing was published");
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("We plan, buy and pay"), "the last good page stays");
        // Readable at 320 CSS pixels: nothing of the page or the box scrolls sideways.
        browser.viewport(320, 640);
        assertEquals(true, js("const box = document.getElementById('portal-preview-errors');"
                + "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"
                + " && box.scrollWidth <= box.clientWidth && box.getBoundingClientRect().width <= 320"));
        browser.viewport(1280, 1024);

        // 3. The keyboard closes the box; the next build with errors shows it again.
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("portal-preview-errors")));
        save(about, edited.replace("aliases: [/who-we-are/]", "aliases: [/who-we-are/]\ntopics: [dentistryy]"));
        WebElement again = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("portal-preview-errors")));
        assertTrue(again.getText().contains("content/about.md:5:") && again.getText().contains("dentistryy"), again.getText());

        // 4. Fixed: the box goes by itself; the page, the same as before the mistakes, is not reloaded.
        save(about, edited);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("portal-preview-errors")));
        assertEquals(true, js("return window.notReloaded"));
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("We plan, buy and pay"));

        // 5. The page's warnings, in the preview only, in a panel of their own on that page.
        driver.get(address + "consultations/dental-access/");
        WebElement warnings = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("portal-preview-warnings")));
        assertTrue(warnings.getText().startsWith("Warning: 1 thing to look at on this page"), warnings.getText());
        warnings.findElement(By.tagName("summary")).click();
        assertTrue(warnings.getText().contains("content/consultations/dental-access.md:7:9: warning:"), warnings.getText());

        // No Content-Security-Policy violation on any load, as the page saw them and as the browser logged them.
        assertEquals("[]", js("return sessionStorage.getItem('cspViolations') || '[]'"));
        List<String> logged = driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy")).toList();
        assertEquals(List.of(), logged);

        // Stopped as with Ctrl-C (the same shutdown hook runs for the terminal's interrupt and for this): cleanly.
        serve.destroy();
        assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "portal serve stopped");
        String output = log();
        assertTrue(output.contains("Stopped the preview."), output);
        assertFalse(STACK_TRACE.matcher(output).find(), output);
        assertFalse(Files.exists(site.resolve("public")), "the preview is not built into the site's output folder");
        assertTrue(Files.isRegularFile(site.resolve(Preview.FOLDER).resolve("about/index.html")));
    }
}
