package org.engagementportal.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.engagementportal.audit.Audit;
import org.engagementportal.audit.Chromium;
import org.engagementportal.generate.HeadersGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page of the example portal in Debian's Chromium, served with the headers of its own _headers file
 * (the in-process server applies it as the CDN would): the browser reports no Content-Security-Policy
 * violation on any page, so the strict policy costs readers nothing.
 */
class ContentSecurityPolicyIT {
    @TempDir
    static Path out;
    static ServedExample site;
    static Chromium browser;
    static String origin;

    @BeforeAll
    static void start() throws IOException {
        site = ServedExample.start(out);
        browser = site.browser;
        origin = site.origin;
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
    }

    private static List<String> violations(String path) {
        browser.driver().get(origin + path);
        // Let pictures and the stylesheet finish: a blocked one is reported as it is refused.
        browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "if (document.readyState === 'complete') { setTimeout(done, 50); } else { addEventListener('load', () => setTimeout(done, 50)); }");
        return site.violations();
    }

    @Test
    void noPageBreaksTheContentSecurityPolicy() {
        List<String> pages = Audit.pages(out);
        Map<String, List<String>> found = new TreeMap<>();
        for (String page : pages) {
            String path = page.equals("/404.html") ? "/no-such-page/" : page;
            List<String> v = violations(path);
            if (!v.isEmpty()) {
                found.put(path, v);
            }
        }
        assertTrue(pages.size() > 60, "pages: " + pages.size());
        assertEquals(Map.of(), found);
    }

    @Test
    void thePolicyIsInForceAndAViolationWouldBeSeen() {
        assertEquals(List.of(), violations("/about/"));
        Object policy = browser.driver().executeScript("return fetch(location.href).then(r => r.headers.get('content-security-policy'))");
        assertEquals(HeadersGenerator.CONTENT_SECURITY_POLICY, policy);
        browser.driver().executeScript("document.body.insertAdjacentHTML('beforeend',"
                + " '<img src=\"https://pictures.example/x.png\" alt=\"\"><div style=\"color: red\">x</div>');");
        browser.driver().executeAsyncScript("setTimeout(arguments[arguments.length - 1], 200);");
        @SuppressWarnings("unchecked")
        List<String> seen = (List<String>) browser.driver().executeScript("return window.__cspViolations;");
        assertTrue(seen.stream().anyMatch(v -> v.startsWith("img-src blocked https://pictures.example/x.png")), seen.toString());
        assertTrue(seen.stream().anyMatch(v -> v.startsWith("style-src-attr blocked inline")), seen.toString());
    }
}
