package org.engagementportal.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.json.Json;

/**
 * Runs axe-core (pinned in package.json, bundled into portal.jar) in one Chromium session over a list of
 * pages, with the WCAG 2.0, 2.1 and 2.2 A and AA rules, and returns each page's violations as pa11y issues.
 */
public final class AxeAudit {
    /** The rule tags of WCAG 2.2 level AA and everything below it. */
    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");
    private static final String AXE_RESOURCE = "/bundle/axe/axe.min.js";

    private static final String AXE = axeSource();
    /** The bundled axe-core's version, for cache keys and reports. */
    public static final String VERSION = version(AXE);

    private final Chromium browser;

    public AxeAudit(Chromium browser) {
        this.browser = browser;
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        // Chromium loads axe-core into every page itself as the page starts, and keeps the compiled script
        // between pages: much quicker than sending 650 KB of script after each page has loaded.
        browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", AXE));
    }

    static String version(String axe) {
        int at = axe.indexOf("axe v");
        return at < 0 ? "unknown" : axe.substring(at + 5, axe.indexOf(' ', at + 5)).replaceAll("[^0-9.]", "");
    }

    static String axeSource() {
        try (InputStream in = AxeAudit.class.getResourceAsStream(AXE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("axe-core is missing from portal.jar (" + AXE_RESOURCE + "); rebuild with mvn package");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The violations on the page at {@code url}, elements matching {@code hide} left out, checked
     * {@code waitMs} after the page has loaded.
     */
    @SuppressWarnings("unchecked")
    public List<Issue> check(URI url, List<String> hide, int waitMs) throws InterruptedException {
        browser.driver().get(url.toString());
        if (waitMs > 0) {
            Thread.sleep(waitMs);
        }
        if (!Boolean.TRUE.equals(browser.driver().executeScript("return typeof axe !== 'undefined';"))) {
            browser.driver().executeScript(AXE); // a page that replaced itself early: load axe-core the slow way
        }
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("runOnly", Map.of("type", "tag", "values", TAGS));
        options.put("resultTypes", List.of("violations"));
        Map<String, Object> context = hide.isEmpty() ? Map.of("include", List.of(List.of("html")))
                : Map.of("include", List.of(List.of("html")), "exclude", hide.stream().map(List::of).toList());
        String json = (String) browser.driver().executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(arguments[0], arguments[1]).then(r => done(JSON.stringify(r.violations)))"
                        + ".catch(e => done(JSON.stringify({error: String(e)})));", context, options);
        Object parsed = new Json().toType(json, Object.class);
        if (parsed instanceof Map<?, ?> error) {
            throw new IllegalStateException("axe-core failed on " + url + ": " + error.get("error"));
        }
        List<Issue> issues = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) parsed) {
            String id = (String) v.get("id");
            String help = (String) v.get("help");
            String helpUrl = (String) v.get("helpUrl");
            Map<String, Object> extras = new LinkedHashMap<>();
            extras.put("description", v.get("description"));
            extras.put("impact", v.get("impact"));
            extras.put("needsFurtherReview", Boolean.FALSE); // violations are definite; pa11y marks "incomplete" results true
            extras.put("help", help);
            extras.put("helpUrl", helpUrl);
            for (Map<String, Object> node : (List<Map<String, Object>>) v.get("nodes")) {
                List<Object> target = (List<Object>) node.get("target");
                String selector = String.join(" ", target.stream().map(String::valueOf).toList());
                String html = (String) node.get("html");
                issues.add(new Issue(id, "error", 1, help + " (" + helpUrl + ")", truncate(html), selector, "axe", extras));
            }
        }
        return issues;
    }

    /** pa11y shortens an element's HTML in "context" the same way. */
    static String truncate(String html) {
        return html.length() <= 300 ? html : html.substring(0, 300) + "...";
    }
}
