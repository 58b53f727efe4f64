package org.engagementportal.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven through its own ChromeDriver ({@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver}, installed by {@code bin/ensure-chromium}), with a fresh profile and the
 * flags that keep it from reaching the internet by itself. One session, reused for every page.
 *
 * <p>The audit prefers Debian's {@code chromium-headless-shell} (the same Chromium, without the browser's
 * own windows, tab strip and other interface running behind the page), started so that it paints only when
 * asked ({@code --enable-begin-frame-control}, and the audit never asks): pages are loaded and laid out, which
 * is all axe-core looks at, but no pixels are drawn. Together that checks a page in about 60% of the time.
 * ChromeDriver gives the shell a fresh temporary profile of its own (it will not start the shell with one given
 * by {@code --user-data-dir}) and removes it afterwards.
 */
public final class Chromium implements AutoCloseable {
    public static final Path BINARY = Path.of(System.getProperty("portal.chromium", "/usr/bin/chromium"));
    public static final Path HEADLESS_SHELL = Path.of("/usr/lib/chromium/chromium-headless-shell");
    /** The audit's browser: {@code -Dportal.audit-browser=...}, else the headless shell when installed, else Chromium. */
    public static final Path AUDIT_BROWSER = Path.of(System.getProperty("portal.audit-browser",
            (Files.isExecutable(HEADLESS_SHELL) ? HEADLESS_SHELL : BINARY).toString()));
    public static final Path DRIVER = Path.of(System.getProperty("portal.chromedriver", "/usr/bin/chromedriver"));

    /**
     * Selenium warns through java.util.logging when it has no DevTools support for this exact Chromium
     * version; the audit uses no DevTools features that need it, so only severe messages are shown.
     */
    private static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");

    static {
        SELENIUM.setLevel(java.util.logging.Level.SEVERE);
    }

    private final ChromeDriver driver;
    private final Path profile;
    private final Path binary;

    /** Whether ChromeDriver and the browser for the audit are installed. */
    public static boolean installed() {
        return Files.isExecutable(AUDIT_BROWSER) && Files.isExecutable(DRIVER);
    }

    /** The browser for the accessibility audit: the headless shell when it is installed, otherwise Chromium. */
    public static Chromium forAudit(int width, int height) {
        return new Chromium(AUDIT_BROWSER, width, height);
    }

    /** Debian's full Chromium, headless, with a window {@code width} by {@code height} CSS pixels. */
    public Chromium(int width, int height) {
        this(BINARY, width, height);
    }

    private Chromium(Path binary, int width, int height) {
        this.binary = binary;
        if (!Files.isExecutable(binary) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("Chromium or ChromeDriver is missing (" + binary + ", " + DRIVER
                    + "); install them with bin/ensure-chromium");
        }
        boolean shell = paintsOnlyWhenAsked();
        try {
            profile = shell ? null : Files.createTempDirectory("portal-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                // The audit works in several windows at once: none of them may be slowed down as "in the background".
                "--disable-background-timer-throttling", "--disable-renderer-backgrounding", "--disable-backgrounding-occluded-windows",
                "--window-size=" + width + "," + height);
        if (shell) {
            options.addArguments("--enable-begin-frame-control");
        } else {
            options.addArguments("--user-data-dir=" + profile);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .withSilent(true)
                .build();
        driver = new ChromeDriver(service, options);
    }

    /** Whether this is the headless shell, which paints a tab only when asked (see above). */
    public boolean paintsOnlyWhenAsked() {
        return binary.getFileName().toString().contains("headless-shell");
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Lays pages out as on a screen {@code width} CSS pixels wide (320: WCAG 2.2's reflow width). */
    public void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            if (profile == null) {
                return; // ChromeDriver removes the profile it made
            }
            try (Stream<Path> walk = Files.walk(profile)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
