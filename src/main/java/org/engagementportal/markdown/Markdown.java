package org.engagementportal.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.abbreviation.AbbreviationExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.util.sequence.LineAppendable;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.engagementportal.source.Address;
import org.engagementportal.source.Limits;
import org.engagementportal.source.Position;
import org.engagementportal.source.Problems;
import org.jsoup.Jsoup;

/**
 * The one Markdown parser and renderer of the portal, built once and shared by every thread (flexmark's
 * parser and renderer are immutable). Tables, heading ids, abbreviations (explained where first used),
 * autolinks and typographic quotes are on. Raw HTML is sanitised against {@link HtmlAllowList}; links are checked and rewritten
 * for the published site through {@link SiteLinks}; problems name the content file and line.
 */
public final class Markdown {
    private final Parser parser;
    private final HtmlRenderer renderer;
    /** Whether words are kept out of flexmark's HTML writer ({@link TextAside}); off only to test that it changes nothing. */
    private final boolean textAside;
    /** Pages rendered a second time because setting their words aside did not work out (see {@link TextAside}). */
    private final AtomicLong renderedTwice = new AtomicLong();
    /** Runs of words set aside, on pages rendered once: for tests. */
    private final AtomicLong setAside = new AtomicLong();

    public Markdown() {
        this(true);
    }

    Markdown(boolean textAside) {
        this.textAside = textAside;
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(FastTables.create(), new AbbreviationDefinitions(),
                        PostProcessing.create(), TypographicExtension.create(), PortalExtension.create(), FastBlockStarts.create()))
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true)
                .set(HtmlRenderer.SOFT_BREAK, "\n")
                // Text goes straight to the output instead of through flexmark's line formatter, one character
                // at a time: the same HTML (checked on the example portal and the benchmark corpus), and on the
                // benchmark a sixth less time rendering. TextAside depends on this mode: see there.
                .set(HtmlRenderer.FORMAT_FLAGS, LineAppendable.F_PASS_THROUGH)
                // flexmark silently drops javascript: links; we report them (PortalExtension) so staff can fix them.
                .set(HtmlRenderer.SUPPRESSED_LINKS, "(?!)")
                .set(TablesExtension.WITH_CAPTION, true)
                .set(TablesExtension.COLUMN_SPANS, false)
                .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
                .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
                .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true)
                .set(AbbreviationExtension.USE_LINKS, false);
        // With an inline parser of its own, flexmark leaves reading reference definitions ("[x]: /address")
        // to the caller: the same core pre-processor, which runs our parser's preProcessBlock.
        this.parser = Parser.builder(options).customInlineParserFactory(GuardedInlineParser::new)
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory()).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    private String setAside(Document document) {
        TextAside aside = new TextAside();
        String html = aside.render(renderer, document);
        if (html != null) {
            setAside.addAndGet(aside.runs());
        }
        return html;
    }

    /** How many pages this has rendered twice (see {@link TextAside}): for tests. */
    long renderedTwice() {
        return renderedTwice.get();
    }

    /** How many runs of words this has set aside on pages rendered once (see {@link TextAside}): for tests. */
    long setAside() {
        return setAside.get();
    }

    private static final class Shared {
        static final Markdown MARKDOWN = new Markdown();
    }

    /** One parser and renderer for the whole process, built when first asked for. */
    public static Markdown shared() {
        return Shared.MARKDOWN;
    }

    /**
     * Gives {@code reader} the prose of {@code markdown} (see {@link Prose}), parsed as {@link #render} parses it.
     * Text the portal will not render (too long, or nested too deep: {@code render} says why) has none.
     *
     * @param firstLine the file line the Markdown starts on, for the lines given to {@code reader}
     */
    public void read(String markdown, int firstLine, Prose.Reader reader) {
        read(null, markdown, firstLine, reader);
    }

    /** {@link #read(String, int, Prose.Reader)}, for the text of {@code source}, named should the reader fail on it. */
    public void read(String source, String markdown, int firstLine, Prose.Reader reader) {
        PageContext unreported = new PageContext("", firstLine, "", null, Problems.ignored());
        if (!Shape.fits(markdown, unreported)) {
            return;
        }
        try {
            Stretch.page(markdown);
            Document document = parser.parse(markdown);
            if (Shape.nestingFits(document, unreported)) {
                Prose.read(document, unreported, reader);
            }
        } catch (StackOverflowError e) {
            // as in render: nothing to read
        } catch (PageFault e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PageFault(source, firstLine, e);
        } finally {
            Stretch.done(markdown);
        }
    }

    /**
     * Renders the Markdown of one content file.
     *
     * @param source    the content file, "content/consultations/dental.md"
     * @param firstLine the file line the Markdown starts on
     * @param folder    the file's folder under content/, for relative links
     */
    public Rendered render(String markdown, String source, int firstLine, String folder, SiteLinks links, Problems problems) {
        PageContext ctx = new PageContext(source, firstLine, folder, links, problems);
        if (!Shape.fits(markdown, ctx)) {
            return EMPTY;
        }
        try {
            return parseAndRender(markdown, ctx);
        } catch (StackOverflowError e) {
            // The limits above keep every known input well inside the stack; this is the last line of defence,
            // so that no text, however it is written, stops the build with a crash instead of a message.
            problems.error(new Position(source, firstLine, 1), "the portal could not read this text: something in it is "
                            + "too long or built of too many parts inside each other (a link, an HTML tag or note, lists or "
                            + "quotes, formatting marks).",
                    "Look for a very long link or HTML tag, or a note (<!--) that is never closed, and shorten or close it.");
            return EMPTY;
        } catch (PageFault e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PageFault(source, firstLine, e); // a fault of the portal's, which says which page
        } finally {
            Stretch.done(markdown);
        }
    }

    private static final Rendered EMPTY = new Rendered("", List.of());

    private Rendered parseAndRender(String markdown, PageContext ctx) {
        Stretch.page(markdown);
        Document document = parser.parse(markdown);
        document.set(PageContext.KEY, ctx);
        Problems problems = ctx.problems();
        for (GuardedInlineParser.Oversized o : java.util.Objects.requireNonNullElse(GuardedInlineParser.OVERSIZED.get(document), List.<GuardedInlineParser.Oversized>of())) {
            problems.error(ctx.at(o.block()), "this paragraph has " + o.marks() + " formatting marks (such as * _ [ ] ` < and "
                            + "quotes); the portal reads at most " + Limits.MARKS_PER_PARAGRAPH + " in one paragraph, heading "
                            + "or table cell, so that every page builds in good time.",
                    "Split it into shorter paragraphs, with a blank line between them.");
        }
        if (!Shape.nestingFits(document, ctx)) {
            return EMPTY;
        }
        TableLookalikes.report(markdown, document, ctx);
        HeadingLookalikes.report(markdown, document, ctx);
        FootnoteLookalikes.report(markdown, document, ctx);
        PersonalNumbers.report(markdown, document, ctx);
        ListLookalikes.report(markdown, document, ctx);
        List<Rendered.Heading> headings = new ArrayList<>();
        boolean[] inlineHtml = {false};
        NodeVisitor[] walk = new NodeVisitor[1];
        walk[0] = new NodeVisitor(
                new VisitHandler<>(Heading.class, h -> {
                    if (h.getLevel() == 1) {
                        // The page title is the only h1; a "# " heading in the text becomes a section heading.
                        problems.warning(ctx.at(h), "a heading starting with a single # is shown as a section heading, "
                                + "because the page title is the page's only main heading.", "Start it with ## instead.");
                        h.setLevel(2);
                    }
                }),
                // A reference definition is checked where it is written, whether or not a link uses it.
                new VisitHandler<>(Reference.class, r -> {
                    if (Address.check(r.getUrl().unescape()) instanceof Address.Refused refused) {
                        problems.error(ctx.at(r), "this link's address " + refused.message(), refused.fix());
                    } else {
                        TrackingCodes.warn(r.getUrl().unescape(), ctx.at(r), problems);
                    }
                }),
                new VisitHandler<>(com.vladsch.flexmark.ast.HtmlInline.class, h -> inlineHtml[0] = true),
                // A paragraph indented by spaces or a tab, read as computer code (ParagraphLookalikes), in this one walk.
                new VisitHandler<>(com.vladsch.flexmark.ast.IndentedCodeBlock.class, code -> ParagraphLookalikes.warn(code, ctx)),
                // Words in square brackets that look like a link or picture gone wrong, told at each (the text inside read too).
                new VisitHandler<>(com.vladsch.flexmark.ast.LinkRef.class, r -> {
                    PortalExtension.SiteLinkResolver.unresolved(r, ctx);
                    walk[0].visitChildren(r);
                }),
                new VisitHandler<>(com.vladsch.flexmark.ast.ImageRef.class, r -> {
                    PortalExtension.SiteLinkResolver.unresolved(r, ctx);
                    walk[0].visitChildren(r);
                })
        );
        walk[0].visit(document);
        if (inlineHtml[0] && !InlineTags.balance(document, ctx)) {
            return EMPTY;
        }
        Abbreviations.explainFirstUseOnly(document);
        String html;
        if (!textAside) {
            html = renderer.render(document);
        } else if ((html = setAside(document)) == null) {
            // The HTML has a private-use character TextAside did not put there (from a file name in a link, say):
            // rendered again the ordinary way, its problems reported once already by the first rendering.
            renderedTwice.incrementAndGet();
            document.set(PageContext.KEY, ctx.quietly());
            html = renderer.render(document);
            document.set(PageContext.KEY, ctx);
        }
        if (inlineHtml[0]) {
            // Inline tags were sanitised one by one and closed within their paragraphs; a final pass drops stray
            // closing tags and mends tags closed in the wrong order.
            html = Jsoup.clean(html, "https://portal.invalid/", HtmlAllowList.RENDERED_SAFELIST,
                    new org.jsoup.nodes.Document.OutputSettings().prettyPrint(false));
        }
        collectHeadings(document, headings);
        return new Rendered(html, headings);
    }

    private static void collectHeadings(Node document, List<Rendered.Heading> out) {
        for (Node n : document.getDescendants()) {
            if (n instanceof Heading h && h.getLevel() == 2 && h.getAnchorRefId() != null && !h.getAnchorRefId().isEmpty()) {
                out.add(new Rendered.Heading(h.getAnchorRefId(), h.getText().toString()));
            }
        }
    }
}
