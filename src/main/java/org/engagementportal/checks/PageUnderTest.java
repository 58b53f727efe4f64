package org.engagementportal.checks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.engagementportal.content.ContentKind;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A generated page as the rules see it: its address, the {@code lang} of its {@code <html>} and the text of
 * its {@code <title>} (each null when missing), and its {@code <main>} element and what is in it, parsed.
 *
 * <p>The rules ask for elements by tag name ({@link #elements}), answered from one walk through the page
 * made on the first question, rather than each rule walking the whole page with a CSS selector: on the
 * 10,000-page benchmark that walking cost more than parsing the pages.
 */
public final class PageUnderTest {
    private final String path;
    private final String lang;
    private final String title;
    private final Document main;
    private final java.util.Optional<ContentKind<?>> kind;
    private Map<String, List<Element>> byTag;
    private List<Element> withId;

    public PageUnderTest(String path, String lang, String title, Document main) {
        this(path, lang, title, main, java.util.Optional.empty());
    }

    /** A page showing a content file of type {@code kind}, whose findings may tell a fix that type can use. */
    public PageUnderTest(String path, String lang, String title, Document main, java.util.Optional<ContentKind<?>> kind) {
        this.path = path;
        this.lang = lang;
        this.title = title;
        this.main = main;
        this.kind = kind;
    }

    /** The type of the content file the page shows; empty for a listing, or a page of a built site read by an audit. */
    public java.util.Optional<ContentKind<?>> kind() {
        return kind;
    }

    public String path() {
        return path;
    }

    public String lang() {
        return lang;
    }

    public String title() {
        return title;
    }

    public Document main() {
        return main;
    }

    /** The elements with any of these tag names ("h2", "input"), in the order they are on the page. */
    public List<Element> elements(String... tags) {
        index();
        if (tags.length == 1) {
            return byTag.getOrDefault(tags[0], List.of());
        }
        // Most pages have none of the tags asked for, or one of them: answered without walking the page.
        List<Element> only = null;
        int present = 0;
        for (String t : tags) {
            List<Element> some = byTag.get(t);
            if (some != null) {
                only = some;
                present++;
            }
        }
        if (present == 0) {
            return List.of();
        }
        if (present == 1) {
            return only;
        }
        List<Element> out = new ArrayList<>();
        for (Element e : all) {
            for (String t : tags) {
                if (e.normalName().equals(t)) {
                    out.add(e);
                    break;
                }
            }
        }
        return out;
    }

    private Map<Element, String> names;

    /**
     * The words a link or button is known by ({@link LinkPurpose#accessibleName}), worked out once for all the rules
     * that ask.
     */
    public String accessibleName(Element e) {
        if (names == null) {
            names = new java.util.IdentityHashMap<>();
        }
        return names.computeIfAbsent(e, LinkPurpose::accessibleName);
    }

    /** The elements that have an {@code id}, in page order. */
    public List<Element> withId() {
        index();
        return withId;
    }

    private List<Element> all;
    private List<org.jsoup.nodes.TextNode> texts;

    /** The text nodes with more than spaces in them, in page order, found once for all the rules that read words. */
    public List<org.jsoup.nodes.TextNode> texts() {
        if (texts == null) {
            List<org.jsoup.nodes.TextNode> out = new ArrayList<>();
            main.traverse((node, depth) -> {
                if (node instanceof org.jsoup.nodes.TextNode t && !t.isBlank()) {
                    out.add(t);
                }
            });
            texts = out;
        }
        return texts;
    }

    private void index() {
        if (byTag != null) {
            return;
        }
        byTag = new HashMap<>();
        withId = new ArrayList<>();
        all = main.getAllElements();
        for (Element e : all) {
            byTag.computeIfAbsent(e.normalName(), k -> new ArrayList<>()).add(e);
            if (e.hasAttr("id")) {
                withId.add(e);
            }
        }
    }
}
