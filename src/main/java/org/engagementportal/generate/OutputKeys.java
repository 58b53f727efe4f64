package org.engagementportal.generate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.engagementportal.content.ContentKind;
import org.engagementportal.content.Document;
import org.engagementportal.render.ShownKind;
import org.engagementportal.render.Templates;
import org.engagementportal.site.FeedPlan;
import org.engagementportal.site.Listing;
import org.engagementportal.site.Site;
import org.engagementportal.site.SiteAssembler;
import org.engagementportal.site.SitePage;

/**
 * The key of each rendered output: a 128-bit hash ({@link Quick}) of everything it is made from, so an incremental build
 * can reuse an output whose key has not changed. The inputs are known, not guessed:
 * <ul>
 *   <li>what every page depends on (the structure): the portal's own code, the site's data, its stylesheet, every address a link may point to, the feeds, the Accessible Information Statement
 *       and the latest audit (given by the pipeline);</li>
 *   <li>a page's face, what others show of it: its address, type, front matter and own fields, and its
 *       clock, that is which of its moments have passed and, for a type with moments, the day (for "12 days
 *       left"); and its body, the Markdown of its text;</li>
 *   <li>a content page: its type's template and every template that one imports, its face and body, the faces of its versions, children, neighbours in its run and
 *       the pages it refers to and that refer to it (a meeting links to what it decided), and the titles in its breadcrumbs; the accessibility statement also the
 *       day and the faces of every page with documents;</li>
 *   <li>a listing page: its template (and imports), the listing's title, summary, groups, filters and calendar, its introduction's face
 *       and body, the titles in its breadcrumbs, and every item's face, in order;</li>
 *   <li>a feed: its title and description, and each entry's announcement, date, and page's face and body.</li>
 * </ul>
 */
public final class OutputKeys {
    private final Site site;
    private final String structure;
    private final Map<String, String> faces = new ConcurrentHashMap<>();
    private final Templates templates;
    private final Map<String, String> templateDigests = new ConcurrentHashMap<>();

    private final Memo memo;

    /** @param structure the digest of what every page depends on */
    public OutputKeys(Site site, String structure, Templates templates) {
        this(site, structure, templates, Memo.forOneBuild());
    }

    /** @param memo what earlier builds of the same process worked out of the documents they share with this one */
    public OutputKeys(Site site, String structure, Templates templates, Memo memo) {
        this.site = site;
        this.structure = structure;
        this.templates = templates;
        this.memo = memo;
    }

    /**
     * The digests of a document's own fields and of its text, kept between the builds of one process
     * ({@code portal serve}), which share the documents of files that did not change: for each file, the
     * document they were worked out of, which must be the very same object to be used again.
     */
    public static final class Memo {
        private record Known(Document document, String fields, String body) {
        }

        private final Map<String, Known> known = new ConcurrentHashMap<>();
        private final SearchPages search;

        /** A memo kept between builds. */
        public Memo() {
            this(true);
        }

        private Memo(boolean lasting) {
            search = new SearchPages(lasting);
        }

        /** A memo for one build, which keeps nothing it will not need again in that build. */
        public static Memo forOneBuild() {
            return new Memo(false);
        }

        /** The search index's pages, counted ({@link FindGenerator}). */
        SearchPages search() {
            return search;
        }

        private Known of(Document d) {
            Known k = known.get(d.source());
            if (k == null || k.document() != d) {
                k = new Known(d, fields(d), bodyOf(d));
                known.put(d.source(), k);
            }
            return k;
        }

        /** A digest of a document's own fields: of their bytes as the content memo writes them, else of them as text. */
        private static String fields(Document d) {
            return d.fieldBytes().map(b -> new Quick().add("fields").add(b).hex())
                    .orElseGet(() -> new Quick().add(d.source()).add(d.kind().id()).add(d.variant().toString())
                            .add(d.meta().toString()).add(d.details().toString()).hex());
        }

        /** Forgets the documents of files that are gone, so the memo does not grow with every rename. */
        public void keepOnly(java.util.Collection<Document> documents) {
            java.util.Set<String> sources = new java.util.HashSet<>();
            documents.forEach(d -> sources.add(d.source()));
            known.keySet().retainAll(sources);
        }
    }

    private static final Pattern IMPORT = Pattern.compile("<#(?:import|include)\\s+\"([^\"]+)\"");

    /** What earlier builds of the same process worked out, where they are kept (otherwise this build's alone). */
    Memo memo() {
        return memo;
    }

    /** A template's text and the text of every template it imports or includes, however deep. */
    public String template(String name) {
        return templateDigests.computeIfAbsent(name, n -> {
            Quick h = new Quick();
            java.util.TreeSet<String> seen = new java.util.TreeSet<>();
            java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(List.of(n));
            java.util.TreeMap<String, String> texts = new java.util.TreeMap<>();
            while (!todo.isEmpty()) {
                String t = todo.pop();
                if (!seen.add(t)) {
                    continue;
                }
                String text = templates.source(t).orElse("");
                texts.put(t, text);
                Matcher m = IMPORT.matcher(text);
                while (m.find()) {
                    todo.push(m.group(1));
                }
            }
            texts.forEach((t, text) -> h.add(t).add(text));
            return h.hex();
        });
    }

    /** What others show of a page: its front matter and own fields as read, and its clock. */
    public String face(SitePage p) {
        return faces.computeIfAbsent(p.path(), k -> {
            Document d = p.document();
            Quick h = new Quick().add(memo.of(d).fields()).add(p.path());
            List<ContentKind.Moment> moments = d.moments(site.config(), site.now().getZone());
            if (!moments.isEmpty()) {
                h.add(site.now().toLocalDate().toString());
                for (ContentKind.Moment m : moments) {
                    h.add(m.change()).add(m.at().isAfter(site.now()) ? "to come" : "passed");
                }
            }
            return h.hex();
        });
    }

    /**
     * A page's text: its body's digest ({@link org.engagementportal.content.Body#digest}), a 128-bit hash of its
     * file's bytes from where the text starts (worked out as the file was read), with the length and the first line.
     * Not SHA-256, which without the JIT's optimising compiler costs more than a second over the 10,000-page corpus;
     * two independent 64-bit polynomial hashes make an accidental collision between an edit and the text before it
     * as unlikely as the cache file being corrupted in a way that still reads.
     */
    public String bodyOf(SitePage p) {
        return memo.of(p.document()).body();
    }

    public static String body(SitePage p) {
        return bodyOf(p.document());
    }

    private static String bodyOf(Document d) {
        return d.body().digest();
    }

    /** Adds the titles in the breadcrumbs of the page at {@code path}: those of the folders above it. */
    private void breadcrumbs(Quick h, String path) {
        h.add("breadcrumbs");
        for (int slash = path.indexOf('/', 1); slash >= 0 && slash < path.length() - 1; slash = path.indexOf('/', slash + 1)) {
            h.add(site.titleOf(path.substring(0, slash + 1)).orElse("-"));
        }
    }

    public String page(SitePage p) {
        Quick h = new Quick().add("page").add(structure).add(face(p)).add(bodyOf(p))
                .add(template(templates.templateFor(((ShownKind<?>) p.kind()).template())));
        SitePage original = site.originalOf(p).orElse(p);
        h.add("versions").add(face(original));
        site.variantsOf(original).forEach(v -> h.add(face(v)));
        breadcrumbs(h, p.path());
        if (p.document().isIndex()) {
            h.add("children");
            site.childrenOf(p.path()).forEach(c -> h.add(face(c)));
        }
        h.add("run");
        site.previous(original).ifPresent(x -> h.add(face(x)));
        h.add("/");
        site.next(original).ifPresent(x -> h.add(face(x)));
        h.add("references");
        for (ContentKind.Reference r : p.document().references()) {
            h.add(site.page(r.path()).map(this::face).orElse("missing " + r.path()));
        }
        h.add("referred to by");
        site.referring(original.path()).forEach(x -> h.add(face(x)));
        if (original.path().equals(SiteAssembler.ACCESSIBILITY_PATH)) { // the statement and its versions, which show its sections
            h.add(site.now().toLocalDate().toString()); // it says the day it was last checked: the build's
            h.add("documents");
            site.pages().stream().filter(x -> !x.document().attachments().isEmpty()).forEach(x -> h.add(face(x)));
            h.add("loose documents");
            site.looseDocuments().forEach((file, facts) -> h.add(file + " " + facts));
        }
        return h.hex();
    }

    private volatile String everyFace;

    /**
     * The key of an output made from what every page shows of itself, the yearly "you said, we did" pages and the
     * open data: the structure, its templates and every template they import, the day (they say which outcomes are
     * out), and the face of every page.
     */
    public String everyFace(String what, List<String> templateNames) {
        String faces = everyFace;
        if (faces == null) {
            Quick h = new Quick().add(site.now().toLocalDate().toString());
            site.pages().forEach(p -> h.add(face(p)));
            faces = h.hex();
            everyFace = faces;
        }
        Quick h = new Quick().add("every face").add(what).add(structure).add(faces);
        templateNames.forEach(t -> h.add(template(t)));
        return h.hex();
    }

    /**
     * The key of an output made from the site's structure, its templates (and every template they import) and
     * what it lists, given as {@code listed} (the A to Z: every page's address and title).
     */
    public String ofStructure(String what, List<String> templateNames, String listed) {
        Quick h = new Quick().add("structure").add(what).add(structure).add(listed);
        templateNames.forEach(t -> h.add(template(t)));
        return h.hex();
    }

    private final Map<String, String> listings = new ConcurrentHashMap<>();

    /** The key of page {@code n} of a listing: the listing's own key (worked out once for all its pages) and n. */
    public String listing(Listing l, int n) {
        String whole = listings.computeIfAbsent(l.path(), k -> {
            Quick h = new Quick().add("listing").add(structure)
                    .add(template(templates.templateFor(l.kind() == Listing.Kind.HOME ? "home" : "listing")))
                    .add(l.kind().name()).add(l.path()).add(l.title()).add(l.summary()).add(l.terms().toString())
                    .add(l.termsHeading().toString()).add(l.filters().toString()).add(l.calendar().toString());
            l.intro().ifPresent(i -> h.add(face(i)).add(bodyOf(i)));
            breadcrumbs(h, l.path());
            for (Listing.Section s : l.sections()) {
                h.add(s.id()).add(s.heading());
                s.items().forEach(i -> h.add(face(i)));
            }
            return h.hex();
        });
        return new Quick().add(whole).add(Integer.toString(n)).hex();
    }

    public String feed(FeedPlan.Feed f) {
        Quick h = new Quick().add("feed").add(structure).add(f.path()).add(f.title()).add(f.description())
                .add(f.updated().map(Object::toString).orElse("no entries"));
        for (FeedPlan.Entry e : f.entries()) {
            h.add(e.announces()).add(e.title()).add(e.date().toString()).add(face(e.page())).add(bodyOf(e.page()));
            // What an entry says of the pages its page names: a cancelled meeting's of the one held instead (its time, title).
            for (ContentKind.Reference r : e.page().document().references()) {
                h.add(site.page(r.path()).map(this::face).orElse("missing " + r.path()));
            }
        }
        return h.hex();
    }

    /**
     * A digest of many short strings, for the keys made at every build from something of every page (each page's face
     * and key, the listings', the A to Z's, the search index's): two independent 64-bit polynomial hashes over every character ({@link
     * org.engagementportal.source.TextHash}), with each
     * string's length between them, so no string can run into the next. Several times quicker than SHA-256 over
     * thousands of small strings, and allocates nothing.
     */
    public static final class Quick {
        private final org.engagementportal.source.TextHash hash = new org.engagementportal.source.TextHash();
        private long chars;

        public Quick add(String s) {
            hash.mix(s).mark(0x10000L + s.length()); // not a character: where one string ends
            chars += s.length();
            return this;
        }

        /** Bytes, such as a file's: hashed eight at a time, then marked as bytes with their length. */
        public Quick add(byte[] b) {
            hash.mixBytes(b, 0, b.length).mark(0x100000000L + b.length);
            chars += b.length;
            return this;
        }

        public String hex() {
            return hash.hex() + ":" + chars;
        }
    }

    /** A SHA-256 digest of a sequence of strings, each length-prefixed so no two sequences give one digest. */
    public static final class Digest {
        private final MessageDigest sha;

        public Digest() {
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        public Digest add(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            sha.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) ':');
            sha.update(b);
            return this;
        }

        public Digest add(byte[] b) {
            sha.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) ':');
            sha.update(b);
            return this;
        }

        public String hex() {
            return HexFormat.of().formatHex(sha.digest());
        }
    }
}
