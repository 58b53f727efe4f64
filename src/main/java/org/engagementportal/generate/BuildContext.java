package org.engagementportal.generate;

import java.nio.file.Path;
import java.util.Map;
import org.engagementportal.markdown.Markdown;
import org.engagementportal.markdown.Rendered;
import org.engagementportal.render.LayoutViews;
import org.engagementportal.render.ListingViews;
import org.engagementportal.render.PageViews;
import org.engagementportal.render.SiteView;
import org.engagementportal.render.TemplateFailure;
import org.engagementportal.render.Templates;
import org.engagementportal.site.Links;
import org.engagementportal.site.Site;
import org.engagementportal.site.SitePage;
import org.engagementportal.source.Problems;

/**
 * Everything generators share, built once per build: the site, the Markdown renderer, the templates and
 * the view builders.
 *
 * @param siteRoot the site folder (with content/, templates/, assets/)
 * @param assets   the stylesheet and icons built into portal.jar
 */
public record BuildContext(Site site, Path siteRoot, Markdown markdown, Links links, Templates templates,
                           LayoutViews layouts, PageViews pages, ListingViews listings, BundledAssets assets,
                           Problems problems) {

    /** Renders a content file's Markdown, reporting problems at its lines. */
    public Rendered markdown(SitePage page) {
        var doc = page.document();
        return markdown.render(doc.body().markdown(), doc.source(), doc.body().firstLine(), folderOf(doc.source()),
                links, problems);
    }

    /** Renders a piece of Markdown that sits at {@code firstLine} of a page's file (feedback, outcome). */
    public String markdown(SitePage page, String text, int firstLine) {
        return markdown.render(text, page.document().source(), firstLine, folderOf(page.document().source()), links, problems)
                .html();
    }

    /** "content/consultations/dental.md" is in "consultations". */
    static String folderOf(String source) {
        String rel = source.substring("content/".length());
        int slash = rel.lastIndexOf('/');
        return slash < 0 ? "" : rel.substring(0, slash);
    }

    /**
     * Renders a template with the site view for {@code path} added to the model. A mistake in a template
     * becomes a problem at the template's line and an empty page.
     */
    public byte[] page(String template, String path, Map<String, Object> model) {
        SiteView site = layouts.site(path);
        Map<String, Object> full = new java.util.HashMap<>(model);
        full.put("site", site);
        try {
            return templates.render(template, full).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } catch (TemplateFailure f) {
            problems.error(f.position(), f.getMessage(), "Correct the template; this is a problem in the site's design, "
                    + "not in its content.");
            return new byte[0];
        }
    }
}
