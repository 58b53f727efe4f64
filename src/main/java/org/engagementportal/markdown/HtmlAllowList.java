package org.engagementportal.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.engagementportal.source.Address;
import org.engagementportal.source.Limits;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeTraversor;

/**
 * The HTML comms staff may write inside Markdown, and the sanitising that enforces it. Anything else
 * (scripts, styles, event handlers, forms, iframes, links with other schemes, pictures from other
 * websites) is removed, and what was removed is described so the build can warn at the right line.
 */
final class HtmlAllowList {
    private static final Set<String> COMMON = Set.of("lang", "dir", "title");

    /** Elements and their attributes (besides lang, dir and title, which any element may have). */
    static final Map<String, Set<String>> RAW = Map.ofEntries(
            Map.entry("a", Set.of("href", "hreflang")), Map.entry("abbr", Set.of()), Map.entry("b", Set.of()), Map.entry("bdi", Set.of()),
            Map.entry("blockquote", Set.of("cite")), Map.entry("br", Set.of()), Map.entry("caption", Set.of()),
            Map.entry("cite", Set.of()), Map.entry("code", Set.of()), Map.entry("dd", Set.of()), Map.entry("del", Set.of()),
            Map.entry("details", Set.of()), Map.entry("div", Set.of()), Map.entry("dl", Set.of()), Map.entry("dt", Set.of()),
            Map.entry("em", Set.of()), Map.entry("figcaption", Set.of()), Map.entry("figure", Set.of()),
            Map.entry("h2", Set.of("id")), Map.entry("h3", Set.of("id")), Map.entry("h4", Set.of("id")),
            Map.entry("h5", Set.of("id")), Map.entry("h6", Set.of("id")), Map.entry("hr", Set.of()), Map.entry("i", Set.of()),
            Map.entry("img", Set.of("src", "alt", "width", "height")), Map.entry("ins", Set.of()), Map.entry("kbd", Set.of()),
            Map.entry("li", Set.of()), Map.entry("ol", Set.of("start", "reversed")), Map.entry("p", Set.of()),
            Map.entry("pre", Set.of()), Map.entry("q", Set.of("cite")), Map.entry("s", Set.of()), Map.entry("small", Set.of()),
            Map.entry("span", Set.of()), Map.entry("strong", Set.of()), Map.entry("sub", Set.of()), Map.entry("summary", Set.of()),
            Map.entry("sup", Set.of()), Map.entry("table", Set.of()), Map.entry("tbody", Set.of()),
            Map.entry("td", Set.of("colspan", "rowspan", "headers")), Map.entry("tfoot", Set.of()),
            Map.entry("th", Set.of("colspan", "rowspan", "scope", "id", "headers")), Map.entry("thead", Set.of()),
            Map.entry("time", Set.of("datetime")), Map.entry("tr", Set.of()), Map.entry("ul", Set.of()));

    /** What comms staff may write. Links may be relative or use the schemes above; pictures must be on this site. */
    static final Safelist RAW_SAFELIST = build(false);
    /** What our own Markdown rendering produces on top: classes and roles of NHS.UK components. */
    static final Safelist RENDERED_SAFELIST = build(true);

    private HtmlAllowList() {
    }

    private static Safelist build(boolean rendered) {
        return new Safelist() {
            @Override
            public boolean isSafeTag(String tag) {
                return RAW.containsKey(tag);
            }

            @Override
            public boolean isSafeAttribute(String tagName, Element el, Attribute attr) {
                if (rendered && GENERATED.contains(attr.getKey())) {
                    return true;
                }
                return isAllowed(el, attr);
            }
        };
    }

    /** Attributes our own rendering adds (NHS.UK classes, table roles, heading ids). */
    private static final Set<String> GENERATED = Set.of("class", "role", "aria-hidden", "id");

    /**
     * The outcome of sanitising one piece of raw HTML.
     *
     * @param removed what was removed because the allow-list does not have it (a warning)
     * @param refused addresses removed because the address policy refuses them (an error each)
     */
    record Cleaned(String html, List<String> removed, List<Address.Refused> refused, int depth, List<String> notLanguages) {
        Cleaned(String html, List<String> removed, List<Address.Refused> refused, int depth) {
            this(html, removed, refused, depth, List.of());
        }

        Cleaned(String html, List<String> removed, List<Address.Refused> refused) {
            this(html, removed, refused, 0);
        }

        /** Whether the HTML had tags nested deeper than {@link Limits#HTML_NESTING}: then nothing of it is kept. */
        boolean tooDeep() {
            return depth > Limits.HTML_NESTING;
        }
    }

    /**
     * Sanitises a block of raw HTML, describing each thing it removed. HTML nested deeper than
     * {@link Limits#HTML_NESTING} is not sanitised (jsoup's clean-up looks up through every parent of every
     * element) and nothing of it is kept.
     */
    static Cleaned cleanBlock(String html) {
        Document fragment = Jsoup.parseBodyFragment(html);
        int depth = depth(fragment.body());
        if (depth > Limits.HTML_NESTING) {
            return new Cleaned("", List.of(), List.of(), depth);
        }
        Document clean = new Cleaner(RAW_SAFELIST).clean(fragment);
        clean.outputSettings(new Document.OutputSettings().prettyPrint(false));
        return findings(clean.body().html(), fragment);
    }

    /**
     * Sanitises one inline tag ({@code <span lang="cy">} or {@code </span>}): an allowed tag is rebuilt
     * with its allowed attributes only; any other tag is dropped.
     */
    static Cleaned cleanTag(String tag) {
        String t = tag.strip();
        boolean closing = t.startsWith("</");
        String name = tagName(t);
        if (!RAW.containsKey(name)) {
            return new Cleaned("", List.of("<" + name + ">"), List.of());
        }
        if (closing) {
            return new Cleaned("</" + name + ">", List.of(), List.of());
        }
        Element el = Jsoup.parseBodyFragment(t).body().children().stream().findFirst().orElse(null);
        if (el == null) {
            return new Cleaned("", List.of("<" + name + ">"), List.of());
        }
        StringBuilder sb = new StringBuilder("<").append(name);
        for (Attribute a : el.attributes()) {
            if (isAllowed(el, a)) {
                sb.append(' ').append(a.getKey()).append("=\"").append(escape(a.getValue())).append('"');
            }
        }
        sb.append(t.endsWith("/>") ? " />" : ">");
        return findings(sb.toString(), el);
    }

    /** How many elements deep the tree under {@code root} goes (its children are 1), counted without recursion. */
    static int depth(Element root) {
        int[] deepest = {0};
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element && depth > deepest[0]) {
                deepest[0] = depth;
            }
        }, root);
        return deepest[0];
    }

    /** The name of a tag as written ("<span\nlang=cy>", "</a\n>"), lower case; "" when it has none. */
    static String tagName(String tag) {
        int i = tag.startsWith("</") ? 2 : tag.startsWith("<") ? 1 : 0;
        while (i < tag.length() && Character.isWhitespace(tag.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < tag.length() && (Character.isLetterOrDigit(tag.charAt(i)) || tag.charAt(i) == '-')) {
            i++;
        }
        return tag.substring(start, i).toLowerCase(Locale.ROOT);
    }

    private static String escape(String v) {
        return v.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    /**
     * The sanitised HTML with what was taken out of {@code root} to make it: elements and attributes the
     * allow-list does not have, and the addresses (href, src, cite) that the address policy refuses.
     */
    private static Cleaned findings(String html, Element root) {
        Set<String> removed = new TreeSet<>();
        List<Address.Refused> refused = new ArrayList<>();
        Set<String> notLanguages = new TreeSet<>();
        for (Element el : root.getAllElements()) {
            String tag = el.normalName();
            if (tag.equals("#root") || tag.equals("html") || tag.equals("head") || tag.equals("body")) {
                continue;
            }
            if (!RAW.containsKey(tag)) {
                removed.add("<" + tag + ">");
                continue;
            }
            for (Attribute a : el.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                if (!COMMON.contains(key) && !isKnownAttribute(tag, key)) {
                    removed.add("'" + a.getKey() + "' on <" + tag + ">");
                } else if (isAddress(tag, key) && addressProblem(tag, a.getValue()) instanceof Address.Refused r) {
                    refused.add(r);
                } else if (key.equals("lang") && !isLanguageTag(a.getValue())) {
                    notLanguages.add("lang=\"" + a.getValue() + "\"");
                } else if (key.equals("dir") && !Set.of("ltr", "rtl", "auto").contains(a.getValue().toLowerCase(Locale.ROOT))) {
                    // as browsers read it: any case, but no spaces ("rtl " is no direction, and the text is laid out ltr)
                    notLanguages.add("dir=\"" + a.getValue() + "\"");
                }
            }
        }
        return new Cleaned(html, List.copyOf(removed), refused, 0, List.copyOf(notLanguages));
    }

    /**
     * Whether a lang attribute's value is written as a language's code, of two or three letters, with any region or script
     * ("cy", "ur-PK", "zh-Hant-HK", "prs" Dari, "syl" Sylheti), so a screen reader can tell which language to read the
     * part in: "urdu" or "welsh" is not. Whether a code of the right form names a language is not asked: Java cannot name
     * every language the NHS translates into.
     */
    static boolean isLanguageTag(String value) {
        String v = value.strip();
        if (v.isEmpty()) {
            return true; // lang="" says the language is not known, which HTML allows
        }
        try {
            new Locale.Builder().setLanguageTag(v);
        } catch (java.util.IllformedLocaleException e) {
            return false;
        }
        return v.split("-")[0].matches("[A-Za-z]{2,3}");
    }

    private static boolean isKnownAttribute(String tag, String key) {
        return RAW.getOrDefault(tag, Set.of()).contains(key.toLowerCase(Locale.ROOT));
    }

    /** Attributes that hold an address. */
    private static boolean isAddress(String tag, String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return k.equals("href") || k.equals("src") || k.equals("cite");
    }

    /**
     * What is wrong with an address in an attribute, or null when nothing is: the address policy, and for a
     * picture, that it must be on this site.
     */
    private static Address.Verdict addressProblem(String tag, String value) {
        Address.Verdict verdict = Address.check(value);
        if (verdict instanceof Address.Allowed allowed && tag.equals("img") && allowed.kind() != Address.Kind.SITE) {
            return new Address.Refused("", "is on another website (" + value.strip() + "), so every reader's browser "
                    + "would fetch it from there.", "Save the picture in the content folder beside this page and "
                    + "link to it by its file name.");
        }
        return verdict instanceof Address.Refused ? verdict : null;
    }

    private static boolean isAllowed(Element el, Attribute a) {
        String key = a.getKey().toLowerCase(Locale.ROOT);
        String tag = el.normalName();
        if (!COMMON.contains(key) && !RAW.getOrDefault(tag, Set.of()).contains(key)) {
            return false;
        }
        return !isAddress(tag, key) || addressProblem(tag, a.getValue()) == null;
    }

    /** The list given to writers in the fix: the tags they may use. */
    static String allowedTags() {
        return String.join(", ", new TreeSet<>(RAW.keySet()));
    }
}
