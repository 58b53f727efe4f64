package org.engagementportal.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCaption;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.engagementportal.source.Address;
import org.engagementportal.source.Excerpt;
import org.engagementportal.source.Limits;

/**
 * Our flexmark extension: raw HTML sanitised with a warning at its line, links checked against the site
 * and rewritten for the published site, and tables rendered as NHS.UK responsive tables.
 */
final class PortalExtension implements HtmlRenderer.HtmlRendererExtension {

    static PortalExtension create() {
        return new PortalExtension();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new HtmlSanitisingRenderer());
        builder.nodeRendererFactory(options -> new ResponsiveTableRenderer());
        builder.nodeRendererFactory(options -> new PlainTextRenderer());
        builder.attributeProviderFactory(new com.vladsch.flexmark.html.IndependentAttributeProviderFactory() {
            @Override
            public com.vladsch.flexmark.html.AttributeProvider apply(com.vladsch.flexmark.html.renderer.LinkResolverContext context) {
                return (node, part, attributes) -> {
                    pictureRow(node, part, attributes);
                    longAddress(node, part, attributes);
                };
            }
        });
        builder.linkResolverFactory(new IndependentLinkResolverFactory() {
            @Override
            public LinkResolver apply(LinkResolverBasicContext context) {
                return new SiteLinkResolver();
            }
        });
    }

    /** The class of a paragraph that starts with a picture: easy read lays it out as a row, the picture beside the words. */
    static final String PICTURE_ROW = "portal-picture-row";

    /**
     * A paragraph that starts with a picture, followed by words, is marked as a picture row. The stylesheet lays it out by
     * this class rather than by the picture being the paragraph's first element, which a picture in the middle of a
     * sentence also is; and as a picture hanging beside one block of words, not as a row of boxes, one for each link, bold
     * word or abbreviation, which cut a sentence into pieces on a phone.
     */
    static void pictureRow(Node node, AttributablePart part,
                           MutableAttributes attributes) {
        if (node instanceof com.vladsch.flexmark.ast.Paragraph && node.getFirstChild() instanceof Image
                && node.getFirstChild().getNext() != null && part == AttributablePart.NODE) {
            attributes.addValue("class", PICTURE_ROW);
        }
    }

    /** The class of a link in a table whose words are one long word, nearly always an email or web address written out. */
    static final String LONG_ADDRESS = "portal-long-address";

    /** Words of this many letters or more without a space: longer than English words, as long as most addresses. */
    private static final int LONG_WORD = 20;

    /**
     * A link whose words are one long word (an email or web address written out, as comms staff list whom to contact) is
     * marked, in a table, so the stylesheet may break it anywhere. A table's cells break a word only where their whole
     * column cannot hold it, so that ordinary words stay whole; an address is one word, which made the table wider than
     * a phone's screen. Marked by its length rather than by looking like an address, so a long name written as a link
     * fits as well.
     */
    static void longAddress(Node node, AttributablePart part,
                            MutableAttributes attributes) {
        if (part != AttributablePart.LINK || node.getAncestorOfType(TableCell.class) == null) {
            return;
        }
        BasedSequence text;
        if (node instanceof AutoLink a) {
            text = a.getText();
        } else if (node instanceof MailLink m) {
            text = m.getText();
        } else if (node instanceof com.vladsch.flexmark.ast.Link l) {
            text = l.getText();
        } else {
            return;
        }
        if (text.length() < LONG_WORD) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return;
            }
        }
        attributes.addValue("class", LONG_ADDRESS);
    }

    /** Raw HTML in Markdown: allowed parts kept, the rest removed and reported. */
    static final class HtmlSanitisingRenderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            Set<NodeRenderingHandler<?>> set = new HashSet<>();
            set.add(new NodeRenderingHandler<>(HtmlBlock.class, (node, ctx, html) -> {
                HtmlAllowList.Cleaned c = HtmlAllowList.cleanBlock(node.getChars().toString());
                if (c.tooDeep()) {
                    PageContext page = PageContext.of(ctx.getDocument());
                    page.problems().error(page.at(node), tooDeep(c.depth()), TOO_DEEP_FIX);
                    return;
                }
                report(node, ctx, c);
                html.line().raw(siteLinks(node, ctx, c.html())).line();
            }));
            set.add(new NodeRenderingHandler<>(HtmlInline.class, (node, ctx, html) -> {
                HtmlAllowList.Cleaned c = HtmlAllowList.cleanTag(node.getChars().toString());
                report(node, ctx, c);
                html.raw(siteLinks(node, ctx, c.html()));
            }));
            // Comments are notes for other writers: never published, and not a mistake; but one never closed
            // hides the rest of the page, which nobody means to do.
            set.add(new NodeRenderingHandler<>(HtmlCommentBlock.class, (node, ctx, html) -> {
                if (!node.getChars().toString().contains("-->")) {
                    PageContext page = PageContext.of(ctx.getDocument());
                    page.problems().error(page.at(node), "a note for other writers starts here with <!-- but is never "
                                    + "closed with -->, so everything after it would be hidden from readers.",
                            "Add --> where the note ends.");
                }
            }));
            set.add(new NodeRenderingHandler<>(HtmlInlineComment.class, (node, ctx, html) -> { }));
            return set;
        }

        /** An address in sanitised HTML, as the allow-list writes it: href="..." or src="...", HTML-escaped. */
        private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile("<(a|img)\\b[^>]*?\\s(href|src)=\"([^\"]*)\"");

        /**
         * Links and pictures in raw HTML, checked and written as Markdown's are ({@link SiteLinkResolver#siteHref}):
         * a page's address with the site's base path, a file beside the page by its address, one that points to
         * nothing reported. They were published as written: broken under a base path, and never checked.
         */
        static String siteLinks(Node node, NodeRendererContext ctx, String html) {
            if (html.indexOf("href=") < 0 && html.indexOf("src=") < 0) {
                return html;
            }
            java.util.regex.Matcher m = ADDRESS.matcher(html);
            StringBuilder out = new StringBuilder(html.length() + 32);
            int last = 0;
            int seen = 0; // how far into the HTML as written addresses have been found, for where each is reported
            String written = node.getChars().toString();
            PageContext page = null;
            while (m.find()) {
                String value = org.jsoup.parser.Parser.unescapeEntities(m.group(3), true);
                if (!(Address.check(value) instanceof Address.Allowed allowed) || allowed.kind() != Address.Kind.SITE
                        || allowed.normalised().isEmpty() || allowed.normalised().startsWith("#")) {
                    continue; // another website's, or a part of this page: as it is (a refused one was removed)
                }
                page = page == null ? PageContext.of(ctx.getDocument()) : page;
                // Reported where the address is written, not at the block's first line (a <div> lines above it).
                int at = written.indexOf(value, seen);
                seen = at < 0 ? seen : at + value.length();
                String href = SiteLinkResolver.siteHref(page, node, node.getStartOffset() + Math.max(at, 0), allowed.normalised(),
                        m.group(1).equals("img")).orElse(value);
                out.append(html, last, m.start(3)).append(href.replace("&", "&amp;").replace("\"", "&quot;"));
                last = m.end(3);
            }
            return last == 0 ? html : out.append(html, last, html.length()).toString();
        }

        static String tooDeep(int depth) {
            return "this HTML has tags inside each other " + String.format(java.util.Locale.UK, "%,d", depth)
                    + " deep; the portal reads at most " + Limits.HTML_NESTING + ".";
        }

        static final String TOO_DEEP_FIX = "Close each tag where its part ends (</div>, </em>), or use Markdown "
                + "instead of HTML here.";

        private static void report(Node node, NodeRendererContext ctx, HtmlAllowList.Cleaned cleaned) {
            PageContext page = PageContext.of(ctx.getDocument());
            for (Address.Refused refused : cleaned.refused()) {
                page.problems().error(page.at(node), "an address in this HTML " + refused.message(), refused.fix());
            }
            for (String wrong : cleaned.notLanguages()) {
                boolean dir = wrong.startsWith("dir");
                page.problems().error(page.at(node), "this HTML's " + wrong + " is not " + (dir ? "a direction" : "a language's code")
                                + ", so screen readers and browsers cannot tell how to read that part.",
                        dir ? "Write dir=\"rtl\" for text written right to left, or dir=\"ltr\", with no spaces."
                                : "Write a language's code in lang, such as lang=\"cy\" for Welsh or lang=\"ur\" for Urdu.");
            }
            List<String> removed = cleaned.removed();
            if (removed.isEmpty()) {
                return;
            }
            page.problems().warning(page.at(node), "HTML was removed here to keep the page safe and consistent: "
                            + String.join(", ", removed) + ".",
                    "Use Markdown for formatting. HTML you may use: " + HtmlAllowList.allowedTags()
                            + "; attributes: lang, dir, title, and href on links.");
        }
    }

    /**
     * Checks each link and picture against the site's address policy ({@link Address}) and the site's pages,
     * and turns site links into links on the published site. A refused address is reported at its line and
     * never reaches the page.
     */
    static final class SiteLinkResolver implements LinkResolver {
        @Override
        public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
            if (node instanceof MailLink) {
                return link; // flexmark writes "mailto:" and the address it found in the text
            }
            if (node instanceof com.vladsch.flexmark.ast.RefNode ref && !ref.isDefined() && ref.isReferenceTextCombined()) {
                // Words in square brackets with no definition of that name ("[sic]", "Dear [Name],", "[PDF, 2MB]") are
                // text, as CommonMark has it: the link is left unresolved and flexmark writes the brackets as written.
                // Those that look like a link or picture gone wrong are told at each, by Markdown's walk (unresolved).
                return link;
            }
            PageContext page = PageContext.of(context.getDocument());
            boolean picture = node instanceof Image || node instanceof ImageRef;
            boolean fromReference = node instanceof LinkRef || node instanceof ImageRef;
            String url = link.getUrl();
            // flexmark's autolinks hand over the text as written: "www.example.org" becomes http://www.example.org.
            boolean www = node instanceof AutoLink && url.regionMatches(true, 0, "www.", 0, 4);
            Address.Verdict verdict = Address.check(www ? "http://" + url : url);
            if (verdict instanceof Address.Refused refused) {
                // A reference definition is reported where it is written (Markdown.render), not at each use.
                if (!fromReference) {
                    page.problems().error(page.at(node), (picture ? "this picture's address " : "this link ")
                            + refused.message(), refused.fix());
                }
                return link.withUrl(picture ? "" : "#").withStatus(LinkStatus.INVALID);
            }
            Address.Allowed allowed = (Address.Allowed) verdict;
            if (allowed.kind() != Address.Kind.SITE) {
                if (picture) {
                    page.problems().error(page.at(node), "this picture is on another website (" + url + "), so every "
                                    + "reader's browser would fetch it from there.",
                            "Save the picture in the content folder beside this page and link to it by its file name.");
                    return link.withUrl("").withStatus(LinkStatus.INVALID);
                }
                if (!fromReference) {
                    TrackingCodes.warn(www ? "https://" + url : url, page.at(node), page.problems());
                }
                // The site asks for https:// (README), and nearly every site answers there: "www.example.org" was http://.
                return www ? link.withUrl("https://" + url) : link;
            }
            String address = allowed.normalised();
            if (address.isEmpty() || address.startsWith("#")) {
                return link;
            }
            Optional<String> href = siteHref(page, node, node.getStartOffset(), address, picture);
            return href.isEmpty() ? link.withStatus(LinkStatus.NOT_FOUND)
                    : href.get().equals(address) ? link : link.withUrl(href.get()).withStatus(LinkStatus.VALID);
        }

        /**
         * Words in square brackets with no definition of that name, told where they look like a link or picture gone wrong:
         * an address in brackets after them that Markdown could not take as one ("[our statement](Accessible Information
         * Statement)", a space in it, or a bracket not closed), or a picture with no file. Called for each one in the text
         * (flexmark resolves each address once a page, so a second with the same words was not told).
         */
        static void unresolved(com.vladsch.flexmark.ast.RefNode ref, PageContext page) {
            if (ref.isDefined() || !ref.isReferenceTextCombined()) {
                return;
            }
            Node node = ref;
            CharSequence base = ref.getChars().getBaseSequence();
            int start = ref.getStartOffset();
            if (ref instanceof ImageRef && start > 0 && !Character.isWhitespace(base.charAt(start - 1))
                    && "([".indexOf(base.charAt(start - 1)) < 0) {
                return; // "took part![1]", "Wow![sic]": an exclamation mark ending a word, then words in brackets
            }
            int after = ref.getEndOffset();
            if (after < base.length() && base.charAt(after) == '(') {
                int close = after + 1;
                while (close < base.length() && ")\n[".indexOf(base.charAt(close)) < 0) {
                    close++; // to the bracket that closes it, or the end of the line or the next link
                }
                boolean closed = close < base.length() && base.charAt(close) == ')';
                String written = base.subSequence(after + 1, close).toString().strip();
                String what = node instanceof ImageRef ? "a picture" : "a link";
                if (closed) {
                    // A file whose name has spaces ("talk picture.svg") is there: its address writes them as %20.
                    boolean isFile = !written.isEmpty() && page.links().resolve(page.folder(), written).isPresent();
                    page.problems().error(page.at(node), "this looks like " + what + ", but its address ("
                                    + org.engagementportal.source.Excerpt.of(written, 60) + ") has a space in it, so it would be "
                                    + "published as the brackets and words as written.",
                            isFile ? "Write each space in the file's name as %20: (" + written.replace(" ", "%20") + "); or "
                                    + "rename the file without spaces (with hyphens between words) and write its new name."
                                    : node instanceof ImageRef ? "Write the address with no spaces: the picture's file name, "
                                    + "beside this page, or its address from content/, such as /pictures/talk.svg."
                                    : "Write the address with no spaces: a page's address, such as /accessible-information/ "
                                    + "(hyphens between words), or a file beside this page by its name.");
                } else {
                    page.problems().error(page.at(node), "this looks like " + what + ", but the ( after it is not closed "
                                    + "with ) on the same line, so it would be published as the brackets and words as written.",
                            node instanceof ImageRef ? "Add ) after the file name, on the same line: ![description](file.png)."
                                    : "Add ) after the address, on the same line: [words](/address/).");
                }
            } else if (node instanceof ImageRef) {
                page.problems().error(page.at(node), "this looks like a picture, but it has no file after it in brackets, so "
                                + "it would be published as the ! and the words in square brackets.",
                        "Write the picture's file name in brackets straight after the description: ![description](file.png).");
            }
        }

        /**
         * The address on the published site of a link or picture to this site ({@code address}, as the address policy
         * normalised it): a page's address, or a file's, with the site's base path; the address as it is when it is only
         * a part of this page or a query. Empty when it points to nothing, which is reported at {@code node}.
         */
        static Optional<String> siteHref(PageContext page, Node node, int offset, String address, boolean picture) {
            int cut = indexOfAny(address, '#', '?');
            String target = cut < 0 ? address : address.substring(0, cut);
            String rest = cut < 0 ? "" : address.substring(cut);
            if (target.isEmpty()) {
                return Optional.of(address);
            }
            Optional<String> path = page.links().resolve(page.folder(), target);
            if (path.isEmpty() && target.indexOf('%') >= 0) {
                // A file name with a space or another character written as a web address writes it: "my%20picture.svg".
                // An escape that is not one ("%zz") points to nothing, as reported below.
                path = Address.decoded(target).flatMap(decoded -> page.links().resolve(page.folder(), decoded));
            }
            if (path.isEmpty()) {
                page.brokenLink(node, offset, (picture ? "the picture '" : "the link '") + Excerpt.of(address, 80)
                        + "' points to nothing on this site.", target);
                return Optional.empty();
            }
            return Optional.of(page.links().href(path.get()) + rest);
        }

        private static int indexOfAny(String s, char a, char b) {
            int i = s.indexOf(a);
            int j = s.indexOf(b);
            if (i < 0) {
                return j;
            }
            return j < 0 ? i : Math.min(i, j);
        }
    }

    /**
     * Plain text as flexmark writes it (backslash escapes and character references undone, line ends made
     * "\n", then HTML-escaped), taking the quick way when the text has none of those: most text. flexmark
     * copies every text three times, a character at a time, before escaping it; on the benchmark corpus that
     * was a tenth of the build.
     */
    static final class PlainTextRenderer implements NodeRenderer {
        /** The page's {@link TextAside}, looked up on its first text (flexmark makes a renderer for each rendering). */
        private TextAside aside;
        private boolean looked;

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Text.class, (node, ctx, html) -> {
                BasedSequence chars = node.getChars();
                String escaped = plainEscaped(chars);
                if (escaped == null) {
                    // Not plain: what flexmark's own renderer writes, html.text(...), which is raw(escapeHtml(...)).
                    escaped = Escaping.escapeHtml(Escaping.normalizeEOL(chars.unescape()), false);
                }
                if (!looked) {
                    aside = TextAside.of(ctx.getDocument());
                    looked = true;
                }
                char mark = aside == null ? 0 : aside.setAside(escaped);
                html.raw(mark == 0 ? escaped : String.valueOf(mark));
            }));
        }

        /**
         * The text, when it is one unbroken stretch of the page's Markdown ({@link Stretch}) with nothing to undo (no
         * escape, entity or carriage return) and no NUL character (which flexmark turns into U+FFFD); otherwise null.
         */
        static String plain(BasedSequence chars) {
            String base = Stretch.markdownOf(chars);
            if (base == null) {
                return null;
            }
            String s = base.substring(chars.getStartOffset(), chars.getEndOffset());
            return s.indexOf('\\') >= 0 || s.indexOf('&') >= 0 || s.indexOf('\r') >= 0 || s.indexOf('\0') >= 0 ? null : s;
        }

        /**
         * {@code escape(plain(chars))}, or null where {@link #plain} is: for the page being read ({@link Stretch#page}),
         * from one reading of the text's characters rather than seven of the String (most text on a page is plain).
         */
        static String plainEscaped(BasedSequence chars) {
            String base = Stretch.markdownOf(chars);
            char[] page = base == null ? null : Stretch.chars(base);
            if (page == null) {
                return base == null ? null : escapeIfPlain(plain(chars));
            }
            int from = chars.getStartOffset();
            int to = chars.getEndOffset();
            boolean markup = false;
            for (int i = from; i < to; i++) {
                char c = page[i];
                if (c < PLAIN_KIND.length) {
                    byte kind = PLAIN_KIND[c];
                    if (kind == NOT_PLAIN) {
                        return null;
                    }
                    markup |= kind == MARKUP;
                }
            }
            String s = base.substring(from, to);
            return markup ? escape(s) : s;
        }

        private static final byte NOT_PLAIN = 1;
        private static final byte MARKUP = 2;
        /** What {@link #plain} refuses (NOT_PLAIN) and what {@link #escape} changes (MARKUP), by character. */
        private static final byte[] PLAIN_KIND = new byte['\\' + 1];

        static {
            for (char c : new char[] {'\\', '&', '\r', '\0'}) {
                PLAIN_KIND[c] = NOT_PLAIN;
            }
            for (char c : new char[] {'<', '>', '"'}) {
                PLAIN_KIND[c] = MARKUP;
            }
        }

        private static String escapeIfPlain(String plain) {
            return plain == null ? null : escape(plain);
        }

        /** HTML-escapes as flexmark's {@code Escaping.escapeHtml(text, false)} does, for text without '&'. */
        static String escape(String s) {
            if (s.indexOf('<') < 0 && s.indexOf('>') < 0 && s.indexOf('"') < 0) {
                return s;
            }
            return s.replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        }
    }

    /**
     * GitHub tables as NHS.UK responsive tables: on narrow screens each cell shows its column's heading.
     * One instance renders one document (flexmark creates renderers per render), so it can remember the
     * headings of the table it is in.
     */
    static final class ResponsiveTableRenderer implements NodeRenderer {
        private String[] headings = new String[0];

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            Set<NodeRenderingHandler<?>> set = new HashSet<>();
            set.add(new NodeRenderingHandler<>(TableBlock.class, (node, ctx, html) -> {
                headings = headings(node);
                // NHS.UK's own macro adds ARIA table roles; HTML forbids them on native table elements (the
                // Nu validator rejects them), and the table's own elements already carry those meanings.
                html.line().raw("<table class=\"nhsuk-table nhsuk-table--responsive\">\n");
                // The caption must come first inside the table.
                for (Node child : node.getChildren()) {
                    if (child instanceof TableCaption) {
                        ctx.render(child);
                    }
                }
                for (Node child : node.getChildren()) {
                    if (!(child instanceof TableCaption)) {
                        ctx.render(child);
                    }
                }
                html.raw("</table>\n");
            }));
            set.add(new NodeRenderingHandler<>(TableCaption.class, (node, ctx, html) -> {
                html.raw("<caption class=\"nhsuk-table__caption\">");
                ctx.renderChildren(node);
                html.raw("</caption>\n");
            }));
            set.add(new NodeRenderingHandler<>(TableHead.class, (node, ctx, html) -> {
                html.raw("<thead class=\"nhsuk-table__head\">\n");
                ctx.renderChildren(node);
                html.raw("</thead>\n");
            }));
            set.add(new NodeRenderingHandler<>(TableSeparator.class, (node, ctx, html) -> { }));
            set.add(new NodeRenderingHandler<>(TableBody.class, (node, ctx, html) -> {
                html.raw("<tbody class=\"nhsuk-table__body\">\n");
                ctx.renderChildren(node);
                html.raw("</tbody>\n");
            }));
            set.add(new NodeRenderingHandler<>(TableRow.class, (node, ctx, html) -> {
                html.raw("<tr class=\"nhsuk-table__row\">");
                int column = 0;
                for (Node cell : node.getChildren()) {
                    if (cell instanceof TableCell c) {
                        cell(c, column++, ctx, html);
                    }
                }
                html.raw("</tr>\n");
            }));
            return set;
        }

        private void cell(TableCell cell, int column, NodeRendererContext ctx, HtmlWriter html) {
            boolean numeric = cell.getAlignment() == TableCell.Alignment.RIGHT;
            if (cell.isHeader()) {
                html.raw(numeric ? "<th class=\"nhsuk-table__header nhsuk-table__header--numeric\" scope=\"col\">"
                        : "<th class=\"nhsuk-table__header\" scope=\"col\">");
                ctx.renderChildren(cell);
                html.raw("</th>");
                return;
            }
            html.raw(numeric ? "<td class=\"nhsuk-table__cell nhsuk-table__cell--numeric\">"
                    : "<td class=\"nhsuk-table__cell\">");
            if (column < headings.length && !headings[column].isEmpty()) {
                html.raw("<span class=\"nhsuk-table__heading\" aria-hidden=\"true\">").text(headings[column] + " ").raw("</span>");
            }
            // On a phone the cell is a row of its heading and its words (NHS.UK's flex box): the words in one box of their
            // own, or each link, bold word or glossary term in them would be a column of its own, the text in pieces.
            html.raw("<span class=\"portal-table__value\">");
            ctx.renderChildren(cell);
            html.raw("</span></td>");
        }

        /** The plain text of each column's heading. */
        private static String[] headings(Node table) {
            Node head = table.getChildOfType(TableHead.class);
            if (head == null || head.getFirstChild() == null) {
                return new String[0];
            }
            List<String> out = new java.util.ArrayList<>();
            TextCollectingVisitor text = new TextCollectingVisitor();
            for (Node h = head.getFirstChild().getFirstChild(); h != null; h = h.getNext()) {
                if (h instanceof TableCell) {
                    out.add(text.collectAndGetText(h).strip());
                }
            }
            return out.toArray(String[]::new);
        }
    }
}
