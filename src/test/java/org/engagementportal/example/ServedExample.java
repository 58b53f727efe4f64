package org.engagementportal.example;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.engagementportal.audit.Chromium;
import org.engagementportal.serve.StaticServer;
import org.engagementportal.testing.Portal;

/**
 * The example portal built into a folder, served with its own _headers (so under its Content-Security-Policy, as
 * the CDN serves it), and Debian's Chromium, which records every policy violation of the pages it opens.
 */
final class ServedExample implements AutoCloseable {
    /** Registered before any page script or style is read; each violation as "directive blocked what at file:line". */
    private static final String LISTENER = "window.__cspViolations = [];"
            + "document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push("
            + "e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));";

    final StaticServer server;
    final Chromium browser;
    /** The server's address without its last slash, to put a site path after. */
    final String origin;

    private ServedExample(StaticServer server, Chromium browser) {
        this.server = server;
        this.browser = browser;
        this.origin = server.base().toString().replaceAll("/$", "");
    }

    static ServedExample start(Path out) throws IOException {
        Portal.buildExample(out);
        StaticServer server = StaticServer.start(out);
        Chromium browser = new Chromium(1280, 1024);
        browser.driver().executeCdpCommand("Page.enable", Map.of());
        browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", LISTENER));
        return new ServedExample(server, browser);
    }

    /** The violations the open page has recorded so far. */
    @SuppressWarnings("unchecked")
    List<String> violations() {
        return (List<String>) browser.driver().executeScript("return window.__cspViolations || ['listener missing'];");
    }

    @Override
    public void close() {
        browser.close();
        server.close();
    }
}
