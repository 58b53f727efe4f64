package org.engagementportal.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import org.engagementportal.audit.AuditSummary;
import org.engagementportal.config.SiteData;
import org.engagementportal.content.Document;
import org.engagementportal.content.LoadedContent;
import org.engagementportal.jbake.JBakeTemplates;
import org.engagementportal.site.FeedPlan;
import org.engagementportal.site.Links;
import org.engagementportal.site.Site;
import org.engagementportal.site.SitePage;
import org.engagementportal.source.Problem;

/**
 * The commonest save in {@code portal serve}: a writer changes the text of a page, below its front matter. Nothing
 * any other page shows of it has changed (its address, title, summary, dates and state are in the front matter), so
 * the site need not be assembled again, nor any output made again but the page itself, the feeds that carry its text
 * and the search index: every other file in the preview folder is what a full build would make, as the keys of
 * {@link org.engagementportal.generate.OutputKeys} say (only a page's own key, a feed's and the index's take its
 * text; a listing's takes its introduction's, which is why a listing's introduction is not a text save).
 *
 * <p>A save is one when the watcher says which files changed and they are all Markdown under {@code content/}
 * (not the data files, templates, assets or pictures); the same files are read as before, with the same site data,
 * pictures and documents, and none failed; the clock is within the stretch in which the last build's pages stay
 * true ({@link UpToDate.Window}); the audit is as it was; and each document that changed is a published page
 * (not a listing's introduction, a draft or the Accessible Information Statement) whose type, version and front
 * matter, and where each field of it was written, are the same. Anything else is built as usual.
 */
final class TextSaves {
    private TextSaves() {
    }

    /**
     * What the pages in the preview folder were made of, by the last run that put them there.
     *
     * @param others the problems that run reported after reading and checking the files (assembling the site,
     *               and making the files that are not kept in the render cache with theirs): reported again as they were
     */
    record Last(Pipeline.Options options, String data, Path source, Map<String, Document> documents,
                SortedSet<String> staticFiles, SortedSet<String> unpublished, UpToDate.Window window, String audit, Site site,
                FeedPlan feeds, Links links, JBakeTemplates templates, String structure, AuditSummary.Saved auditSummary,
                List<Problem> others, int pages, Map<String, List<String>> addresses) {

        Last(Pipeline.Options options, SiteData data, Path source, LoadedContent content, ZonedDateTime now, Site site,
             FeedPlan feeds, Links links, JBakeTemplates templates, String structure, AuditSummary.Saved audit,
             List<Problem> others, int pages, Map<String, List<String>> addresses) {
            this(options, data.toString(), source, bySource(content), content.staticFiles(), content.unpublished(),
                    UpToDate.Window.around(now, content.documents(), data.site()), auditStamp(source), site, feeds, links,
                    templates, structure, audit, List.copyOf(others), pages, addresses);
        }

        /** After a text save: the same, with the new documents and the site made of them. */
        Last with(LoadedContent content, Site site, FeedPlan feeds, Links links) {
            return new Last(options, data, source, bySource(content), staticFiles, unpublished, window, audit, site, feeds, links,
                    templates, structure, auditSummary, others, pages, addresses);
        }
    }

    /**
     * A text save: the last run's state, the site with the new documents, and the pages whose text changed by address.
     */
    record Changed(Last last, Site site, Map<String, SitePage> pages) {
    }

    /** The save as a text save, if it is one (see the class's description); else empty, and the run builds as usual. */
    static Optional<Changed> changed(Last last, Pipeline.Options options, Path source, SiteData data, ZonedDateTime now,
                                     LoadedContent content, Collection<Path> saved) {
        if (saved == null || !options.equals(last.options()) || !source.equals(last.source())) {
            return Optional.empty();
        }
        Path folder = source.resolve("content");
        Path dataFolder = folder.resolve("_data");
        for (Path p : saved) {
            Path a = p.toAbsolutePath().normalize();
            if (!a.startsWith(folder) || a.startsWith(dataFolder) || !a.getFileName().toString().endsWith(".md")) {
                return Optional.empty();
            }
        }
        if (!last.window().holds(now.toInstant()) || !content.staticFiles().equals(last.staticFiles())
                || !content.unpublished().equals(last.unpublished()) || content.documents().size() != last.documents().size()
                || !data.toString().equals(last.data()) || !auditStamp(source).equals(last.audit())) {
            return Optional.empty();
        }
        List<Document> changed = new java.util.ArrayList<>();
        for (Document d : content.documents()) {
            Document before = last.documents().get(d.source());
            if (before == null) {
                return Optional.empty();
            }
            if (before != d) {
                if (!sameFace(before, d)) {
                    return Optional.empty();
                }
                changed.add(d);
            }
        }
        Optional<Site> site = last.site().withTexts(changed);
        if (site.isEmpty()) {
            return Optional.empty();
        }
        java.util.Set<Document> mine = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        mine.addAll(changed);
        Map<String, SitePage> pages = new java.util.TreeMap<>();
        for (SitePage p : site.get().pages()) {
            if (mine.contains(p.document())) {
                pages.put(p.path(), p);
            }
        }
        return Optional.of(new Changed(last, site.get(), pages));
    }

    /** The same type, version, address and front matter, each field written in the same place: only the text differs. */
    static boolean sameFace(Document a, Document b) {
        return a.kind() == b.kind() && a.path().equals(b.path()) && a.variant().equals(b.variant())
                && a.meta().toString().equals(b.meta().toString()) && a.details().toString().equals(b.details().toString())
                && a.positions().equals(b.positions());
    }

    /**
     * Of what a run reported after reading and checking the files ({@code since}), what is not kept with an output
     * in the render cache ({@code made}): each problem kept with an output is taken out once for each time it is kept.
     */
    static List<Problem> others(List<Problem> since, Map<String, RenderCache.Entry> made) {
        Map<Problem, Integer> kept = new HashMap<>();
        made.values().forEach(e -> e.problems().forEach(p -> kept.merge(p, 1, Integer::sum)));
        List<Problem> out = new java.util.ArrayList<>();
        for (Problem p : since) {
            Integer n = kept.get(p);
            if (n != null && n > 0) {
                kept.put(p, n - 1);
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static Map<String, Document> bySource(LoadedContent content) {
        Map<String, Document> out = new HashMap<>();
        content.documents().forEach(d -> out.put(d.source(), d));
        return out;
    }

    /** The audit's summary file, as its size, time and identity: the pages show what it says. */
    private static String auditStamp(Path source) {
        try {
            BasicFileAttributes a = Files.readAttributes(source.resolve(".a11y-audit.json"), BasicFileAttributes.class);
            return a.size() + " " + a.lastModifiedTime() + " " + a.fileKey();
        } catch (IOException e) {
            return "none";
        }
    }
}
