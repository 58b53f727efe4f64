package org.engagementportal.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import java.util.Set;
import org.engagementportal.checks.FastRules;
import org.engagementportal.checks.Finding;
import org.engagementportal.checks.PageUnderTest;
import org.engagementportal.checks.Rule;
import org.engagementportal.content.Wcag;
import org.engagementportal.serve.StaticServer;
import org.engagementportal.source.Json;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Selector;

/**
 * The browser audit of a built site: every page served from the output folder by an in-process server,
 * checked by axe-core in one Chromium session and by the fast rules, compared with the baseline. Results are cached by a hash of
 * each page's HTML with the axe version, the fast rules' version and the settings, so an unchanged page is not checked again.
 */
public final class Audit {

    /**
     * What an audit found: issues by page address, which are new, which baselined entries have gone.
     *
     * @param gone      baselined issues this audit looked for (their page audited, their rule run at the page's levels,
     *                  not ignored) and did not find
     * @param unchecked baselined issues this audit did not look for: another page, or a rule it did not run (warnings
     *                  when only errors were asked for), kept when the baseline is written again
     * @param newIssues       issues the baseline does not accept, on pages that fail: the audit fails when there are any
     * @param withinThreshold pages with issues, new ones among them, that pass all the same because they have no more than
     *                        their {@code threshold} (pa11y-ci's setting), each with its threshold
     */
    public record Result(Map<String, List<Issue>> byPage, SortedSet<String> newIssues, SortedSet<String> gone,
                         SortedSet<String> unchecked, int checked, int fromCache, double seconds, String tool,
                         SortedMap<String, Integer> withinThreshold) {

        /** A result with no page passing by its threshold. */
        public Result(Map<String, List<Issue>> byPage, SortedSet<String> newIssues, SortedSet<String> gone, SortedSet<String> unchecked,
                      int checked, int fromCache, double seconds, String tool) {
            this(byPage, newIssues, gone, unchecked, checked, fromCache, seconds, tool, new TreeMap<>());
        }

        public int total() {
            return byPage.values().stream().mapToInt(List::size).sum();
        }

        /** Whether the page passes: no issues, or no more than its threshold (as pa11y-ci counts its passes). */
        public boolean passes(String page) {
            return byPage.getOrDefault(page, List.of()).isEmpty() || withinThreshold.containsKey(page);
        }
    }

    private Audit() {
    }

    /** The pages of a built site by address ("/about/"), leaving out the little pages that only redirect. */
    public static List<String> pages(Path site) {
        List<String> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                String html = text(p);
                if (html.contains("http-equiv=\"refresh\"")) {
                    continue;
                }
                String rel = site.relativize(p).toString().replace('\\', '/');
                out.add("/" + (rel.endsWith("index.html") ? rel.substring(0, rel.length() - "index.html".length()) : rel));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** How many pages are checked at once when the configuration does not say: one per processor core, up to 4. */
    public static int defaultConcurrency() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    public static Result run(Path site, Pa11yConfig config, Baseline baseline, Path cacheFile) {
        long start = System.nanoTime();
        List<String> allPages = pages(site);
        List<String> pages = allPages;
        List<String> notFound = new ArrayList<>();
        if (!config.urls().isEmpty()) {
            // Only the pages the configuration names, in its order (as pa11y-ci reports them).
            Set<String> built = new java.util.HashSet<>(pages);
            List<String> wanted = new ArrayList<>();
            for (Pa11yConfig.Target t : config.urls()) {
                (built.contains(t.path()) ? wanted : notFound).add(t.path());
            }
            if (!notFound.isEmpty()) {
                // pa11y-ci fails on an address its server does not serve; checking the rest and passing would pass a gate
                // that checked nothing.
                throw new IllegalArgumentException("'urls' names " + (notFound.size() == 1 ? "a page that is" : notFound.size()
                        + " pages that are") + " not in the built site in " + site + ": " + String.join(", ", notFound)
                        + ". Correct or remove " + (notFound.size() == 1 ? "it" : "them") + ", or build the site first");
            }
            pages = wanted;
        }
        Map<String, Cached> cache = readCache(cacheFile);
        Map<String, Cached> nextCache = new TreeMap<>();
        // The cached results of the site's other pages stay for the next audit of them (an audit of the pages a pull
        // request changed cut the cache down to those); a page no longer in the site goes.
        Set<String> audited = new java.util.HashSet<>(pages);
        Set<String> inSite = new java.util.HashSet<>(allPages);
        Map<String, Cached> others = new TreeMap<>();
        cache.forEach((page, cached) -> {
            if (!audited.contains(page) && inSite.contains(page)) {
                others.put(page, cached);
            }
        });
        Map<String, List<Issue>> byPage = new LinkedHashMap<>();
        String tool = "axe-core " + AxeAudit.VERSION + " in Chromium";
        // A page whose HTML, axe version, fast rules and settings are unchanged since the last audit keeps its results.
        Map<String, String> hashes = hashes(site, pages, config, FastRules.VERSION);
        nextCache.putAll(stillValid(cache, hashes));
        List<String> todo = pages.stream().filter(page -> !nextCache.containsKey(page)).toList();
        if (!todo.isEmpty()) {
            // The fast rules read the pages while the browser starts and works.
            CompletableFuture<Map<String, List<Issue>>> fast = CompletableFuture.supplyAsync(() -> {
                Map<String, List<Issue>> out = new HashMap<>();
                todo.forEach(page -> out.put(page, fastRules(page, read(site, page), config.optionsFor(page))));
                return out;
            });
            try (StaticServer server = StaticServer.start(site, mount(site));
                 Chromium browser = Chromium.forAudit(config.defaults().width(), config.defaults().height())) {
                AxeAudit axe = new AxeAudit(browser);
                List<AxeAudit.Job> jobs = todo.stream()
                        .map(page -> new AxeAudit.Job(page, address(server.base(), page), config.optionsFor(page))).toList();
                Map<String, List<Issue>> found = axe.checkAll(jobs, config.concurrency() > 0 ? config.concurrency() : defaultConcurrency());
                Map<String, List<Issue>> fastFound = fast.join();
                for (String page : todo) {
                    List<Issue> issues = new ArrayList<>(found.get(page));
                    issues.addAll(notReportedBy(issues, fastFound.get(page), page, site));
                    nextCache.put(page, new Cached(hashes.get(page), issues));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the audit was interrupted", e);
            }
        }
        for (String page : pages) {
            Pa11yConfig.Options options = config.optionsFor(page);
            byPage.put(page, nextCache.get(page).issues().stream().filter(i -> !options.ignores(i.code(), i.type())).toList());
        }
        Map<String, Cached> kept = new TreeMap<>(others);
        kept.putAll(nextCache);
        writeCache(cacheFile, kept);
        SortedSet<String> found = new TreeSet<>();
        SortedSet<String> fresh = new TreeSet<>();
        SortedMap<String, Integer> within = withinThreshold(byPage, config);
        byPage.forEach((page, issues) -> issues.forEach(i -> {
            found.add(i.key(page));
            // A page that could not be checked is never accepted, by the baseline or a threshold: it would pass unchecked.
            if (i.code().equals(AxeAudit.NOT_CHECKED) || !baseline.accepts(i.key(page)) && !within.containsKey(page)) {
                fresh.add(i.key(page));
            }
        }));
        SortedSet<String> gone = new TreeSet<>();
        SortedSet<String> unchecked = new TreeSet<>();
        for (String key : baseline.accepted()) {
            if (found.contains(key)) {
                continue;
            }
            String[] parts = key.split(" ", 3);
            // A page no longer in the site has none of its issues: they are gone (kept, they were never reported fixed).
            boolean pageGone = parts.length == 3 && !inSite.contains(parts[1]);
            // A page that could not be checked says nothing of which of its issues have gone.
            boolean checked = parts.length == 3 && byPage.containsKey(parts[1]) && !notChecked(byPage.get(parts[1]));
            (pageGone || checked && lookedFor(parts[0], config.optionsFor(parts[1])) ? gone : unchecked).add(key);
        }
        return new Result(byPage, fresh, gone, unchecked, todo.size(), pages.size() - todo.size(), (System.nanoTime() - start) / 1e9,
                tool, within);
    }

    /** Whether these are the issues of a page that could not be checked ({@link AxeAudit#NOT_CHECKED}). */
    static boolean notChecked(List<Issue> issues) {
        return issues.stream().anyMatch(i -> i.code().equals(AxeAudit.NOT_CHECKED));
    }

    /**
     * The pages that pass by their {@code threshold}, each with it: pa11y-ci counts every issue reported on the page (here
     * baselined ones too, as pa11y-ci has no baseline) and passes a page with some and no more than its threshold.
     */
    static SortedMap<String, Integer> withinThreshold(Map<String, List<Issue>> byPage, Pa11yConfig config) {
        SortedMap<String, Integer> within = new TreeMap<>();
        byPage.forEach((page, issues) -> {
            Pa11yConfig.Options options = config.optionsFor(page);
            // As in pa11y-ci, a page that could not be tested is a failure whatever the threshold.
            if (options.withinThreshold(issues.size()) && !notChecked(issues)) {
                within.put(page, options.threshold());
            }
        });
        return within;
    }

    /**
     * Whether an audit with these options looks for issues of rule {@code code}: its level (error, warning, notice) is
     * reported, its WCAG level is within the standard, and it is not ignored. A rule the portal does not know (from an
     * older axe-core) counts as looked for.
     */
    static boolean lookedFor(String code, Pa11yConfig.Options options) {
        java.util.Optional<java.util.Map.Entry<String, org.engagementportal.checks.Level>> rule = rule(code);
        if (rule.isEmpty()) {
            return !options.ignores(code, ""); // not a rule of this version: looked for unless ignored
        }
        String criterion = rule.get().getKey();
        org.engagementportal.checks.Level level = rule.get().getValue();
        return options.reports(level.typeCode()) && !options.ignores(code, level.type())
                && (criterion.equals(Wcag.BEST_PRACTICE)
                || Wcag.within(criterion, options.standard()));
    }

    /**
     * Whether leaving out rule {@code code} ('ignore') leaves out failures an audit at {@code standard} declares: a rule of
     * this version that reports errors of a WCAG criterion within it. An AAA rule at AA, a warning or good practice, or a
     * code no rule has, leaves nothing out.
     */
    public static boolean ignoringNarrows(String code, String standard) {
        return rule(code).filter(r -> r.getValue() == org.engagementportal.checks.Level.ERROR
                && !r.getKey().equals(Wcag.BEST_PRACTICE)
                && Wcag.within(r.getKey(), standard)).isPresent();
    }

    /** The criterion and level of rule {@code code}: the portal's own ("portal.image-alt") or axe-core's; none if unknown. */
    private static java.util.Optional<java.util.Map.Entry<String, org.engagementportal.checks.Level>> rule(String code) {
        if (code.startsWith("portal.")) {
            String id = code.substring("portal.".length());
            return java.util.stream.Stream.concat(
                    FastRules.ALL.stream().filter(r -> r.id().equals(id)).map(r -> java.util.Map.entry(r.criterion(), r.level())),
                    BrowserRules.ALL.stream().filter(r -> r.id().equals(id)).map(r -> java.util.Map.entry(r.criterion(), r.level())))
                    .findFirst();
        }
        String criterion = AxeAudit.CRITERIA.get(code);
        // As AxeAudit.issues reports them: axe-core's best-practice rules as warnings, its WCAG rules as errors.
        return java.util.Optional.ofNullable(criterion).map(c -> java.util.Map.entry(c,
                c.equals(Wcag.BEST_PRACTICE) ? org.engagementportal.checks.Level.WARNING
                        : org.engagementportal.checks.Level.ERROR));
    }

    /**
     * Changes when the way the fast rules' findings become issues changes ({@link #fastRules}), so cached results
     * are redone. The rules themselves have a version of their own, derived from them ({@link FastRules#VERSION}).
     */
    static final String ISSUES_VERSION = "portal-issues-5";

    /**
     * Where the rules that are good practice rather than a WCAG criterion are explained: the page of the portal's rules in
     * the report's own folder (Reports.RULES), so the report's links work wherever the folder is opened.
     */
    static final String RULES_URL = Reports.RULES + "#";

    /**
     * The hash each page's cached result is kept under: its HTML with the axe-core version, the browser rules'
     * version, the fast rules' version, the way their findings become issues and the page's settings.
     */
    static Map<String, String> hashes(Path site, List<String> pages, Pa11yConfig config, String rulesVersion) {
        Map<String, String> out = new TreeMap<>();
        String mount = mount(site);
        Map<String, String> fileDigests = new HashMap<>();
        for (String page : pages) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file(site, page));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // With the pictures and media the page shows: one swapped for a flashing or moving one under the same name
            // changes no byte of the page, and its cached result said it had none.
            StringBuilder shown = new StringBuilder();
            for (String f : filesShown(site, mount, page, new String(bytes, StandardCharsets.UTF_8))) {
                shown.append('|').append(f).append('=').append(fileDigests.computeIfAbsent(f, k -> hash(site.resolve(k.substring(1)), "")));
            }
            out.put(page, hash(bytes, AxeAudit.VERSION + "|" + BrowserRules.VERSION + "|" + rulesVersion + "|" + ISSUES_VERSION + "|"
                    + config.optionsFor(page).key() + shown));
        }
        return out;
    }

    /**
     * The element at the place {@code e} has in its document, in {@code whole} (the same page with nothing hidden, whose
     * elements are in the same places), or {@code e} itself when there is no such page.
     */
    private static Element onPage(Element e, org.jsoup.nodes.Document whole) {
        if (whole == null) {
            return e;
        }
        List<Integer> places = new ArrayList<>();
        for (Element at = e; at.parent() != null; at = at.parent()) {
            places.add(0, at.elementSiblingIndex());
        }
        Element there = whole;
        for (int place : places) {
            if (place >= there.childrenSize()) {
                return e; // not the same page after all: the selector as it was found
            }
            there = there.child(place);
        }
        return there;
    }

    /** What a page showing a picture or other media file has in its HTML, at least one of. */
    private static final List<String> MEDIA_TAGS = List.of("<img", "<source", "<video", "<audio", "<track", "<embed", "<object",
            "type=\"image\"");

    /** The endings of the files a page can show as pictures or other media (a change to one is a change to the page). */
    public static final Set<String> MEDIA_FILES = Set.of("gif", "png", "jpg", "jpeg", "webp", "avif", "svg", "apng", "bmp", "ico",
            "mp4", "webm", "ogv", "ogg", "mp3", "wav", "m4a", "vtt", "pdf");

    /**
     * The files of the site a page shows in it (pictures, their other sizes, video, audio, embedded objects), by path
     * from the site's top ("/pictures/banner.gif"), those that exist: what the audit sees of a page besides its HTML (its
     * stylesheet and script are named by their contents, so a change to them is a change to the page).
     *
     * @param mount where the site's pages are addressed from ("/", or "/get-involved/" for a site in a folder)
     */
    public static java.util.SortedSet<String> filesShown(Path site, String mount, String page, String html) {
        java.util.SortedSet<String> out = new TreeSet<>();
        if (MEDIA_TAGS.stream().noneMatch(html::contains)) {
            return out; // most pages show none: not parsed (an audit of 10,000 unchanged pages took seconds more)
        }
        URI here;
        try {
            here = address(URI.create("http://site" + mount), page);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return out; // a folder or name no address can hold: the audit reaches it as it can, and shows nothing else of it
        }
        org.jsoup.nodes.Document doc = Jsoup.parse(html);
        List<String> refs = new ArrayList<>();
        for (Element e : doc.select("img[src], source[src], video[src], audio[src], track[src], embed[src], input[type=image][src]")) {
            refs.add(e.attr("src"));
        }
        doc.select("video[poster]").forEach(e -> refs.add(e.attr("poster")));
        doc.select("object[data]").forEach(e -> refs.add(e.attr("data")));
        for (Element e : doc.select("img[srcset], source[srcset]")) {
            for (String candidate : e.attr("srcset").split(",")) {
                String url = candidate.strip().split("\\s+", 2)[0];
                if (!url.isEmpty()) {
                    refs.add(url);
                }
            }
        }
        for (String ref : refs) {
            try {
                URI u = here.resolve(new URI(ref.strip()));
                if (!"site".equals(u.getHost()) || u.getPath() == null || !u.getPath().startsWith(mount)) {
                    continue; // another site's, or outside this one
                }
                String path = "/" + u.getPath().substring(mount.length());
                if (Files.isRegularFile(site.resolve(path.substring(1)))) {
                    out.add(path);
                }
            } catch (URISyntaxException | IllegalArgumentException e) {
                // an address no browser could load either: nothing to look at
            }
        }
        return out;
    }

    /** The cached results that still hold: those kept under the hash their page has now. */
    static Map<String, Cached> stillValid(Map<String, Cached> cache, Map<String, String> hashes) {
        Map<String, Cached> out = new TreeMap<>();
        hashes.forEach((page, hash) -> {
            Cached hit = cache.get(page);
            if (hit != null && hit.hash().equals(hash)) {
                out.put(page, hit);
            }
        });
        return out;
    }

    /**
     * Where the built site expects to be served: the path of its home page's canonical address ("/engagement/"
     * for a site built for https://example.nhs.uk/engagement/), or "/" for a folder of HTML without one. Its links,
     * styles and scripts start with that path, so the audit serves it there: served at "/", a page would be checked
     * without its styles.
     */
    public static String mount(Path site) {
        Path home = site.resolve("index.html");
        if (!Files.isRegularFile(home)) {
            return "/";
        }
        try {
            Element canonical = Jsoup.parse(home.toFile(), "UTF-8").selectFirst("head > link[rel=canonical][href]");
            URI address = canonical == null ? null : new URI(canonical.attr("href"));
            String path = address == null || !address.isAbsolute() ? null : address.getRawPath();
            return path == null || !path.startsWith("/") ? "/" : path.substring(0, path.lastIndexOf('/') + 1);
        } catch (URISyntaxException e) {
            return "/";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A page's address on the audit's server, its path escaped as a browser escapes it: a file named "space name.html",
     * in a folder of HTML given with --out, was refused as an address and reported as a mistake in the .pa11yci.
     */
    static java.net.URI address(java.net.URI base, String page) {
        try {
            return base.resolve(new java.net.URI(null, null, page, null).getRawPath().substring(1));
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("a page's path that no address can name: " + page, e);
        }
    }

    private static Path file(Path site, String page) {
        return site.resolve(page.substring(1) + (page.endsWith("/") ? "index.html" : ""));
    }

    /** A built page's HTML, by its address ("/about/"). */
    public static String read(Path site, String page) {
        try {
            return text(file(site, page));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A page's text, read as UTF-8 with any bytes that are not (a page saved as Windows-1252, in a folder of HTML given
     * with --out) read as the replacement character, as a browser shows them: such a page ended the audit with exit 3.
     */
    private static String text(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    /**
     * The fast rules' findings on a built page, as pa11y issues from the runner "portal", leaving out what the
     * page's settings hide ({@code hideElements}) or do not check (outside its {@code rootElement}).
     */
    static List<Issue> fastRules(String page, String html, Pa11yConfig.Options options) {
        PageUnderTest p = FastRules.page(page, html);
        // A hidden part is put out of the rules' sight by an empty element in its place, not removed, so every other
        // element keeps its place among its siblings; each finding's selector is then worked out on the page as it is,
        // at that place (on the page without the hidden part, a selector unique there named another element on the page).
        org.jsoup.nodes.Document whole = options.hide().isEmpty() ? null : FastRules.page(page, html).main().ownerDocument();
        options.hide().forEach(hidden -> select(p.main(), hidden).forEach(e -> e.replaceWith(new Element("template"))));
        // As pa11y does, a rootElement the page does not have means the whole page.
        String root = options.root() != null && !select(p.main(), options.root()).isEmpty() ? options.root() : null;
        List<Issue> out = new ArrayList<>();
        for (Rule rule : FastRules.ALL) {
            if (!options.reports(rule.level().typeCode()) || !Wcag.within(rule.criterion(), options.standard())) {
                continue;
            }
            for (Finding f : rule.check(p)) {
                Element e = f.element();
                if (e != null && root != null && select(p.main(), root).stream().noneMatch(r -> r == e || e.parents().contains(r))) {
                    continue;
                }
                Map<String, Object> extras = new LinkedHashMap<>();
                boolean practice = rule.criterion().equals(Wcag.BEST_PRACTICE);
                extras.put("description", rule.why());
                extras.put("criterion", rule.criterion());
                extras.put("wcagLevel", Wcag.level(rule.criterion()));
                extras.put("failure", rule.failure());
                extras.put("help", practice ? "Good practice, not a WCAG 2.2 success criterion" : "WCAG 2.2 " + rule.criterion());
                extras.put("helpUrl", practice ? RULES_URL + rule.id() : "https://www.w3.org/WAI/WCAG22/Understanding/"
                        + rule.criterion().replaceFirst("^[0-9.]+\\s+", "").toLowerCase(java.util.Locale.ROOT)
                        .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", ""));
                extras.put("fix", f.fix());
                out.add(new Issue("portal." + rule.id(), rule.level().type(), rule.level().typeCode(), f.message() + " " + f.fix(),
                        e == null ? "<html>" : AxeAudit.truncate(e.outerHtml()), e == null ? "html" : onPage(e, whole).cssSelector(),
                        "portal", extras));
            }
        }
        return out;
    }

    /**
     * The fast rules' issues that axe-core has not already reported as surely, by a rule of its own that finds the same
     * problem ({@link org.engagementportal.checks.Rule#axeRules}) on the same element: the same picture without a
     * description is one problem, not two; a faint "click here" link is two (its contrast, axe-core's; its words, ours),
     * where any issue axe-core had on the link hid ours.
     */
    static List<Issue> notReportedBy(List<Issue> axe, List<Issue> fast, String page, Path site) {
        if (axe.isEmpty() || fast.isEmpty()) {
            return fast;
        }
        org.jsoup.nodes.Document main = FastRules.page(page, read(site, page)).main();
        // Each element axe-core reported, with the surest type each of its rules gave it: a fast rule's error about an
        // element axe-core only warns about (a best-practice rule) is still reported.
        Map<Element, Map<String, Integer>> reported = new java.util.IdentityHashMap<>();
        Map<String, Integer> pageReported = new HashMap<>();
        for (Issue i : axe) {
            if (i.selector().equals("html")) {
                pageReported.merge(i.code(), i.typeCode(), Math::min);
            }
            select(main, i.selector()).forEach(e -> reported.computeIfAbsent(e, k -> new HashMap<>()).merge(i.code(), i.typeCode(), Math::min));
        }
        return fast.stream().filter(i -> {
            java.util.Set<String> same = SAME_PROBLEM.getOrDefault(i.code(), java.util.Set.of());
            if (same.isEmpty()) {
                return true;
            }
            java.util.function.Predicate<Map<String, Integer>> asSurely = codes -> same.stream()
                    .anyMatch(code -> codes.getOrDefault(code, 4) <= i.typeCode());
            return i.selector().equals("html") ? !asSurely.test(pageReported)
                    : select(main, i.selector()).stream().noneMatch(e -> asSurely.test(reported.getOrDefault(e, Map.of())));
        }).toList();
    }

    /** Each fast rule's issue code ("portal.link-purpose") with the axe-core rules that find the same problem. */
    private static final Map<String, java.util.Set<String>> SAME_PROBLEM = FastRules.ALL.stream().collect(
            java.util.stream.Collectors.toUnmodifiableMap(r -> "portal." + r.id(), org.engagementportal.checks.Rule::axeRules));

    private static List<Element> select(org.jsoup.nodes.Document doc, String selector) {
        try {
            return doc.select(selector);
        } catch (Selector.SelectorParseException e) {
            return List.of(); // a selector Jsoup cannot read: nothing to compare it with
        }
    }

    record Cached(String hash, List<Issue> issues) {
    }

    private static String hash(Path file, String version) {
        try {
            return hash(Files.readAllBytes(file), version);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(byte[] bytes, String version) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(version.getBytes(StandardCharsets.UTF_8));
            sha.update(bytes);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Cached> readCache(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            Map<String, Map<String, Object>> raw = (Map<String, Map<String, Object>>) Json.read(Files.readString(file));
            Map<String, Cached> out = new TreeMap<>();
            raw.forEach((page, entry) -> {
                List<Issue> issues = new ArrayList<>();
                for (Map<String, Object> i : (List<Map<String, Object>>) entry.get("issues")) {
                    issues.add(new Issue((String) i.get("code"), (String) i.get("type"), ((Number) i.get("typeCode")).intValue(),
                            (String) i.get("message"), (String) i.get("context"), (String) i.get("selector"),
                            (String) i.get("runner"), new LinkedHashMap<>((Map<String, Object>) i.get("runnerExtras"))));
                }
                out.put(page, new Cached((String) entry.get("hash"), issues));
            });
            return out;
        } catch (IOException | RuntimeException e) {
            return Map.of(); // an unreadable cache only means checking everything again
        }
    }

    static void writeCache(Path file, Map<String, Cached> cache) {
        if (file == null) {
            return;
        }
        String json = Json.write(g -> {
            g.writeStartObject();
            for (var e : cache.entrySet()) {
                if (e.getValue().issues().stream().anyMatch(i -> i.code().equals(AxeAudit.NOT_CHECKED))) {
                    continue; // checked again next time, whatever kept it from being checked this time
                }
                g.writeObjectFieldStart(e.getKey());
                g.writeStringField("hash", e.getValue().hash());
                g.writeFieldName("issues");
                Reports.issues(g, e.getValue().issues());
                g.writeEndObject();
            }
            g.writeEndObject();
        }, "/*/issues");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
