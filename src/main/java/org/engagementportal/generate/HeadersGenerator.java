package org.engagementportal.generate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.engagementportal.publish.Output;
import org.engagementportal.source.Position;

/**
 * {@code /_headers}: the response headers for every file, in the format Netlify and Cloudflare Pages read.
 * Security headers for everything (a strict Content-Security-Policy: the pages need no inline script or
 * style and fetch nothing from other websites), a year's immutable cache for the fingerprinted stylesheet,
 * a short one for everything else, and the content types of feeds, calendars and JSON.
 *
 * <p>Both platforms apply every rule that matches a path, and join a header set by two rules with a comma,
 * which would make two {@code Cache-Control} values into one that says both. So no header is set by two
 * rules that can match one file: the short cache is given per top-level folder and file, never with
 * {@code /*}. The same policy for nginx and for S3 with CloudFront is in README.md ("Publishing").
 */
public final class HeadersGenerator implements Generator {
    /** Cloudflare Pages reads the first 100 rules of _headers. */
    static final int CLOUDFLARE_RULES = 100;

    /** The first line of every {@code _headers} the portal writes: it marks a folder as a build's output. */
    public static final String FIRST_LINE = "# Response headers for Netlify and Cloudflare Pages, made by the portal at every build.";
    /** The headers every file gets. */
    public static final Map<String, String> SECURITY = securityHeaders();
    /** The fingerprinted stylesheet: its name changes whenever it does. */
    public static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /** Pages, feeds, calendars and files from content: a change reaches readers within five minutes. */
    public static final String SHORT = "public, max-age=300";
    /** Content types the platforms' own tables get wrong or vague, by file name. */
    public static final Map<String, String> CONTENT_TYPES = Map.of(
            "feed.xml", "application/rss+xml; charset=utf-8",
            "atom.xml", "application/atom+xml; charset=utf-8",
            "feed.json", "application/feed+json; charset=utf-8",
            "*.ics", "text/calendar; charset=utf-8",
            "*.json", "application/json; charset=utf-8");

    /**
     * The policy for pages that load their stylesheet, pictures and icons from their own site and nothing
     * else: no script at all ({@code script-src 'self'} allows only files the portal publishes: the one
     * script is the search page's, a file of its own; a page's JSON-LD is a data block, which is never run), no inline style, no plugins, no framing, forms only back to the site.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; font-src 'self'; connect-src 'self'; media-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static Map<String, String> securityHeaders() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        h.put("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        h.put("X-Content-Type-Options", "nosniff");
        h.put("Referrer-Policy", "strict-origin-when-cross-origin");
        h.put("Permissions-Policy", "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
                + "microphone=(), payment=(), usb=()");
        h.put("X-Frame-Options", "DENY");
        h.put("Cross-Origin-Opener-Policy", "same-origin");
        return java.util.Collections.unmodifiableMap(h);
    }

    @Override
    public String name() {
        return "headers";
    }

    @Override
    public void generate(BuildContext ctx, Output out) {
        java.util.Set<String> paths = out.pathsInNoOrder(); // the rules are sorted themselves
        paths.add("/manifest.json"); // written last of all, when the build publishes
        List<String> rules = rules(paths, new TreeSet<>(ctx.assets().fingerprinted()));
        if (rules.size() > CLOUDFLARE_RULES) {
            ctx.problems().warning(Position.file("content"), "the _headers file has " + rules.size() + " rules, and Cloudflare "
                            + "Pages reads only the first " + CLOUDFLARE_RULES + ": the last top-level pages would keep the "
                            + "platform's own caching (the security headers come first and always apply).",
                    "Move some top-level pages into folders, or publish with Netlify or nginx, which read them all.");
        }
        StringBuilder text = new StringBuilder(FIRST_LINE + "\n"
                + "# No header is set by two rules that match one file (both platforms would join the values).\n");
        rules.forEach(r -> text.append('\n').append(r));
        out.write("/_headers", text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The rules, in order: security for all, the immutable stylesheet and script, short caching, content types. */
    static List<String> rules(java.util.Set<String> paths, SortedSet<String> fingerprinted) {
        List<String> rules = new ArrayList<>();
        StringBuilder all = new StringBuilder("/*\n");
        SECURITY.forEach((k, v) -> all.append("  ").append(k).append(": ").append(v).append('\n'));
        rules.add(all.toString());
        fingerprinted.forEach(f -> rules.add(f + "\n  Cache-Control: " + IMMUTABLE + "\n"));
        for (String pattern : shortCachePatterns(paths, fingerprinted)) {
            rules.add(pattern + "\n  Cache-Control: " + SHORT + "\n");
        }
        for (String pattern : contentTypePatterns(paths)) {
            String name = pattern.substring(pattern.lastIndexOf('/') + 1);
            String type = name.equals("*") ? CONTENT_TYPES.get("*.json")
                    : CONTENT_TYPES.getOrDefault(name, CONTENT_TYPES.get(name.startsWith("*.") ? name : "*." + extension(name)));
            rules.add(pattern + "\n  Content-Type: " + type + "\n");
        }
        return rules;
    }

    /**
     * One pattern per top-level folder ({@code /consultations/*}) and file ({@code /404.html}), and per entry
     * of /assets/ but the fingerprinted stylesheet and script: together every published file but those, once. The
     * home page is {@code /} as well as {@code /index.html}. Compressed copies and the CDN's own files are
     * not requested by readers.
     */
    static SortedSet<String> shortCachePatterns(java.util.Set<String> paths, SortedSet<String> fingerprinted) {
        SortedSet<String> patterns = new TreeSet<>();
        for (String path : paths) {
            if (fingerprinted.contains(path) || path.equals("/_headers") || path.equals("/_redirects")) {
                continue;
            }
            String[] parts = path.substring(1).split("/");
            if (parts[0].equals("assets") && parts.length > 1) {
                patterns.add(parts.length == 2 ? path : "/assets/" + parts[1] + "/*");
            } else if (parts.length == 1) {
                patterns.add(path);
                if (path.equals("/index.html")) {
                    patterns.add("/");
                }
            } else {
                patterns.add("/" + parts[0] + "/*");
            }
        }
        return patterns;
    }

    /**
     * Feeds by name wherever they are, calendars and JSON by extension. A folder that holds only JSON (the search
     * index's words and pages, hundreds of files) gets one rule for all of it, not one per name.
     */
    static SortedSet<String> contentTypePatterns(java.util.Set<String> paths) {
        java.util.Map<String, Boolean> onlyJson = new java.util.HashMap<>();
        for (String path : paths) {
            boolean json = path.endsWith(".json") && !path.endsWith("/feed.json");
            // Every folder the file is in, as a rule for a folder applies to everything under it.
            for (int slash = path.indexOf('/', 1); slash > 0; slash = path.indexOf('/', slash + 1)) {
                onlyJson.merge(path.substring(0, slash + 1), json, Boolean::logicalAnd);
            }
        }
        SortedSet<String> patterns = new TreeSet<>();
        for (String path : paths) {
            String name = path.substring(path.lastIndexOf('/') + 1);
            String folder = path.substring(0, path.lastIndexOf('/') + 1);
            boolean atTop = path.indexOf('/', 1) < 0;
            if (name.equals("feed.xml") || name.equals("atom.xml") || name.equals("feed.json")) {
                patterns.add(atTop ? "/" + name : "/*/" + name);
            } else if (name.endsWith(".ics")) {
                patterns.add("/*.ics");
            } else if (name.endsWith(".json")) {
                patterns.add(atTop ? path : onlyJson.get(folder) && folder.length() > 1 ? folder + "*" : "/*/" + name);
            }
        }
        return patterns;
    }

    private static String extension(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
