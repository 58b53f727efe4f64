package org.engagementportal.checks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.engagementportal.content.Document;
import org.engagementportal.content.Wcag;
import org.engagementportal.source.Position;
import org.engagementportal.source.Problems;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The fast accessibility rules, run on every page as it is generated, in the build and in {@code portal
 * check}, and on every page of a built site in {@code portal audit}. Only the {@code <main>} part is parsed
 * (the frame around it is the same on every page and is checked by the browser audit); a finding in text
 * from a content file is reported at that file and the line it comes from, one in the template's own
 * markup at the template.
 */
public final class FastRules {
    public static final List<Rule> ALL = List.of(new PageLanguage(), new PageTitle(), new OneMainHeading(), new HeadingOrder(),
            new ImageAlt(), new LinkPurpose(), new ButtonName(), new DuplicateIds(), new TableHeaders(), new FormLabels(),
            new DocumentLinks(),
            new PresentationalMarkup(), new EmptyParagraph(), new AltNotDescription(), new SpacerImage(), new EmptyAltWithTitle(),
            new AltTitleDisagree(), new PresentationRoleWithAlt(), new AccessKey(), new TabindexNonInteractive(), new LinkToNowhere(),
            new LinkTextSymbols(), new NewWindowWarning(), new AdjacentDuplicateLinks(), new SameTextDifferentAddress(),
            new LinkTitleRepeats(), new MediaAlternative(), new LayoutTableSemantics(), new TableCaption(), new TableWithoutData(),
            new NestedTable(), new TableColumnCount(), new TableHeaderScope(), new ColourWithoutBackground(), new PreformattedLayout(),
            new SpacedLetters(), new CapitalsPassage(), new ItalicPassage(), new AbbreviationExpanded(), new LanguageOfParts(),
            new RightToLeftDirection(), new FieldsetLegend(), new GroupedChoices(), new LabelFor(), new DuplicateLabelText(),
            new FakeHeading(), new SensoryInstruction(), new ColourOnlyInstruction(), new AutoplayMedia());
    /**
     * The version of the way {@link #page} reads a page for the rules (with {@link PageUnderTest}): raise it by
     * one with any change there, which changes what every rule finds.
     */
    static final int READING = 2;
    /**
     * The rules the build enforces: definite failures ({@link Level#ERROR}) of WCAG 2.2 A and AA. Warnings, notices
     * and AAA are for {@code portal audit}, where a person looks at them.
     */
    public static final List<Rule> BUILD = ALL.stream().filter(FastRules::enforced).toList();
    /**
     * The version of the rules, derived from them ({@link #version}): results cached under another version,
     * such as the browser audit's, are not used, so no new or changed rule is skipped.
     */
    public static final String VERSION = version(ALL);
    private static final Pattern LANG = Pattern.compile("<html[^>]*\\slang=\"([^\"]*)\"");
    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");

    private FastRules() {
    }

    /**
     * A hash over each rule's id, class, scope, criterion and version, in order, and the way pages are read
     * for them. Adding, removing, replacing or reordering a rule changes it with nothing to remember; a rule
     * whose logic or messages change raises its own {@link Rule#version}.
     */
    public static String version(List<Rule> rules) {
        StringBuilder all = new StringBuilder("reading\t").append(READING).append('\n');
        for (Rule r : rules) {
            // With the axe-core rules it gives way to: a change there changes what an audit reports, so cached results are redone.
            all.append(String.join("\t", r.id(), r.getClass().getName(), r.scope().name(), r.criterion(), String.valueOf(r.version()),
                            r.level().type(), r.failure(), String.join(",", new java.util.TreeSet<>(r.axeRules()))))
                    .append('\n');
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(all.toString().getBytes(StandardCharsets.UTF_8));
            return "fast-rules-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Parses the parts of a page the rules need: its {@code <main>}, or its whole body when it has none (a page
     * from another tool, audited with {@code --out}).
     */
    public static PageUnderTest page(String path, String html) {
        return page(path, html, null);
    }

    /** {@link #page(String, String)} of a page showing {@code content} (null for a listing). */
    private static PageUnderTest page(String path, String html, Document content) {
        int start = html.indexOf("<main");
        int end = html.lastIndexOf("</main>");
        String main = start >= 0 && end > start ? html.substring(start, end + 7) : body(html);
        return new PageUnderTest(path, langOf(html), titleOf(html), Jsoup.parseBodyFragment(main), kindOf(content));
    }

    /** The type of the content file a page shows, so a finding's fix is one that type can use. */
    private static java.util.Optional<org.engagementportal.content.ContentKind<?>> kindOf(Document content) {
        return java.util.Optional.ofNullable(content).map(Document::kind);
    }

    /**
     * Checks a generated page, reporting each finding as an error.
     *
     * @param template the template that made it, "templates/consultation.ftlh"
     * @param content  the content file the page shows, or null for listings
     */
    public static void check(String path, String html, String template, Document content, Problems problems) {
        PageUnderTest page = page(path, html, content);
        report(BUILD, page, template, content, problems);
        int start = html.indexOf("<main");
        int end = html.lastIndexOf("</main>");
        idsOfTheFrame(page, html, start >= 0 && end > start ? html.substring(start, end) : html, id -> true, template, content, problems);
        inPageLinks(page, html, template, content, problems);
    }

    /**
     * Reports a part of the text with an id a part of the page around the text has too ({@code html} has it more often
     * than {@code inner}, the part that was checked): the rules read only the main content, so the build and 'portal
     * check' ask it alike here. Only ids that {@code mayClash} (the build: those its template writes) are counted.
     */
    private static void idsOfTheFrame(PageUnderTest page, String html, String inner, java.util.function.Predicate<String> mayClash,
                                      String template, Document content, Problems problems) {
        for (Element e : page.withId()) {
            if (!mayClash.test(e.id()) || DuplicateIds.FRAME.contains(e.id()) || e.closest(".portal-prose") == null) {
                continue; // the frame's ids that DuplicateIds knows it reports itself
            }
            String id = "id=\"" + e.id() + "\"";
            if (count(html, id) > count(inner, id)) {
                Finding f = new Finding(new DuplicateIds().id(), e, "two parts of the page have the id \"" + e.id()
                        + "\": this one and a part of the page around the text.", "Give the heading other words (its id "
                        + "is made from them): the page already has a part with the id \"" + e.id() + "\".");
                problems.error(where(f, Scope.TEXT, template, content), "accessibility (" + new DuplicateIds().criterion()
                        + ") on " + page.path() + ": " + f.message(), f.fix());
            }
        }
    }

    /**
     * Warns of a link in the text to a part of the same page that is not there ("[how to respond](#respond-now)"): it
     * goes nowhere. A heading's id is made from its words, so a link written before the heading was reworded, or by
     * its words in another script, misses it silently.
     */
    private static void inPageLinks(PageUnderTest page, String html, String template, Document content, Problems problems) {
        for (Element a : page.elements("a")) {
            String href = a.attr("href");
            if (!href.startsWith("#") || a.closest(".portal-prose") == null) {
                continue;
            }
            String target = org.engagementportal.source.Address.decoded(href.substring(1)).orElse(href.substring(1));
            if (target.isEmpty() || target.equalsIgnoreCase("top") || page.main().getElementById(target) != null
                    || html.contains("id=\"" + target + "\"")) {
                continue;
            }
            List<String> headings = page.main().select(".portal-prose :is(h2, h3, h4, h5, h6)[id]").eachAttr("id");
            Finding f = new Finding("in-page-link", a, "the link \"" + a.text() + "\" goes to #" + target + ", but this page "
                    + "has no part with that id, so the link goes nowhere.", "Link to a heading of this page by its id, its words "
                    + "in small letters with hyphens for spaces" + (headings.isEmpty() ? ", or remove the link." : ": "
                    + String.join(", ", headings.stream().limit(6).map(h -> "#" + h).toList()) + "."));
            problems.warning(where(f, Scope.TEXT, template, content), "on " + page.path() + ": " + f.message(), f.fix());
        }
    }

    /** The rules that apply to text written in a content file ({@link Scope#TEXT}; the rest are about the page frame). */
    static final List<Rule> TEXT = in(Scope.TEXT);
    /** The text rules the build enforces ({@link #BUILD}). */
    static final List<Rule> BUILD_TEXT = TEXT.stream().filter(FastRules::enforced).toList();
    /** The rules about the page's language and title, which the build checks without parsing the page. */
    static final List<Rule> HEAD = in(Scope.HEAD);

    /** The rules of one scope, in the order of {@link #ALL}. */
    static List<Rule> in(Scope scope) {
        return ALL.stream().filter(r -> r.scope() == scope).toList();
    }

    /**
     * The quicker check the build makes: the rules over the HTML made from a content file's Markdown
     * (which changes from page to page), and the frame's language, title and single main heading found
     * without parsing. {@code portal check} parses whole pages instead.
     */
    public static void checkText(String path, String html, String bodyHtml, String template, Document content, Problems problems) {
        checkText(path, html, bodyHtml, template, java.util.Set.of(), content, problems);
    }

    /**
     * {@link #checkText(String, String, String, String, Document, Problems)}, and no part of the text with an id its
     * template writes too ({@code frameIds}, from {@code Templates.literalIds}): a heading "Respond" in a consultation
     * has the id of the page's own Respond section, which the text alone, checked apart from the page, does not show.
     */
    public static void checkText(String path, String html, String bodyHtml, String template, java.util.Set<String> frameIds,
                                 Document content, Problems problems) {
        PageUnderTest frame = new PageUnderTest(path, langOf(html), titleOf(html), null);
        report(HEAD, frame, template, content, problems);
        // The rules about the page as a whole (Scope.WHOLE_PAGE) need it parsed: its single main heading is counted instead.
        int h1 = count(html, "<h1");
        if (h1 != 1) {
            problems.error(Position.file(template), "accessibility (1.3.1 Info and Relationships) on " + path + ": the page has "
                    + h1 + " main headings instead of one.", "Start headings in the text with ## : the page title is the only main heading.");
        }
        if (!bodyHtml.isEmpty()) {
            org.jsoup.nodes.Document text = PlainTree.parseBodyFragment("<h1>page</h1><div class=\"portal-prose\">" + bodyHtml + "</div>");
            PageUnderTest body = new PageUnderTest(path, null, null, text, kindOf(content));
            report(BUILD_TEXT, body, template, content, problems);
            inPageLinks(body, html, template, content, problems);
            idsOfTheFrame(body, html, bodyHtml, frameIds::contains, template, content, problems);
        }
    }

    /** A definite failure of WCAG 2.2 A or AA, which fails the build. */
    static boolean enforced(Rule rule) {
        return rule.level() == Level.ERROR && !rule.criterion().equals(Wcag.BEST_PRACTICE) && Wcag.within(rule.criterion(), "AA");
    }

    private static void report(List<Rule> rules, PageUnderTest page, String template, Document content, Problems problems) {
        for (Rule rule : rules) {
            for (Finding f : rule.check(page)) {
                problems.error(where(f, rule.scope(), template, content), "accessibility (" + rule.criterion() + ") on "
                        + page.path() + ": " + f.message(), f.fix());
            }
        }
    }

    private static String body(String html) {
        int start = html.indexOf("<body");
        int end = html.lastIndexOf("</body>");
        if (start < 0 || end < start) {
            return "";
        }
        return html.substring(html.indexOf('>', start) + 1, end);
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }

    private static String langOf(String html) {
        Matcher m = LANG.matcher(html.substring(0, Math.min(html.length(), 400)));
        return m.find() ? m.group(1) : null;
    }

    private static String titleOf(String html) {
        Matcher m = TITLE.matcher(html);
        return m.find() ? m.group(1) : null;
    }

    /**
     * The content file and line an element came from, or the template for the page's own markup. A finding
     * about the page as a whole (no element) is at the content file's front matter when its rule is about the
     * page's language or title ({@link Scope#HEAD}), which the front matter sets, and at the template otherwise.
     */
    static Position where(Finding f, Scope scope, String template, Document content) {
        Element e = f.element();
        boolean fromContent = content != null && (e == null ? scope == Scope.HEAD : e.closest(".portal-prose") != null);
        if (!fromContent) {
            return Position.file(template);
        }
        if (e == null) {
            return new Position(content.source(), 1, 1); // the page's language or title: its front matter
        }
        // Where in the Markdown the element was written: found by its link text, its file or address, or its words.
        // The same may be written more than once (two links with the same words, one picture twice), so the element
        // is taken to be the nth written, n being how many elements of its kind with that clue come before it.
        String text = content.body().markdown();
        Element prose = e.closest(".portal-prose");
        for (Clue clue : clues(e)) {
            int before = 0;
            for (Element other : prose.getElementsByTag(e.tagName())) {
                if (other == e) {
                    break;
                }
                if (clues(other).contains(clue)) {
                    before++;
                }
            }
            int at = occurrence(text, clue, before);
            if (at >= 0) {
                at = referenceUse(text, at);
                int lineStart = text.lastIndexOf('\n', at) + 1;
                // The caret at the start of what was written, the nearest before the clue on its line: "![" or "<img"
                // for a picture, "[" or "<a" for a link; the clue itself if neither is there.
                int from = -1;
                for (String mark : e.is("img") ? List.of("![", "<img") : e.is("a") ? List.of("[", "<a") : List.<String>of()) {
                    for (int m = text.lastIndexOf(mark, at); m >= lineStart; m = text.lastIndexOf(mark, m - 1)) {
                        if (!mark.startsWith("<") || isTagEnd(text, m + mark.length())) { // "<a " or "<a>", not "<abbr"
                            from = Math.max(from, m);
                            break;
                        }
                    }
                }
                if (from < 0) {
                    from = at;
                }
                int line = content.body().firstLine();
                for (int i = text.indexOf('\n'); i >= 0 && i < from; i = text.indexOf('\n', i + 1)) {
                    line++;
                }
                return new Position(content.source(), line, from - lineStart + 1);
            }
        }
        Element table = e.closest("table");
        if (table != null) {
            // Its cell's words are not written as they show ("**Monday**", "\"Yes\"", "A &amp; E"): the nth table of the
            // page is the nth written, when the text has as many tables as the page shows.
            List<Integer> starts = tableStarts(text);
            List<Element> shown = prose.select("table");
            int n = shown.indexOf(table);
            if (n >= 0 && starts.size() == shown.size()) {
                int at = starts.get(n);
                int line = content.body().firstLine();
                for (int i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) {
                    line++;
                }
                return new Position(content.source(), line, at - (text.lastIndexOf('\n', at - 1) + 1) + 1);
            }
        }
        return new Position(content.source(), content.body().firstLine(), 1);
    }

    /**
     * Where each table of a text starts, in order: a Markdown table at its first row (the row above its row of dashes
     * when that row has a pipe, else the row of dashes, which then begins a table without headings), an HTML table at
     * its {@code <table} tag. Code between fences is passed over. Lines that only look like a table count too, so a
     * caller compares the number with the tables shown before trusting it.
     */
    static List<Integer> tableStarts(String text) {
        List<Integer> starts = new java.util.ArrayList<>();
        String fence = null;
        int previous = -1; // where the line before starts, when it has a pipe and is not itself a row of dashes
        for (int start = 0; start < text.length(); ) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end);
            int body = start + lead(line);
            String rest = text.substring(body, end);
            if (fence != null) {
                if (rest.startsWith(fence)) {
                    fence = null;
                }
                previous = -1;
            } else if (rest.startsWith("```") || rest.startsWith("~~~")) {
                fence = rest.substring(0, 3);
                previous = -1;
            } else if (isRowOfDashes(rest)) {
                starts.add(previous >= 0 ? previous : body);
                previous = -1;
            } else {
                previous = rest.indexOf('|') >= 0 ? body : -1;
                String lower = rest.toLowerCase(java.util.Locale.ROOT);
                for (int t = lower.indexOf("<table"); t >= 0; t = lower.indexOf("<table", t + 1)) {
                    if (isTagEnd(lower, t + "<table".length())) {
                        starts.add(body + t);
                        previous = -1;
                    }
                }
            }
            start = end + 1;
        }
        return starts;
    }

    /** How many characters of a line are a quote's or list's marks and indentation ("> ", "- ", "1. ", spaces). */
    private static int lead(String line) {
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t' || c == '>') {
                i++;
            } else if ((c == '-' || c == '*' || c == '+') && i + 1 < line.length() && line.charAt(i + 1) == ' ') {
                i += 2;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < line.length() && Character.isDigit(line.charAt(j))) {
                    j++;
                }
                if (j + 1 < line.length() && (line.charAt(j) == '.' || line.charAt(j) == ')') && line.charAt(j + 1) == ' ') {
                    i = j + 2;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return i;
    }

    /** A table's row of dashes: pipes, dashes, colons and spaces only, with a pipe and a dash ("|---|:--:|"). */
    private static boolean isRowOfDashes(String line) {
        boolean pipe = false;
        boolean dash = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '|') {
                pipe = true;
            } else if (c == '-') {
                dash = true;
            } else if (c != ':' && c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return pipe && dash;
    }

    /** What of an element shows where it was written: a link's words as Markdown writes them, its file or address, or its words. */
    private static List<Clue> clues(Element e) {
        List<Clue> clues = new java.util.ArrayList<>();
        if (e.is("table, thead, tbody, tr, th, td")) {
            // A table's text is its cells' words run together, which the Markdown never has: its first cell with
            // words, written at the start of a row, is where it was written.
            for (Element cell : e.is("th, td") ? List.of(e) : e.select("th, td")) {
                String words = cellWords(cell);
                if (!words.isBlank()) {
                    clues.add(new Clue(words, true, false));
                    break;
                }
            }
        }
        if (e.is("a") && !e.text().isBlank()) {
            clues.add(new Clue("[" + e.text() + "]", false, false));
        }
        if (e.hasAttr("src") || e.hasAttr("href")) {
            String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
            String file = url.substring(url.lastIndexOf('/', Math.max(0, url.length() - 2)) + 1).replaceAll("/$", "");
            if (!file.isEmpty()) {
                clues.add(new Clue(file, false, true));
            }
        } else if (!e.text().isBlank()) {
            clues.add(new Clue(e.text(), false, false));
        }
        return clues;
    }

    /**
     * What to look for in the Markdown: {@code words}, and when {@code cell}, only as a table's cell written at the start
     * of its row (nothing before it on its line but pipes, spaces, a quote's or list's marks, or an HTML cell's tag); when
     * {@code address}, a file name or address, only where it is written as where a picture or link goes.
     */
    private record Clue(String words, boolean cell, boolean address) {
    }

    /**
     * Where the {@code n}th (from 0) {@code clue} is in {@code text}; the first when it is there fewer times (a link
     * written once as a reference and used twice), and -1 when it is not there at all.
     */
    private static int occurrence(String text, Clue clue, int n) {
        int first = next(text, clue, 0);
        int at = first;
        for (int i = 0; i < n && at >= 0; i++) {
            at = next(text, clue, at + clue.words().length());
        }
        return at >= 0 ? at : first;
    }

    /**
     * Where {@code clue} is next written from {@code from} as what it stands for: a link's "[words]" not as a
     * picture's ("![words]") nor as a reference's definition ("[words]: address"), and a file name not as the end
     * of a longer one ("photo.jpg" is not in "team-photo.jpg"). -1 when it is not there.
     */
    private static int next(String text, Clue clue, int from) {
        String words = clue.words();
        if (words.isEmpty()) {
            return -1;
        }
        for (int at = text.indexOf(words, from); at >= 0; at = text.indexOf(words, at + 1)) {
            char before = at > 0 ? text.charAt(at - 1) : '\n';
            int end = at + words.length();
            boolean ok = words.startsWith("[")
                    ? before != '!' && !(end < text.length() && text.charAt(end) == ':')
                    : !Character.isLetterOrDigit(before) && before != '-' && before != '_' && before != '.'
                    && (!clue.address() || writtenAsAddress(text, at));
            if (ok && clue.cell()) {
                ok = (end == text.length() || !Character.isLetterOrDigit(text.charAt(end))) && startsACell(text, at);
            }
            if (ok) {
                return at;
            }
        }
        return -1;
    }

    /**
     * Where a picture or link is written that uses the reference defined on {@code at}'s line ("![][b]" or "![A map][b]"
     * for "[b]: map.png"), so the mistake is shown where a description or words go; {@code at} when its line is not a
     * reference's definition, or no use of it is found.
     */
    static int referenceUse(String text, int at) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        java.util.regex.Matcher m = DEFINITION.matcher(text);
        m.region(lineStart, at);
        if (!m.lookingAt()) {
            return at;
        }
        String label = m.group(1);
        // Labels match without case, as Markdown's do; looked for in the text itself, so every place is the text's.
        int full = find(text, "][" + label + "]", 0); // "![words][label]", "[words][label]", "![][label]"
        if (full >= 0) {
            int open = text.lastIndexOf('[', full);
            return open > 0 && text.charAt(open - 1) == '!' ? open - 1 : Math.max(open, 0);
        }
        String bracketed = "[" + label + "]";
        for (int use = find(text, bracketed, 0); use >= 0; use = find(text, bracketed, use + 1)) {
            int end = use + bracketed.length();
            if (end < text.length() && text.charAt(end) == ':') {
                continue; // the definition itself, or one like it
            }
            return use > 0 && text.charAt(use - 1) == '!' ? use - 1 : use; // "![label]" or "![label][]"
        }
        return at;
    }

    /** A reference's definition at the start of a line, in a quote or not: "[label]:". */
    private static final java.util.regex.Pattern DEFINITION = java.util.regex.Pattern.compile("[ \\t>]*\\[([^\\]\\n]+)\\]:");

    /** Where {@code words} are next in {@code text} from {@code from}, without case; -1 when they are not. */
    private static int find(String text, String words, int from) {
        for (int i = Math.max(0, from); i + words.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, words, 0, words.length())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether the file name or address at {@code at} is written as where a picture or link goes, and not in a sentence's
     * words: "talk.svg" in "![](talk.svg)", {@code <img src="talk.svg">}, "[b]: talk.svg" or a bare web address, not in
     * "the leaflet talk.svg has the times". A picture without a description was said to be at the first sentence naming
     * its file, lines above the picture.
     */
    private static boolean writtenAsAddress(String text, int at) {
        int start = at;
        while (start > 0 && " \t\n(<\"'=".indexOf(text.charAt(start - 1)) < 0) {
            start--; // back to the start of the address the name ends ("/pictures/talk.svg", "https://…/talk.svg")
        }
        char before = start > 0 ? text.charAt(start - 1) : '\n';
        if ("(<\"'=".indexOf(before) >= 0) {
            return true;
        }
        String address = text.substring(start, Math.min(text.length(), at + 1)).toLowerCase(java.util.Locale.ROOT);
        if (address.startsWith("http://") || address.startsWith("https://") || address.startsWith("www.")
                || address.contains("@")) {
            return true; // written out bare, made a link as it is
        }
        int lineStart = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        java.util.regex.Matcher m = DEFINITION.matcher(text).region(lineStart, start);
        return m.lookingAt() && text.substring(m.end(), start).isBlank(); // a reference's definition
    }

    /**
     * Whether a table's cell starts at {@code at}: in a Markdown row, nothing before it on its line but pipes, spaces and a
     * quote's or list's marks, with a pipe on the line; in an HTML table, just after a cell's tag.
     */
    private static boolean startsACell(String text, int at) {
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        String lead = text.substring(lineStart, at);
        if (lead.stripTrailing().endsWith(">") && (lead.contains("<td") || lead.contains("<th"))) {
            return true;
        }
        for (int i = 0; i < lead.length(); i++) {
            if ("|> \t-*+.)0123456789".indexOf(lead.charAt(i)) < 0) {
                return false;
            }
        }
        int lineEnd = text.indexOf('\n', at);
        return text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).indexOf('|') >= 0;
    }

    /** A cell's own words: without the column's heading that NHS.UK's responsive tables put before them for small screens. */
    private static String cellWords(Element cell) {
        StringBuilder words = new StringBuilder();
        for (org.jsoup.nodes.Node n : cell.childNodes()) {
            if (n instanceof Element child && child.hasClass("nhsuk-table__heading")) {
                continue;
            }
            words.append(n instanceof Element child ? child.text() : n instanceof org.jsoup.nodes.TextNode t ? t.text() : "");
        }
        return words.toString().strip();
    }

    /** Whether a tag's name ends at {@code i}: a space, a line break, "/" or ">" follows it. */
    private static boolean isTagEnd(String text, int i) {
        return i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '>' || text.charAt(i) == '/');
    }
}
