package org.engagementportal.generate;

import java.nio.file.Path;
import java.util.Map;
import org.engagementportal.checks.FastRules;
import org.engagementportal.config.Glossary;
import org.engagementportal.content.Document;
import org.engagementportal.markdown.Markdown;
import org.engagementportal.markdown.Rendered;
import org.engagementportal.render.DocumentViews;
import org.engagementportal.render.LayoutViews;
import org.engagementportal.render.ListingViews;
import org.engagementportal.render.PageViews;
import org.engagementportal.render.SiteView;
import org.engagementportal.render.TemplateFailure;
import org.engagementportal.render.Templates;
import org.engagementportal.site.FeedPlan;
import org.engagementportal.site.Links;
import org.engagementportal.site.Site;
import org.engagementportal.site.SitePage;
import org.engagementportal.source.HeapShare;
import org.engagementportal.source.Problems;

/**
 * Everything generators share, built once per build: the site, the Markdown renderer, the templates and
 * the view builders.
 *
 * @param siteRoot the site folder (with content/, templates/, assets/)
 * @param assets   the stylesheet and icons built into portal.jar
 * @param keys     each rendered output's key, of everything it is made from
 * @param reuse    how outputs whose key is unchanged are taken from the previous build
 * @param started  work generators started before their turn ({@link Generator#start}), by generator, to be taken in it;
 *                 and what one generator leaves for a later one (the sizes of the open data files, which a page links to)
 */
public record BuildContext(Site site, Path siteRoot, Markdown markdown, Links links, Templates templates,
                           LayoutViews layouts, PageViews pages, ListingViews listings, DocumentViews documents,
                           FeedPlan feeds, BundledAssets assets, Problems problems, boolean wholePageRules,
                           java.util.Map<String, Rendered> renderedForFeeds, OutputKeys keys, Reuse reuse,
                           java.util.Map<String, java.util.concurrent.ForkJoinTask<?>> started) {

    /** Renders a content file's Markdown, reporting problems at its lines. */
    public Rendered markdown(SitePage page) {
        boolean inFeeds = feeds.pages().contains(page.path());
        if (inFeeds) {
            Rendered cached = renderedForFeeds.get(page.path());
            if (cached != null && cached != TOO_LONG_FOR_FEEDS) {
                return cached;
            }
        }
        // With its share of the heap: already held where the page itself is made (ContentPageGenerator), taken here where
        // only its text is wanted (a feed's entry for a page not made again in this build).
        Rendered r = HeapShare.pages().with(page.document().body().size(), () -> render(page));
        if (inFeeds) {
            // One longer than a feed takes whole is not kept (a bulletin of megabytes of tables), only that it is too long.
            renderedForFeeds.put(page.path(), r.html().length() <= FeedGenerator.ENTRY_LIMIT ? r : TOO_LONG_FOR_FEEDS);
        }
        return r;
    }

    /** Kept for a page in feeds whose HTML is longer than a feed takes whole ({@link FeedGenerator#ENTRY_LIMIT}). */
    private static final Rendered TOO_LONG_FOR_FEEDS = new Rendered("", java.util.List.of());

    /**
     * Whether this page, in feeds, was found too long for them when it was rendered in this build (so its feed entries need
     * not render it again to find out); false when it was not rendered yet.
     */
    boolean tooLongForFeeds(SitePage page) {
        return renderedForFeeds.get(page.path()) == TOO_LONG_FOR_FEEDS;
    }

    /**
     * Pages in feeds, rendered once for their page and kept for their feed entries (a few hundred at most:
     * feeds hold the newest 20 entries each), so the feeds do not render them a second time.
     */
    private Rendered render(SitePage page) {
        var doc = page.document();
        // The glossary explains in the site's language: a translation's abbreviations are its own to explain, or a Polish
        // page would carry English explanations that a screen reader reads in a Polish voice.
        String text = doc.variant().kind() == org.engagementportal.content.Variant.Kind.TRANSLATION ? doc.body().markdown()
                : withGlossary(doc.body().markdown());
        return markdown.render(text, doc.source(), doc.body().firstLine(),
                doc.folder(), links, problems);
    }

    /**
     * The Markdown with a definition added for each glossary abbreviation it uses and does not define
     * itself, so flexmark marks them up as {@code <abbr title="meaning">} (where first used: see the markdown
     * package). Definitions go at the end, so lines reported in problems stay right.
     */
    String withGlossary(String text) {
        StringBuilder extra = null;
        for (Glossary.Entry e : site.data().glossary().entries()) {
            if (e.isAbbreviation() && text.contains(e.term()) && !text.contains("*[" + e.term() + "]") && e.word().matcher(text).find()) {
                if (extra == null) {
                    extra = new StringBuilder(text).append("\n\n");
                }
                extra.append("*[").append(e.term()).append("]: ").append(e.meaning()).append('\n');
            }
        }
        return extra == null ? text : extra.toString();
    }

    /** Renders a piece of Markdown that sits at {@code firstLine} of a page's file (feedback, outcome). */
    public String markdown(SitePage page, String text, int firstLine) {
        return markdown.render(text, page.document().source(), firstLine, page.document().folder(), links, problems)
                .html();
    }

    /**
     * Renders a template with the site view for {@code path} added to the model. A mistake in a template
     * becomes a problem at the template's line and an empty page.
     */
    public byte[] page(String template, String path, Map<String, Object> model) {
        return page(template, path, model, null, "");
    }

    /**
     * Renders a page and checks it with the fast accessibility rules: {@code portal check} the whole page
     * ({@code wholePageRules}), the build {@code bodyHtml}, the HTML of the content file's text.
     *
     * @param content the content file the page shows (for findings in its text), or null
     */
    public byte[] page(String template, String path, Map<String, Object> model, Document content, String bodyHtml) {
        SiteView site = layouts.site(path);
        Map<String, Object> full = new java.util.HashMap<>(model);
        full.put("site", site);
        try {
            String html = templates.render(template, full);
            if (wholePageRules) {
                FastRules.check(path, html, "templates/" + template, content, problems);
            } else {
                FastRules.checkText(path, html, bodyHtml, "templates/" + template, templates.literalIds(template), content, problems);
            }
            return org.engagementportal.source.Utf8.bytes(html); // a year of "you said, we did" can be megabytes
        } catch (TemplateFailure f) {
            problems.error(f.position(), f.getMessage(), "Correct the template; this is a problem in the site's design, "
                    + "not in its content.");
            return new byte[0];
        }
    }
}
