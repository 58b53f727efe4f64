package org.engagementportal.pipeline;

import java.net.URI;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import org.engagementportal.config.DataLoader;
import org.engagementportal.config.SiteData;
import org.engagementportal.content.ContentLoader;
import org.engagementportal.content.LoadMemo;
import org.engagementportal.content.LoadedContent;
import org.engagementportal.generate.AssetGenerator;
import org.engagementportal.generate.OpenDataGenerator;
import org.engagementportal.generate.YouSaidWeDidGenerator;
import org.engagementportal.generate.BuildContext;
import org.engagementportal.generate.BundledAssets;
import org.engagementportal.generate.CalendarGenerator;
import org.engagementportal.generate.ContentPageGenerator;
import org.engagementportal.generate.FeedGenerator;
import org.engagementportal.generate.FindGenerator;
import org.engagementportal.generate.Generator;
import org.engagementportal.generate.HeadersGenerator;
import org.engagementportal.generate.ListingGenerator;
import org.engagementportal.generate.NotFoundGenerator;
import org.engagementportal.generate.RedirectGenerator;
import org.engagementportal.generate.RobotsGenerator;
import org.engagementportal.generate.ScheduleGenerator;
import org.engagementportal.generate.SitemapGenerator;
import org.engagementportal.jbake.JBakeTemplates;
import org.engagementportal.markdown.Markdown;
import org.engagementportal.audit.AuditSummary;
import org.engagementportal.plain.PlainEnglish;
import org.engagementportal.publish.DryRunOutput;
import org.engagementportal.publish.Output;
import org.engagementportal.publish.PreviewFolder;
import org.engagementportal.publish.Publisher;
import org.engagementportal.publish.StagingFolder;
import org.engagementportal.render.CardViews;
import org.engagementportal.render.DocumentViews;
import org.engagementportal.render.LayoutViews;
import org.engagementportal.render.ListingViews;
import org.engagementportal.render.PageViews;
import org.engagementportal.site.FeedPlan;
import org.engagementportal.site.Links;
import org.engagementportal.site.Site;
import org.engagementportal.site.SiteAssembler;
import org.engagementportal.generate.OutputKeys;
import org.engagementportal.generate.Reuse;
import org.engagementportal.types.ContentType;
import org.engagementportal.types.ContentTypes;
import org.engagementportal.source.Problems;

/**
 * The build, stage by stage: load the site data and content, assemble the site, render and generate
 * every output, publish. {@code portal check} runs the same stages and writes nothing. Content mistakes
 * never stop a stage early: each stage reports all it finds, and only a build without errors replaces
 * the output folder.
 */
public final class Pipeline {
    private final List<ContentType<?>> types;
    private final boolean readingAges;
    /** What was read in this pipeline's earlier runs, for {@code portal serve}; null: read everything each run. */
    private final LoadMemo memo;
    /** The plain-English checks of each document in earlier runs, with {@link #memo}. */
    private final PlainMemo plain;

    /** A pipeline for the portal's types of content ({@link ContentTypes#ALL}). */
    public Pipeline() {
        this(ContentTypes.ALL);
    }

    /** A pipeline for these types of content, in the order their sections are shown. */
    public Pipeline(List<? extends ContentType<?>> types) {
        this(types, false);
    }

    /** What the digests of the documents were in earlier runs, with {@link #memo}. */
    private final OutputKeys.Memo keys;
    /** The preview's folder and what was rendered into it, for {@link #previewing()}; null: publish as a build does. */
    private final PreviewState preview;

    private Pipeline(List<? extends ContentType<?>> types, boolean readingAges, LoadMemo memo, boolean previewing) {
        this.types = List.copyOf(types);
        this.readingAges = readingAges;
        this.memo = memo;
        this.plain = memo == null ? null : new PlainMemo();
        this.keys = memo == null ? null : new OutputKeys.Memo();
        this.preview = previewing ? new PreviewState() : null;
    }

    private Pipeline(List<? extends ContentType<?>> types, boolean readingAges) {
        this(types, readingAges, null, false);
    }

    /** This pipeline, scoring every page's reading age (with its warnings) in a build too, as a check does. */
    public Pipeline withReadingAges() {
        return new Pipeline(types, true, memo, preview != null);
    }

    /**
     * This pipeline, remembering between its runs what it read, so a run after a change reads only the files
     * that changed ({@code portal serve} runs one pipeline after every save).
     */
    public Pipeline remembering() {
        return new Pipeline(types, readingAges, new LoadMemo(), preview != null);
    }

    /**
     * This pipeline remembering, and building into a preview folder that it changes in place
     * ({@link PreviewFolder}): after a save it writes only the files that changed, keeps what it rendered in
     * memory rather than in {@code .portal-cache/}, and makes no compressed copies and no manifest. For
     * {@code portal serve}, whose server needs none of them; {@link Result#changed()} says which files changed.
     */
    public Pipeline previewing() {
        return new Pipeline(types, readingAges, memo != null ? memo : new LoadMemo(), true);
    }

    /** The preview folder, made at the first run, and what the last run that changed it rendered. */
    private static final class PreviewState {
        PreviewFolder folder;
        Map<String, RenderCache.Entry> rendered;
        /** What the folder's pages were last made of, when a build put them there; null before. */
        TextSaves.Last last;
        /**
         * The files the watcher saw change since the folder was last changed (over every run since, those that
         * failed too: a template saved while a page had a mistake is still news when the page is mended); null when
         * a run was not told what changed.
         */
        List<Path> saved = new ArrayList<>();

        void saw(java.util.Collection<Path> changed) {
            if (changed == null) {
                saved = null;
            } else if (saved != null) {
                saved.addAll(changed);
            }
        }

        /** The folder holds what the last run made: what changed before it is no longer news. */
        void published(TextSaves.Last made) {
            last = made;
            saved = new ArrayList<>();
        }
    }

    /**
     * @param source  the site folder (with content/)
     * @param out     where to publish; empty for a check that writes nothing
     * @param now     the clock for everything date-dependent, in the site's time zone; empty for now
     * @param baseUrl replaces site.yml's base_url
     * @param useCache  whether to reuse what the previous build into {@code out} rendered, where nothing it is
     *                  made from has changed ({@code --no-cache} turns it off; the cache is written either way)
     */
    public record Options(Path source, Optional<Path> out, Optional<LocalDateTime> now, Optional<URI> baseUrl,
                          boolean useCache) {
        public Options(Path source, Optional<Path> out, Optional<LocalDateTime> now, Optional<URI> baseUrl) {
            this(source, out, now, baseUrl, true);
        }
    }

    /** How long a stage took, and what it did, for the progress lines. */
    public record Stage(String name, long millis, String detail) {
    }

    /**
     * @param pages     the number of HTML pages generated; {@code files} and {@code bytes} count all outputs
     * @param addresses each content file (as problems name it, {@code content/about.md}) and the addresses of the
     *                  pages made from it ({@code /about/}; a folder's {@code index.md}: its listing's)
     * @param rendered  the pages and feeds rendered afresh (the others were unchanged and reused), by site path
     */
    /**
     * @param changed   of a {@linkplain #previewing() preview}, the files whose contents the run changed in its folder
     *                  (added, changed or removed), by site path; empty otherwise
     */
    public record Result(Problems problems, List<Stage> stages, int pages, int files, long bytes, boolean published,
                         List<PlainEnglish.PageScore> readingAges, Map<String, List<String>> addresses,
                         java.util.SortedSet<String> rendered, java.util.SortedSet<String> changed) {
        public Result(Problems problems, List<Stage> stages, int pages, int files, long bytes, boolean published,
                      List<PlainEnglish.PageScore> readingAges) {
            this(problems, stages, pages, files, bytes, published, readingAges, Map.of(), java.util.Collections.emptySortedSet(),
                    java.util.Collections.emptySortedSet());
        }
    }

    /**
     * A run of a remembering pipeline after the files {@code changed} changed, as a watcher saw them (absolute
     * paths; a folder for everything in it): when they are only Markdown files, it need not walk content/ again.
     */
    public Result run(Options options, Consumer<Stage> progress, java.util.Collection<Path> changed) {
        if (memo != null) {
            memo.changed(changed);
        }
        return run(options, progress, changed, true);
    }

    public Result run(Options options, Consumer<Stage> progress) {
        return run(options, progress, null, false);
    }

    /** @param told whether the caller says which files changed ({@code changed}; null: it does not know) */
    private Result run(Options options, Consumer<Stage> progress, java.util.Collection<Path> changed, boolean told) {
        if (preview != null) {
            preview.saw(told ? changed : null);
            if (preview.folder != null && !preview.folder.intact()) {
                // Its folder was taken away or emptied (the site's cache cleaned): start again, writing every file.
                preview.folder = null;
                preview.rendered = null;
                preview.last = null;
            }
        }
        // Parallel streams started inside a pool's task use that pool. More threads than cores, so that
        // while some wait for the disk (reading content, writing pages) the others keep the cores busy.
        ForkJoinPool pool = new ForkJoinPool(THREADS);
        try {
            return pool.submit(() -> runStages(options, progress)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the build was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
            // Nothing the build started outlives it, whatever stopped it: a task forked ahead and not yet joined (the
            // content memo being written, say) finishes before the build returns and the process may end.
            try {
                pool.awaitTermination(10, java.util.concurrent.TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The top-level folders the types' listings are published in, which a committee may not take. */
    public static java.util.Set<String> sections(List<? extends ContentType<?>> types) {
        return types.stream().flatMap(t -> t.sections().stream()).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    /** Worker threads: twice the cores, so writing to a slow disk overlaps with rendering. */
    static final int THREADS = Integer.getInteger("portal.threads", Runtime.getRuntime().availableProcessors());

    /**
     * Where the site's pages are under its address: "/", or "/engagement/" for a site published at
     * https://www.example.nhs.uk/engagement/ ({@code --base-url}'s path, else site.yml's); "/" when site.yml cannot
     * be read (the build says why).
     */
    public static String basePath(Options options) {
        String path = options.baseUrl().map(url -> DataLoader.withSlash(url).getRawPath())
                .orElseGet(() -> new DataLoader(options.source(), new Problems()).load().site().basePath());
        return path == null || path.isEmpty() || !path.startsWith("/") || !path.endsWith("/") ? "/" : path;
    }

    /** What the last build read of each content file, for the next ({@link LoadMemo#kept}). */
    static Path contentMemo(Path source) {
        return source.toAbsolutePath().normalize().resolve(RenderCache.FOLDER).resolve("content.memo");
    }

    private Result runStages(Options options, Consumer<Stage> progress) {
        try {
            return stages(options, progress);
        } catch (RuntimeException e) {
            if (org.engagementportal.content.SourceChanged.in(e).isPresent() && memo == null) {
                // A file that changed without its size or time changing (which a memo cannot see): read it all again next
                // time. Once the build's other tasks are done, so the memo being written (which holds the file) is not
                // written after it is deleted.
                java.util.concurrent.ForkJoinTask.helpQuiesce();
                try {
                    Files.deleteIfExists(contentMemo(options.source()));
                } catch (IOException | RuntimeException ignored) {
                    // The next build reads the memo and stops again at the file, which says to run it again.
                }
            }
            throw e;
        }
    }

    private Result stages(Options options, Consumer<Stage> progress) {
        Problems problems = new Problems();
        List<Stage> stages = new ArrayList<>();
        Consumer<Stage> record = s -> {
            stages.add(s);
            progress.accept(s);
        };
        Path source = options.source().toAbsolutePath().normalize();
        // What earlier builds left beside the output folder is deleted while this one works.
        if (preview == null) {
            options.out().ifPresent(Publisher::clearLeftovers);
        }

        long t0 = System.nanoTime();
        // Taken before anything is read, so a file changed while the build reads it is seen as changed next time.
        Optional<UpToDate.Inputs> stamped = options.out().isPresent() && memo == null && preview == null
                ? UpToDate.inputsAndWalk(source) : Optional.empty();
        Optional<String> inputs = stamped.map(UpToDate.Inputs::line);
        String settings = options.out().map(out -> settings(out, options)).orElse("");
        if (inputs.isPresent() && options.useCache()) {
            Optional<Result> unchanged = unchanged(source, options, settings, inputs.get(), problems);
            if (unchanged.isPresent()) {
                record.accept(new Stage("unchanged", millis(t0), "no file has changed since the last build, nor any page's state"));
                return new Result(problems, stages, unchanged.get().pages(), unchanged.get().files(), unchanged.get().bytes(),
                        true, List.of());
            }
        }

        SiteData loaded = new DataLoader(source, problems, sections(types)).baseUrlGiven(options.baseUrl().isPresent()).load();
        SiteData data = options.baseUrl()
                .map(url -> new SiteData(loaded.site().withBaseUrl(DataLoader.withSlash(url)), loaded.vocabulary(), loaded.glossary()))
                .orElse(loaded);
        ZonedDateTime now = options.now().map(t -> t.atZone(data.site().timeZone()))
                .orElseGet(() -> ZonedDateTime.now(data.site().timeZone()).truncatedTo(ChronoUnit.MINUTES));
        // A build reads only the files changed since the last, taking the others as the last build read them.
        LoadMemo loadMemo = memo;
        if (memo == null && preview == null && options.out().isPresent()) {
            loadMemo = options.useCache()
                    ? LoadMemo.kept(contentMemo(source), PortalVersion.fingerprint(), note -> record.accept(new Stage("cache", 0, note)))
                    : LoadMemo.forNextBuild();
        }
        ContentLoader loader = new ContentLoader(source, data, now, problems, types);
        // The walk that stamped content/ above, gone through again rather than the folder walked twice.
        stamped.flatMap(UpToDate.Inputs::takeContent).ifPresent(loader::walkedAlready);
        LoadedContent content = loader.load(loadMemo);
        record.accept(new Stage("load", millis(t0), content.documents().size() + " content files, "
                + content.staticFiles().size() + " other files"));

        long tc = System.nanoTime();
        // portal check (no output folder) scores every page's reading age and applies the fast accessibility
        // rules to whole pages; a build runs what can stop it (easy read, jargon) and the rules on the text.
        boolean checking = options.out().isEmpty();
        boolean scoring = checking || readingAges;
        List<PlainEnglish.PageScore> ages = plain == null ? PlainEnglish.check(content.documents(), data, problems, scoring)
                : plain.check(content.documents(), data, problems, scoring);
        record.accept(new Stage("plain", millis(tc), scoring ? ages.size() + (ages.size() == 1 ? " page" : " pages") + " scored for reading age"
                : "easy read and jargon checked"));

        if (preview != null && preview.last != null && options.out().isPresent() && options.useCache() && !problems.hasErrors()) {
            Optional<TextSaves.Changed> texts = TextSaves.changed(preview.last, options, source, data, now, content, preview.saved);
            if (texts.isPresent()) {
                return textsChanged(texts.get(), options, content, ages, problems, stages, record);
            }
        }
        // What is reported from here on that is not kept with an output (in the render cache) is kept for the preview.
        int mark = problems.count();

        // The last build's cache and manifest, read while the site is assembled, when they can be used.
        boolean reusing = preview == null && options.out().isPresent() && options.useCache() && !problems.hasErrors();
        var cacheAhead = reusing ? RenderCache.readAhead(source, options.out().get(), PortalVersion.fingerprint()) : null;
        var stagingAhead = reusing ? StagingFolder.updatingAhead(options.out().get().toAbsolutePath()) : null;
        // What this build read of each file, saved for the next by another of the build's threads while the site is
        // assembled and its pages made: it says what the files hold, so it is kept even if the build then fails (not
        // when reading them found an error). Forked after the reads above, which the pages wait for, so a free thread
        // takes those first; the build waits for it, as for every task it starts, before it returns (run).
        if (loadMemo != memo && options.out().isPresent() && !problems.hasErrors()) {
            java.util.concurrent.ForkJoinTask.adapt(saving(loadMemo, contentMemo(source))).fork();
        }
        long t1 = System.nanoTime();
        Site site = new SiteAssembler(data, now, problems, types).assemble(content);
        record.accept(new Stage("assemble", millis(t1), site.pages().size() + " pages, " + site.listings().size() + " listings"));

        long t2 = System.nanoTime();
        BundledAssets assets = BundledAssets.load();
        boolean write = options.out().isPresent() && !problems.hasErrors();
        RenderCache cache;
        if (preview != null) {
            cache = write && options.useCache() && preview.rendered != null ? RenderCache.continuing(preview.rendered, problems)
                    : RenderCache.cold(problems);
        } else {
            cache = write && options.useCache()
                    ? cacheAhead.apply(problems, note -> record.accept(new Stage("cache", 0, note)))
                    : RenderCache.cold(problems);
        }
        if (write && preview == null) {
            cache.countsIn(source, options.out().get(), options.useCache());
        }
        if (keys != null) {
            keys.keepOnly(content.documents());
        }
        // Three independent parts of what the pages are made with, two of them on another thread while this one plans the feeds.
        java.util.concurrent.ForkJoinTask<Links> linking = java.util.concurrent.ForkJoinTask.adapt(() -> new Links(site)).fork();
        java.util.concurrent.ForkJoinTask<JBakeTemplates> templating = java.util.concurrent.ForkJoinTask.adapt(() ->
                new JBakeTemplates(source, site.config(), types.stream().map(ContentType::template).distinct().toList())).fork();
        FeedPlan feeds = FeedPlan.of(site);
        Links links = linking.join();
        JBakeTemplates templates = templating.join();
        String structure = structure(site, source, assets, feeds, links.paths(), checking);
        AuditSummary.Saved audit = AuditSummary.read(source, site.now().toLocalDate(), problems);
        // With mistakes in the content already, portal check applies the rules as the build does, to each page's text: the
        // whole pages then show what the mistakes left out or empty (a title with no words in the A to Z, a site with no
        // name on the home page), which were reported again against the templates.
        boolean wholePages = checking && !problems.hasErrors();
        BuildContext ctx = context(site, source, assets, problems, wholePages, cache, keys == null ? OutputKeys.Memo.forOneBuild() : keys,
                feeds, links, templates, structure, audit);
        Output output;
        StagingFolder staging = null;
        PreviewFolder.Build previewBuild = null;
        if (write && preview != null) {
            if (preview.folder == null || !preview.folder.root().equals(options.out().get().toAbsolutePath().normalize())) {
                preview.folder = new PreviewFolder(options.out().get());
                preview.rendered = null;
            }
            previewBuild = preview.folder.begin(problems);
            output = previewBuild;
        } else if (write) {
            // With the cache, only what changed is written and moved into the output folder; without, a new folder.
            staging = options.useCache() ? stagingAhead.apply(problems)
                    : StagingFolder.beside(options.out().get().toAbsolutePath(), problems);
            output = staging;
        } else {
            output = new DryRunOutput(problems);
        }
        try {
            GENERATORS.forEach(g -> g.start(ctx));
            for (Generator g : GENERATORS) {
                g.generate(ctx, output.from("the portal's " + g.name()));
            }
            // The text of each file that mistakes in its settings kept from being a page: its links, pictures and headings
            // checked as a page's are, so every mistake in the file is told in this run (LoadedContent.Text).
            content.unreadTexts().forEach(t -> ctx.markdown().render(t.markdown(), t.source(), t.firstLine(), t.folder(),
                    links, problems));
            int pages = site.pages().size() + site.listings().stream()
                    .mapToInt(l -> l.shownPages(site.pageSize())).sum()
                    + (site.youSaidWeDid().isEmpty() ? 0 : 1 + site.youSaidWeDid().years().size())
                    + FindGenerator.pages(site);
            String reused = cache.reused() == 0 ? "" : " (" + cache.reused() + " unchanged since the last build)";
            record.accept(new Stage("render", millis(t2), pages + " pages, " + output.fileCount() + " files" + reused));
            boolean published = false;
            java.util.SortedSet<String> changed = java.util.Collections.emptySortedSet();
            if (previewBuild != null && !problems.hasErrors()) {
                long t3 = System.nanoTime();
                changed = java.util.Collections.unmodifiableSortedSet(previewBuild.apply());
                preview.rendered = cache.made();
                preview.published(new TextSaves.Last(options, data, source, content, now, site, feeds, links, templates, structure,
                        audit, TextSaves.others(problems.since(mark), preview.rendered), pages, addresses(site)));
                published = true;
                record.accept(new Stage("publish", millis(t3), changed.size() + " changed in " + options.out().get()));
            }
            if (staging != null && !problems.hasErrors()) {
                long t3 = System.nanoTime();
                staging.finish();
                // The cache is forgotten while the output changes, so a build stopped half way cannot trust it.
                RenderCache.forget(source, options.out().get());
                UpToDate.forget(source, options.out().get());
                Publisher.publish(staging, options.out().get());
                // The render cache is saved by another of the build's threads while the record for the next build's
                // "nothing to do" check is made: that record says only that the output is as published, which it is,
                // even if saving the cache then fails (the build then stops as before, with the output published).
                RenderCache rendered = cache;
                java.util.concurrent.ForkJoinTask<?> cacheSaved = java.util.concurrent.ForkJoinTask.adapt(
                        () -> rendered.save(source, options.out().get(), PortalVersion.fingerprint())).fork();
                published = true;
                try {
                    if (inputs.isPresent() && !readingAges) {
                        // What the folder holds, from what the build read of it and changed when it can, else read again.
                        Optional<String> outputs = staging.publishedDigest().map(UpToDate::outputsLine)
                                .or(() -> UpToDate.outputs(options.out().get()));
                        if (outputs.isPresent()) {
                            UpToDate.save(source, options.out().get(), new UpToDate.Previous(settings,
                                    UpToDate.Window.around(now, content.documents(), data.site()), inputs.get(), outputs.get(),
                                    pages, staging.filesWritten(), output.byteCount(), problems.sorted()));
                        }
                    }
                } finally {
                    cacheSaved.quietlyJoin(); // before the cache's counts are let go, below
                }
                cacheSaved.join(); // what it threw, if anything
                Publisher.finishDeleting(); // the old output, when the whole site was made afresh
                record.accept(new Stage("publish", millis(t3), options.out().get().toString()));
            }
            int files = published && staging != null ? staging.filesWritten() : output.fileCount();
            return new Result(problems, stages, pages, files, output.byteCount(), published, ages, addresses(site),
                    cache.rendered(), changed);
        } finally {
            // What was started ahead and not taken (a generator before it failed) finishes before its files are cleared.
            ctx.started().values().forEach(java.util.concurrent.ForkJoinTask::quietlyJoin);
            cache.discardCounts();
            if (staging != null) {
                staging.close();
            }
        }
    }

    /** Saves what the load read of each file for the next build; a memo that cannot be saved is not: the next build reads every file. */
    private static Runnable saving(LoadMemo loadMemo, Path file) {
        return () -> {
            try {
                loadMemo.save(file, PortalVersion.fingerprint());
            } catch (IOException | RuntimeException e) {
                // The next build reads every file again.
            }
        };
    }

    /**
     * What else the output depends on: the portal's version, the output folder, the options, and the compressors (a build
     * on a computer where Brotli could not be loaded made no .br copies: the next, with Brotli, is not "up to date").
     */
    private String settings(Path out, Options options) {
        return PortalVersion.fingerprint() + "\t" + out.toAbsolutePath().normalize() + "\t"
                + options.baseUrl().map(URI::toString).orElse("site.yml's base_url") + "\t" + readingAges + "\t"
                + org.engagementportal.publish.Precompressed.settingsInUse();
    }

    /**
     * The last build's result, with its problems reported again, when it was made from these inputs with these
     * settings, its output folder is as it left it, and its pages still hold at this build's clock.
     */
    private static Optional<Result> unchanged(Path source, Options options, String settings, String inputs, Problems problems) {
        Path out = options.out().orElseThrow();
        if (!Files.isDirectory(out, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            // No output to be as it was left (a first build, or one after the output was deleted): the record, with
            // its thousands of problems on a large site, is not read. The folder's digest below would fail as well.
            return Optional.empty();
        }
        Optional<UpToDate.Previous> previous = UpToDate.read(source, out, settings, inputs); // only one made from these inputs
        if (previous.isEmpty()) {
            return Optional.empty();
        }
        UpToDate.Previous p = previous.get();
        ZoneId zone = p.window().zone();
        java.time.Instant now = options.now().map(t -> t.atZone(zone))
                .orElseGet(() -> ZonedDateTime.now(zone).truncatedTo(ChronoUnit.MINUTES)).toInstant();
        if (!p.window().holds(now) || !UpToDate.outputs(out).map(p.outputs()::equals).orElse(false)) {
            return Optional.empty();
        }
        p.problems().forEach(problems::add);
        RenderCache.used(source, out);
        return Optional.of(new Result(problems, List.of(), p.pages(), p.files(), p.bytes(), true, List.of()));
    }

    /**
     * Every output of the build, in the order they are made. Redirects come after everything they could
     * clash with, so an alias naming any other file is reported; the headers file last, as it lists what
     * the others wrote.
     */
    static final List<Generator> GENERATORS = List.of(new AssetGenerator(), new ContentPageGenerator(),
            new ListingGenerator(), new FeedGenerator(), new CalendarGenerator(), new SitemapGenerator(),
            new OpenDataGenerator(), new YouSaidWeDidGenerator(), new FindGenerator(), new RobotsGenerator(), new NotFoundGenerator(), new ScheduleGenerator(), new RedirectGenerator(),
            new HeadersGenerator());

    /** {@code wholePageRules}: run the fast accessibility rules over whole pages ({@code portal check}) or the text only. */
    private static BuildContext context(Site site, Path source, BundledAssets assets, Problems problems, boolean wholePageRules,
                                        Reuse reuse, OutputKeys.Memo memo, FeedPlan feeds, Links links, JBakeTemplates templates,
                                        String structure, AuditSummary.Saved audit) {
        LayoutViews layouts = new LayoutViews(site, assets.cssPath(), assets.scriptPath(), feeds);
        DocumentViews documents = new DocumentViews(site.config(), layouts);
        CardViews cards = new CardViews(site, documents);
        PageViews pages = new PageViews(site, layouts, cards, documents, audit);
        ListingViews listings = new ListingViews(site, layouts, cards, feeds);
        return new BuildContext(site, source, Markdown.shared(), links, templates,
                layouts, pages, listings, documents, feeds, assets, problems, wholePageRules,
                new java.util.concurrent.ConcurrentHashMap<>(), new OutputKeys(site, structure, templates, memo), reuse,
                new java.util.concurrent.ConcurrentHashMap<>());
    }

    /**
     * The preview after a save that changed only the text of pages ({@link TextSaves}): the site as the last build
     * assembled it, with the new documents in place; the pages whose text changed, the feeds and the search index
     * made again; every other file of the folder, and every problem found making it, as it was.
     */
    private Result textsChanged(TextSaves.Changed texts, Options options, LoadedContent content,
                                List<PlainEnglish.PageScore> ages, Problems problems, List<Stage> stages, Consumer<Stage> record) {
        TextSaves.Last last = texts.last();
        long t1 = System.nanoTime();
        Site site = texts.site();
        last.others().forEach(problems::add);
        FeedPlan feeds = last.feeds().withPages(texts.pages());
        Links links = last.links().on(site);
        record.accept(new Stage("assemble", millis(t1), texts.pages().size() + (texts.pages().size() == 1 ? " page's" : " pages'")
                + " text changed; the rest of the site as it was"));
        long t2 = System.nanoTime();
        keys.keepOnly(content.documents());
        RenderCache cache = RenderCache.continuing(preview.rendered, problems);
        BuildContext ctx = context(site, last.source(), BundledAssets.load(), problems, false, cache, keys, feeds, links,
                last.templates(), last.structure(), last.auditSummary());
        PreviewFolder.Build build = preview.folder.begin(problems);
        ContentPageGenerator.generate(ctx, build.from("the portal's " + new ContentPageGenerator().name()), texts.pages().values());
        new FeedGenerator().generate(ctx, build.from("the portal's " + new FeedGenerator().name()));
        FindGenerator.generateIndex(ctx, build.from("the portal's " + new FindGenerator().name()));
        // The index's files are all made or reused above: one it no longer has (a group of words gone) goes.
        java.util.function.Predicate<String> kept = path -> !FindGenerator.indexFile(path);
        build.keepTheRest(kept);
        cache.carryOver(kept);
        String reused = " (" + (build.fileCount() - cache.rendered().size()) + " unchanged)";
        record.accept(new Stage("render", millis(t2), last.pages() + " pages, " + build.fileCount() + " files" + reused));
        java.util.SortedSet<String> changed = java.util.Collections.emptySortedSet();
        boolean published = false;
        if (!problems.hasErrors()) {
            long t3 = System.nanoTime();
            changed = java.util.Collections.unmodifiableSortedSet(build.apply());
            preview.rendered = cache.made();
            preview.published(last.with(content, site, feeds, links));
            published = true;
            record.accept(new Stage("publish", millis(t3), changed.size() + " changed in " + options.out().get()));
        }
        return new Result(problems, stages, last.pages(), build.fileCount(), build.byteCount(), published, ages,
                last.addresses(), cache.rendered(), changed);
    }

    /**
     * The digest of what every rendered page depends on: the portal's code, the site's data,
     * the stylesheet, every address a link may point to, the feeds, the Accessible Information Statement, the
     * latest audit, and whether whole pages are checked. See {@link OutputKeys} for the rest.
     */
    static String structure(Site site, Path source, BundledAssets assets, FeedPlan feeds, java.util.Collection<String> linkable,
                            boolean wholePageRules) {
        OutputKeys.Quick h = new OutputKeys.Quick().add(PortalVersion.fingerprint()).add(site.data().toString())
                .add(assets.cssPath()).add(assets.scriptPath()).add(Boolean.toString(wholePageRules))
                .add(site.config().alert().filter(a -> a.shownAt(site.now())).map(a -> "alert shown").orElse("no alert"));
        Path audit = source.resolve(".a11y-audit.json");
        try {
            h.add(Files.isRegularFile(audit) ? Files.readAllBytes(audit) : new byte[0]);
        } catch (IOException e) {
            h.add("unreadable audit");
        }
        linkable.forEach(h::add); // site.linkablePaths(), as the links were checked against
        h.add("unreadable");
        site.unreadable().forEach(h::add);
        h.add("statement");
        site.statement().ifPresent(st -> h.add(st.path()).add(st.document().meta().toString())
                .add(st.document().details().toString()).add(OutputKeys.body(st)));
        h.add("feeds");
        feeds.feeds().forEach(f -> h.add(f.path()).add(f.title()).add(f.description()));
        return h.hex();
    }

    /** Each content file's page addresses: its own page's, or (a folder's index.md) the listing it introduces. */
    private static Map<String, List<String>> addresses(Site site) {
        Map<String, List<String>> bySource = new java.util.TreeMap<>();
        site.pages().forEach(p -> bySource.computeIfAbsent(p.document().source(), k -> new ArrayList<>()).add(p.path()));
        site.listings().forEach(l -> l.intro().ifPresent(i ->
                bySource.computeIfAbsent(i.document().source(), k -> new ArrayList<>()).add(l.path())));
        bySource.replaceAll((k, v) -> List.copyOf(v));
        return java.util.Collections.unmodifiableMap(bySource);
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /**
     * Whether {@code out} may be replaced: it must not be the site folder or hold it, nor be inside the site's own
     * folders (through a link or not), and if it exists it must be empty or be an earlier build's output, so a
     * mistyped --out cannot delete someone's files.
     *
     * @return empty when it is safe, else the reason it is not
     */
    public static Optional<String> unsafeOutput(Path source, Path out) {
        // Where they really are: a link on the way (out/ linked to the site's content/) leads into the site as surely.
        Path s = real(source);
        Path o = real(out);
        if (s.startsWith(o)) {
            return Optional.of("the output folder " + out + " contains the site itself, and would be replaced.");
        }
        if (o.startsWith(s.resolve("content")) || o.startsWith(s.resolve("templates")) || o.startsWith(s.resolve("assets"))) {
            return Optional.of("the output folder " + out + " is inside the site's own folders.");
        }
        if (Files.isDirectory(o)) {
            try (var files = Files.list(o)) {
                List<String> names = files.map(p -> p.getFileName().toString()).toList();
                if (names.contains(".git")) {
                    // A clone of the branch a site is published from (gh-pages): a build replaces what the folder holds.
                    return Optional.of("the folder " + out + " holds a .git folder (a copy of a repository), which a build "
                            + "would delete with everything else in it that the build does not make. Build into a folder "
                            + "of its own and copy what it makes into the repository's folder.");
                }
                if (mountedThere(o)) {
                    // A build makes the site beside the folder and moves it into place, which cannot be done across disks.
                    return Optional.of("the folder " + out + " is a separate disk or share mounted there, so a build cannot "
                            + "replace it. Give a folder inside it, such as --out " + out.resolve("site") + ", and publish "
                            + "that.");
                }
                if (!names.isEmpty() && !madeByThePortal(o, names)) {
                    return Optional.of("the folder " + out + " is not empty and was not made by the portal, so it will not be replaced.");
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        } else if (Files.exists(o)) {
            return Optional.of(out + " is a file, not a folder.");
        } else {
            Optional<Path> file = fileAbove(o);
            if (file.isPresent()) {
                return Optional.of("the output folder " + out + " would be inside " + file.get() + ", which is a file, not a folder.");
            }
        }
        Path parent = o.getParent();
        if (parent != null && Files.isDirectory(parent) && !Files.isWritable(parent)) {
            // A web server's folder the builder owns, in a folder it does not (/srv/www under root's /srv): the staging
            // folder could not be made, and the build failed as if the disk had.
            return Optional.of("the folder " + parent + ", which holds the output folder " + o + ", cannot be written to by you, "
                    + "and a build makes the new site beside the output folder before it moves it in.");
        }
        return Optional.empty();
    }

    /** Whether a folder is where another disk or share is mounted (so it cannot be renamed), as far as can be told. */
    private static boolean mountedThere(Path folder) {
        try {
            return folder.getParent() != null && !Files.getFileStore(folder).equals(Files.getFileStore(folder.getParent()));
        } catch (java.io.IOException | SecurityException e) {
            return false;
        }
    }

    /** The nearest part of a path not made yet that exists, when it is a file (so nothing can be made inside it). */
    public static Optional<Path> fileAbove(Path path) {
        Path existing = path.toAbsolutePath().normalize().getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing != null && !Files.isDirectory(existing) ? Optional.of(existing) : Optional.empty();
    }

    /**
     * Whether a folder that is not empty is a build's output: the portal writes its {@code _headers} at every build, and
     * a manifest with its compression settings at the end of each; either is the portal's mark (an update stopped half
     * way leaves the first, a folder another tool made has neither). A {@code 404.html} and {@code robots.txt}, which
     * almost every web folder has, are not.
     */
    static boolean madeByThePortal(Path folder, List<String> names) {
        try {
            if (names.contains("_headers") && Files.isRegularFile(folder.resolve("_headers"))
                    && Files.size(folder.resolve("_headers")) < 1_000_000) { // not a pipe, which would be read for ever
                try (var lines = Files.lines(folder.resolve("_headers"), java.nio.charset.StandardCharsets.UTF_8)) {
                    if (lines.findFirst().filter(HeadersGenerator.FIRST_LINE::equals).isPresent()) {
                        return true;
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // not the portal's text
        }
        Path manifest = folder.resolve(org.engagementportal.publish.Manifest.PATH.substring(1));
        return names.contains(manifest.getFileName().toString()) && org.engagementportal.publish.Manifest.readable(manifest);
    }

    /** The path with the links on the way to it followed, as far as it exists; the rest as written. */
    /**
     * Where a folder really is, through any links on the way to it ("public" linked to "/srv/www" is /srv/www): a build
     * replaces that folder, and not the link, which would then be left pointing to the old one.
     */
    public static Path real(Path path) {
        Path p = path.toAbsolutePath().normalize();
        Path existing = p;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return p;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(p)).normalize();
        } catch (IOException e) {
            return p;
        }
    }
}
