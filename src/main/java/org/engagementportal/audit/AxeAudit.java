package org.engagementportal.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.engagementportal.source.Json;
import org.openqa.selenium.devtools.Command;
import org.openqa.selenium.devtools.Connection;
import org.openqa.selenium.devtools.DevToolsException;
import org.openqa.selenium.devtools.SeleniumCdpConnection;
import org.openqa.selenium.devtools.idealized.target.model.SessionID;

/**
 * Runs axe-core (pinned in package.json, bundled into portal.jar) in one Chromium session over a list of
 * pages, several windows of that session at once, with the WCAG 2.0, 2.1 and 2.2 A and AA rules (or the
 * level a {@code .pa11yci} asks for), and returns each page's violations as pa11y issues.
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

    /** One page to check: its path on the site ("/about/"), its address on the audit's server, and how. */
    public record Job(String page, URI url, Pa11yConfig.Options options) {
    }

    /**
     * Checks every page, {@code workers} at a time, each worker a tab of the one browser session that loads its
     * next page and runs axe-core in it. The tabs are driven through Selenium's DevTools connection to that
     * browser rather than through ChromeDriver, which handles one window at a time: so both processor cores work.
     * Returns each page's violations, elements matching its {@code hideElements} left out.
     */
    public Map<String, List<Issue>> checkAll(List<Job> jobs, int workers) throws InterruptedException {
        Connection cdp = SeleniumCdpConnection.create(browser.driver())
                .orElseThrow(() -> new IllegalStateException("Chromium did not offer a DevTools connection"));
        Queue<Job> queue = new ConcurrentLinkedQueue<>(jobs);
        Map<String, List<Issue>> results = new ConcurrentHashMap<>();
        int n = Math.max(1, Math.min(workers, jobs.size()));
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "axe-tab");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                running.add(pool.submit(() -> {
                    Tab tab = new Tab(cdp, browser.paintsOnlyWhenAsked());
                    try {
                        for (Job job = queue.poll(); job != null; job = queue.poll()) {
                            try {
                                results.put(job.page(), tab.check(job));
                            } catch (NotChecked | org.openqa.selenium.TimeoutException e) {
                                // As pa11y-ci does, the page's failure is reported on it and the others are checked; a
                                // fresh tab, as the page may still be busy in this one.
                                results.put(job.page(), List.of(notChecked(e)));
                                tab.close();
                                tab = new Tab(cdp, browser.paintsOnlyWhenAsked());
                            }
                        }
                    } finally {
                        tab.close();
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    queue.clear(); // the other tabs stop after their current page
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
            cdp.close();
        }
        return results;
    }

    /** The code of the issue given to a page the browser could not check (too slow, or it would not load). */
    public static final String NOT_CHECKED = "portal.page-not-checked";

    /** A page the browser could not check, for a reason of the page's own: reported on it, and the audit goes on. */
    static final class NotChecked extends RuntimeException {
        NotChecked(String message) {
            super(message);
        }
    }

    /** The issue for a page that could not be checked: an error, so the audit fails until the page is checked. */
    static Issue notChecked(RuntimeException e) {
        String why = e instanceof NotChecked ? e.getMessage()
                : "the browser did not answer in time (" + e.getMessage().lines().findFirst().orElse("") + ")";
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("description", "The audit could not check this page, so nothing is known about its accessibility.");
        extras.put("help", "The page could not be checked");
        extras.put("helpUrl", Audit.RULES_URL + NOT_CHECKED.substring("portal.".length()));
        return new Issue(NOT_CHECKED, "error", 1, "The page could not be checked: " + why + ". A very long page takes "
                + "longest: split it into shorter pages, or raise 'timeout' in .pa11yci (in milliseconds).", "", "html", "portal", extras);
    }

    /** A browser tab of its own, attached over DevTools, with axe-core loaded into every page it opens. */
    private static final class Tab implements AutoCloseable {
        private final Connection cdp;
        private final String targetId;
        private final SessionID session;
        private String viewport = "";

        /** @param unpainted whether the tab draws nothing unless asked (the headless shell; see {@link Chromium}) */
        Tab(Connection cdp, boolean unpainted) {
            this.cdp = cdp;
            this.targetId = (String) call(null, "Target.createTarget", Map.of("url", "about:blank", "newWindow", true,
                    "enableBeginFrameControl", unpainted)).get("targetId");
            this.session = new SessionID((String) call(null, "Target.attachToTarget", Map.of("targetId", targetId, "flatten", true))
                    .get("sessionId"));
            call(session, "Page.enable", Map.of());
            // Chromium loads axe-core into every page of the tab itself as the page starts, and keeps the compiled
            // script between pages: much quicker than sending 650 KB of script after each page has loaded.
            call(session, "Page.addScriptToEvaluateOnNewDocument", Map.of("source", AXE + "\n" + BrowserRules.source()));
            // Every tab behaves as the focused one: nothing is slowed down as "in the background".
            call(session, "Emulation.setFocusEmulationEnabled", Map.of("enabled", true));
        }

        private Map<String, Object> call(SessionID on, String method, Map<String, Object> params) {
            return call(on, method, params, Duration.ofSeconds(30));
        }

        @SuppressWarnings("unchecked")
        private Map<String, Object> call(SessionID on, String method, Map<String, Object> params, Duration timeout) {
            Map<String, Object> result = (Map<String, Object>) cdp.sendAndWait(on, new Command<>(method, params, Map.class), timeout);
            return result == null ? Map.of() : result;
        }

        List<Issue> check(Job job) throws InterruptedException {
            Pa11yConfig.Options o = job.options();
            String size = o.width() + "x" + o.height();
            if (!size.equals(viewport)) {
                call(session, "Emulation.setDeviceMetricsOverride",
                        Map.of("width", o.width(), "height", o.height(), "deviceScaleFactor", 1, "mobile", false));
                viewport = size;
            }
            long deadline = System.nanoTime() + o.timeoutMs() * 1_000_000L;
            Map<String, Object> nav = call(session, "Page.navigate", Map.of("url", job.url().toString()), Duration.ofMillis(o.timeoutMs()));
            if (nav.get("errorText") != null) {
                throw new NotChecked("Chromium could not load it (" + nav.get("errorText") + ")");
            }
            Map<String, Object> context = new LinkedHashMap<>();
            context.put("include", List.of(List.of(o.root() == null ? "html" : o.root())));
            if (!o.hide().isEmpty()) {
                context.put("exclude", o.hide().stream().map(List::of).toList());
            }
            Map<String, Object> options = new LinkedHashMap<>();
            // axe-core's best-practice rules are not WCAG failures: they run when warnings are asked for, and are reported as such.
            List<String> tags = o.warnings() ? java.util.stream.Stream.concat(o.tags().stream(), java.util.stream.Stream.of("best-practice")).toList()
                    : o.tags();
            options.put("runOnly", Map.of("type", "tag", "values", tags));
            options.put("resultTypes", List.of("violations"));
            List<String> portalRules = BrowserRules.enabled(o);
            String script = "(async () => { const [context, options, wait, expected, ruleIds] = "
                    + Json.compact(List.of(context, options, o.waitMs(), job.url().toString(), portalRules)) + ";"
                    + "if (location.href !== new URL(expected).href) return JSON.stringify({notYet: true});"
                    + "if (document.readyState !== 'complete') await new Promise(r => addEventListener('load', r, {once: true}));"
                    + "if (wait > 0) await new Promise(r => setTimeout(r, wait));"
                    + "if (typeof axe === 'undefined') return JSON.stringify({noAxe: true});"
                    + "for (const s of [...context.include.flat(), ...(context.exclude || []).flat()]) {"
                    + " try { document.querySelector(s); } catch (e) { return JSON.stringify({badSelector: s}); } }"
                    // As pa11y does, a rootElement the page does not have means the whole page (axe-core stopped on it).
                    + "if (context.include[0][0] !== 'html' && !document.querySelector(context.include[0][0])) context.include = [['html']];"
                    + "try { const violations = (await axe.run(context, options)).violations;"
                    + " const portal = ruleIds.length === 0 ? [] : typeof window.portalRules === 'undefined' ? null"
                    + "  : await window.portalRules.run(context.include[0][0] === 'html' ? null : context.include[0][0],"
                    + "    (context.exclude || []).flat(), ruleIds);"
                    + " return JSON.stringify({violations, portal}); }"
                    + " catch (e) { return JSON.stringify({error: String(e)}); } })()";
            String trouble = "";
            while (true) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    throw new NotChecked("axe-core did not finish checking it within " + o.timeoutMs()
                            + " ms (the 'timeout' setting)" + trouble);
                }
                Map<String, Object> evaluated;
                try {
                    evaluated = call(session, "Runtime.evaluate", Map.of("expression", script, "awaitPromise", true,
                            "returnByValue", true), Duration.ofMillis(left));
                } catch (DevToolsException e) {
                    trouble = ": " + e.getMessage().lines().findFirst().orElse("");
                    Thread.sleep(5); // the page changed under the script (its old document went away): ask the new one
                    continue;
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> result = (Map<String, Object>) evaluated.get("result");
                Object value = result == null ? null : result.get("value");
                Object answer = value instanceof String json ? Json.read(json) : null;
                if (answer == null || answer instanceof Map<?, ?> m && m.containsKey("notYet")) {
                    Thread.sleep(5);
                    continue;
                }
                if (answer instanceof Map<?, ?> m && m.containsKey("badSelector")) {
                    // A mistake in .pa11yci, not in the portal: say which selector, without a stack trace.
                    throw new IllegalArgumentException("'" + m.get("badSelector") + "' (in hideElements or rootElement in the .pa11yci) is not a CSS "
                            + "selector the browser understands. Correct it, as in \".advert\" or \"#map, .cookie-banner\".");
                }
                if (answer instanceof Map<?, ?> m && m.containsKey("noAxe")) {
                    // A page that replaced itself early lost the copy loaded as it started: load axe-core the slow way.
                    call(session, "Runtime.evaluate", Map.of("expression", AXE + "\n" + BrowserRules.source()));
                    continue;
                }
                return issues(answer, job.url());
            }
        }

        @Override
        public void close() {
            try {
                call(null, "Target.closeTarget", Map.of("targetId", targetId));
            } catch (RuntimeException ignored) {
                // the browser is closed next anyway
            }
        }
    }

    /** axe-core's violations, as pa11y issues (one per element), then the portal's browser rules' findings. */
    @SuppressWarnings("unchecked")
    private static List<Issue> issues(Object parsed, URI url) {
        if (parsed instanceof Map<?, ?> error && error.containsKey("error")) {
            throw new IllegalStateException("axe-core failed on " + url + ": " + error.get("error"));
        }
        Map<String, Object> answer = (Map<String, Object>) parsed;
        List<Issue> issues = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) answer.get("violations")) {
            String id = (String) v.get("id");
            String help = (String) v.get("help");
            String helpUrl = (String) v.get("helpUrl");
            List<String> tags = ((List<Object>) v.getOrDefault("tags", List.of())).stream().map(String::valueOf).toList();
            boolean wcag = tags.stream().anyMatch(t -> t.matches("wcag2(1|2)?a{1,3}"));
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
                issues.add(wcag ? new Issue(id, "error", 1, help + " (" + helpUrl + ")", truncate(html), selector, "axe", extras)
                        : new Issue(id, "warning", 2, help + " (" + helpUrl + ")", truncate(html), selector, "axe", extras));
            }
        }
        Object portal = answer.get("portal");
        if (portal == null) {
            throw new IllegalStateException("the portal's browser rules did not load in " + url);
        }
        for (Map<String, Object> f : (List<Map<String, Object>>) portal) {
            issues.add(BrowserRules.issue((String) f.get("rule"), (String) f.get("selector"), (String) f.get("html"), (String) f.get("detail")));
        }
        return issues;
    }

    /**
     * The WCAG criterion of each bundled axe-core rule ("color-contrast" is "1.4.3", a best-practice rule "Best
     * practice"), for the report; kept out of the issues so their shape stays pa11y's. Written by bin/axe-criteria.
     */
    static final Map<String, String> CRITERIA = criteria();

    /** The axe-core version axe-criteria.tsv was made from. */
    static String criteriaVersion;

    private static Map<String, String> criteria() {
        Map<String, String> out = new java.util.HashMap<>();
        try (InputStream in = AxeAudit.class.getResourceAsStream("axe-criteria.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("# Made from axe-core ")) {
                    criteriaVersion = line.substring("# Made from axe-core ".length()).split(" ")[0];
                } else if (!line.startsWith("#") && line.contains("\t")) {
                    out.put(line.substring(0, line.indexOf('\t')), line.substring(line.indexOf('\t') + 1).strip());
                }
            }
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("axe-criteria.tsv is missing from portal.jar; rebuild with mvn package", e);
        }
        return Map.copyOf(out);
    }

    /** pa11y shortens an element's HTML in "context" the same way. */
    static String truncate(String html) {
        return html.length() <= 300 ? html : html.substring(0, 300) + "...";
    }
}
