package org.engagementportal.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.engagementportal.source.Json;

/**
 * A pa11y-ci {@code .pa11yci} file, as far as the audit honours it. From {@code defaults}: standard (WCAG2A,
 * WCAG2AA or WCAG2AAA), includeWarnings and includeNotices (as in pa11y), ignore (rule codes), hideElements (CSS selectors left out), rootElement (only this part of the
 * page), timeout, wait, viewport, and concurrency (how many browser windows work at once). {@code urls} are
 * strings or objects with their own options, which replace the defaults one by one as pa11y-ci's do; when
 * there are urls, only those pages are audited. {@code threshold}, as in pa11y-ci, is the number of issues a page may
 * have and still pass (new or baselined, all counted; 0 or none: no issue passes unless the baseline accepts it).
 * Settings that make no sense for a static site (actions, headers and the like) are named in a note and not applied.
 *
 * @param concurrency the number of pages checked at once, 0 when the file does not say
 * @param notes       what was read and deliberately not applied, one sentence each
 */
public record Pa11yConfig(Options defaults, List<Target> urls, int concurrency, List<String> notes) {

    /**
     * How one page is checked.
     *
     * @param tags     the axe-core rule tags (WCAG level)
     * @param root     a CSS selector for the part of the page to check, or null for all of it
     * @param standard the WCAG level checked: "A", "AA" or "AAA"
     * @param warnings whether warnings are reported (pa11y's includeWarnings)
     * @param notices  whether notices are reported (pa11y's includeNotices)
     */
    public record Options(List<String> tags, List<String> ignore, List<String> hide, String root, int timeoutMs, int waitMs,
                          int width, int height, String standard, boolean warnings, boolean notices, int threshold) {

        /** Errors only, at the WCAG level the axe-core tags name, with no threshold. */
        public Options(List<String> tags, List<String> ignore, List<String> hide, String root, int timeoutMs, int waitMs, int width,
                       int height) {
            this(tags, ignore, hide, root, timeoutMs, waitMs, width, height,
                    tags.contains("wcag2aaa") ? "AAA" : tags.contains("wcag2aa") ? "AA" : "A", false, false, 0);
        }

        /**
         * Whether a page with {@code issues} issues passes however many of them are new, as pa11y-ci's {@code threshold}
         * lets it: some issues, and no more than the threshold (0, pa11y-ci's default, lets none through).
         */
        public boolean withinThreshold(int issues) {
            return issues > 0 && issues <= threshold;
        }

        /** What goes into the cache key: a page checked with other options is checked again. */
        public String key() {
            return String.join(",", tags) + "|" + String.join(",", hide) + "|" + (root == null ? "" : root) + "|" + waitMs
                    + "|" + width + "x" + height + "|" + standard + "|" + warnings + "|" + notices;
        }

        /** Whether findings of this pa11y typeCode (1 error, 2 warning, 3 notice) are reported. */
        /** Whether {@code ignore} leaves out issues of this rule of this type, as pa11y reads it: codes in any case, or the type. */
        public boolean ignores(String code, String type) {
            return ignore.contains(code.toLowerCase(java.util.Locale.ROOT)) || ignore.contains(type);
        }

        public boolean reports(int typeCode) {
            return typeCode == 1 || typeCode == 2 && warnings || typeCode == 3 && notices;
        }

        /** These options also reporting warnings and notices when asked, whatever they said. */
        public Options including(boolean moreWarnings, boolean moreNotices) {
            return new Options(tags, ignore, hide, root, timeoutMs, waitMs, width, height, standard, warnings || moreWarnings,
                    notices || moreNotices, threshold);
        }
    }

    /** A page named in {@code urls}, by its path on the site ("/about/"), and its options. */
    public record Target(String path, Options options) {
    }

    public static final Options DEFAULTS = new Options(AxeAudit.TAGS, List.of(), List.of(), null, 30_000, 0, 1280, 1024, "AA", false, false, 0);

    /** The axe-core rule tags of WCAG 2.2 level AAA and everything below it. */
    static final List<String> AAA_TAGS = java.util.stream.Stream.concat(AxeAudit.TAGS.stream(), java.util.stream.Stream.of("wcag2aaa")).toList();

    /** The settings when there is no {@code .pa11yci}. */
    public static Pa11yConfig standard() {
        return new Pa11yConfig(DEFAULTS, List.of(), 0, List.of());
    }

    /**
     * These settings for only {@code pages} (addresses like /about/), as when a pull request changed them: the
     * pages among {@code urls} when it names some, otherwise all of them. None, when none of them is to be checked.
     */
    public Pa11yConfig only(java.util.Collection<String> pages) {
        List<Target> chosen = urls.isEmpty() ? pages.stream().sorted().map(p -> new Target(p, defaults)).toList()
                : urls.stream().filter(t -> pages.contains(t.path())).toList();
        return new Pa11yConfig(defaults, chosen, concurrency, notes);
    }

    /**
     * The same settings also reporting warnings or notices on every page, as pa11y's {@code --include-warnings} and
     * {@code --include-notices} do.
     */
    public Pa11yConfig including(boolean warnings, boolean notices) {
        return new Pa11yConfig(defaults.including(warnings, notices),
                urls.stream().map(t -> new Target(t.path(), t.options().including(warnings, notices))).toList(), concurrency, notes);
    }

    /** The options for the page at {@code path}: its own from {@code urls}, or the defaults. */
    public Options optionsFor(String path) {
        return urls.stream().filter(t -> t.path().equals(path)).map(Target::options).findFirst().orElse(defaults);
    }

    /** The largest viewport width or height taken, in pixels: far beyond any screen, and within what Chromium accepts. */
    static final int MAX_VIEWPORT = 10_000;

    /** Settings pa11y knows that the audit of a static site does not apply. */
    private static final Set<String> NOT_APPLIED = Set.of("actions", "headers", "method", "postData", "userAgent", "log",
            "reporters", "reporter", "screenCapture", "chromeLaunchConfig", "browser", "page", "level", "useIncognitoBrowserContext", "runners", "agent", "ignoreUrl", "rules");
    /**
     * A selector list, as pa11y gives it to the page whole, split into its selectors at the commas between them: not at
     * one inside brackets or quotes ({@code :is(.a, .b)}, {@code [data-x="1,2"]}), which belongs to its selector.
     */
    static List<String> selectors(String list) {
        List<String> out = new java.util.ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '\\') {
                i++; // an escaped character is part of its name
            } else if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(list.substring(start, i).strip());
                start = i + 1;
            }
        }
        out.add(list.substring(start).strip());
        return out.stream().filter(x -> !x.isEmpty()).toList();
    }

    private static final Set<String> APPLIED = Set.of("standard", "ignore", "hideElements", "rootElement", "timeout", "wait",
            "viewport", "concurrency", "threshold", "url", "includeWarnings", "includeNotices");

    /** What to say of a settings or baseline file that is not UTF-8 text (saved as Windows-1252, say): it ended the audit with exit 3. */
    static String notUtf8(Path file) {
        return file + " is not saved as UTF-8 text (a letter such as é in it is in another encoding). Save it again as UTF-8: "
                + "in most editors, Save as, then Encoding: UTF-8.";
    }

    /** Reads {@code file}; a mistake in it is an IllegalArgumentException saying what is wrong. */
    @SuppressWarnings("unchecked")
    public static Pa11yConfig read(Path file) {
        Map<String, Object> root;
        try {
            root = (Map<String, Object>) Json.read(Files.readString(file));
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalArgumentException(notUtf8(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Json.Malformed | ClassCastException e) {
            throw new IllegalArgumentException(file + " is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null) {
            throw new IllegalArgumentException(file + " is empty: write {\"defaults\": {}} for the standard settings.");
        }
        try {
            return settings(root, file);
        } catch (ClassCastException | NullPointerException e) {
            throw new IllegalArgumentException(file + " has a setting of the wrong kind: 'ignore' and 'urls' are lists, "
                    + "'hideElements', 'rootElement' and 'standard' are text, 'includeWarnings' and 'includeNotices' are true or false, 'timeout', 'wait', 'concurrency' and 'threshold' are numbers, "
                    + "'viewport' has a width and a height, and each entry in 'urls' is an address or has a 'url'.");
        }
    }

    @SuppressWarnings("unchecked")
    private static Pa11yConfig settings(Map<String, Object> root, Path file) {
        List<String> notes = new ArrayList<>();
        for (String key : root.keySet()) {
            if (!key.equals("defaults") && !key.equals("urls")) {
                // pa11y-ci reads these two; a misspelt one was ignored, and the audit ran with the standard settings.
                throw new IllegalArgumentException(file + ": '" + key + "' is not a setting of a .pa11yci file."
                        + org.engagementportal.source.Suggest.didYouMean(key, List.of("defaults", "urls"))
                        + " Its settings are 'defaults' and 'urls'.");
            }
        }
        Map<String, Object> d = (Map<String, Object>) root.getOrDefault("defaults", Map.of());
        Set<String> skipped = new TreeSet<>();
        Options defaults = options(d, DEFAULTS, file, "defaults", skipped);
        int concurrency = d.containsKey("concurrency") ? ((Number) d.get("concurrency")).intValue() : 0;
        if (d.containsKey("concurrency") && concurrency < 1) {
            throw new IllegalArgumentException(file + ": 'concurrency' is the number of pages checked at once, 1 or more, not " + concurrency);
        }
        List<Target> urls = new ArrayList<>();
        Map<String, Target> seen = new LinkedHashMap<>();
        for (Object u : (List<Object>) root.getOrDefault("urls", List.of())) {
            Target t;
            if (u instanceof Map<?, ?> m) {
                Map<String, Object> own = (Map<String, Object>) m;
                Object url = own.get("url");
                if (url == null) {
                    throw new IllegalArgumentException(file + ": an entry in 'urls' has no 'url': give the page's address, "
                            + "such as {\"url\": \"http://localhost/about/\"}.");
                }
                t = new Target(path(String.valueOf(url), file), options(own, defaults, file, String.valueOf(url), skipped));
            } else {
                t = new Target(path(String.valueOf(u), file), defaults);
            }
            seen.putIfAbsent(t.path(), t);
        }
        urls.addAll(seen.values());
        if (!skipped.isEmpty()) {
            notes.add("not applied to a static site, and ignored: " + String.join(", ", skipped) + " in " + file + ".");
        }
        return new Pa11yConfig(defaults, List.copyOf(urls), concurrency, List.copyOf(notes));
    }

    /** The page's path on the site, from a full address or a path: "/events/" for /events, /events/index.html or /events/. */
    static String path(String url, Path file) {
        String path;
        try {
            path = URI.create(url.strip()).getPath();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": '" + url + "' in 'urls' is not a web address or a path such as /about/.");
        }
        if (path == null || path.isEmpty()) {
            return "/";
        }
        // As a server reads it: a folder's index.html is the folder, and a page's address without its last / is the page.
        if (path.endsWith("/index.html")) {
            return path.substring(0, path.length() - "index.html".length());
        }
        return path.endsWith("/") || path.substring(path.lastIndexOf('/') + 1).contains(".") ? path : path + "/";
    }

    /** pa11y-ci gives each url the defaults with its own settings put over them, one setting at a time. */
    @SuppressWarnings("unchecked")
    private static Options options(Map<String, Object> m, Options base, Path file, String where, Set<String> skipped) {
        List<String> tags = base.tags();
        String level = base.standard();
        if (m.containsKey("standard")) {
            String standard = String.valueOf(m.get("standard"));
            level = standard.replaceFirst("^WCAG2", "");
            tags = switch (standard) {
                case "WCAG2A" -> List.of("wcag2a", "wcag21a", "wcag22a");
                case "WCAG2AA" -> AxeAudit.TAGS;
                case "WCAG2AAA" -> AAA_TAGS;
                default -> throw new IllegalArgumentException(file + " (" + where + "): 'standard' must be WCAG2A, WCAG2AA or WCAG2AAA, not "
                        + standard);
            };
        }
        List<String> ignore = m.containsKey("ignore")
                ? ((List<Object>) m.get("ignore")).stream().map(v -> String.valueOf(v).toLowerCase(java.util.Locale.ROOT)).toList()
                : base.ignore();
        List<String> hide = base.hide();
        if (m.containsKey("hideElements")) {
            hide = selectors((String) m.get("hideElements"));
        }
        String rootElement = m.containsKey("rootElement") ? (String) m.get("rootElement") : base.root();
        int timeout = m.containsKey("timeout") ? ((Number) m.get("timeout")).intValue() : base.timeoutMs();
        int wait = m.containsKey("wait") ? ((Number) m.get("wait")).intValue() : base.waitMs();
        // A timeout of none reported every page as one that could not be checked, blaming its length; a wait below
        // nothing was taken silently.
        if (timeout < 1) {
            throw new IllegalArgumentException(file + " (" + where + "): 'timeout' is how long each page may take to be checked, "
                    + "in milliseconds, 1 or more (pa11y's own is 30000, half a minute), not " + timeout + ".");
        }
        if (wait < 0) {
            throw new IllegalArgumentException(file + " (" + where + "): 'wait' is how long to wait before checking a page, in "
                    + "milliseconds, 0 or more, not " + wait + ".");
        }
        int width = base.width();
        int height = base.height();
        if (m.containsKey("viewport")) {
            Map<String, Object> viewport = (Map<String, Object>) m.get("viewport");
            width = ((Number) viewport.getOrDefault("width", width)).intValue();
            height = ((Number) viewport.getOrDefault("height", height)).intValue();
            if (width < 1 || height < 1 || width > MAX_VIEWPORT || height > MAX_VIEWPORT) {
                // One too large ended the audit with exit 3 (Chromium refused it).
                throw new IllegalArgumentException(file + " (" + where + "): 'viewport' needs a width and a height from 1 to "
                        + MAX_VIEWPORT + " pixels, not " + width + " by " + height + ".");
            }
        }
        for (String key : m.keySet()) {
            if (NOT_APPLIED.contains(key)) {
                skipped.add("'" + key + "'");
            } else if (!APPLIED.contains(key)) {
                throw new IllegalArgumentException(file + " (" + where + "): '" + key + "' is not a pa11y-ci setting. The settings used are "
                        + String.join(", ", new TreeSet<>(APPLIED)) + ".");
            }
        }
        boolean warnings = m.containsKey("includeWarnings") ? (Boolean) m.get("includeWarnings") : base.warnings();
        boolean notices = m.containsKey("includeNotices") ? (Boolean) m.get("includeNotices") : base.notices();
        int threshold = m.containsKey("threshold") ? ((Number) m.get("threshold")).intValue() : base.threshold();
        if (threshold < 0) {
            throw new IllegalArgumentException(file + " (" + where + "): 'threshold' is the number of issues a page may have and still "
                    + "pass, 0 or more, not " + threshold + ".");
        }
        return new Options(tags, ignore, hide, rootElement, timeout, wait, width, height, level, warnings, notices, threshold);
    }
}
