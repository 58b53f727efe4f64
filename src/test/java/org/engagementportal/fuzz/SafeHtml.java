package org.engagementportal.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Locale;
import java.util.Set;
import org.engagementportal.source.Address;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** What "no script reaches a page" means, checked on HTML as a browser would parse it. */
final class SafeHtml {
    private SafeHtml() {
    }

    /** Elements that run script, load other documents or plug-ins, submit data, or change how the page is read. */
    static final Set<String> FORBIDDEN_ELEMENTS = Set.of("script", "iframe", "frame", "frameset", "object", "embed", "applet",
            "form", "input", "button", "textarea", "select", "style", "link", "meta", "base", "math", "template", "noscript",
            "xmp", "plaintext", "noembed", "noframes", "portal", "video", "audio", "source", "track", "marquee");
    /** Attributes that hold an address. */
    static final Set<String> ADDRESSES = Set.of("href", "src", "cite", "action", "formaction", "srcset", "poster",
            "background", "xlink:href", "data", "codebase", "longdesc", "ping", "manifest", "lowsrc", "dynsrc");

    /**
     * Fails unless the HTML (a page, or the part of one made from content) has no script element, no
     * event-handler attribute, no inline style and no address the policy refuses.
     *
     * @param fragment whether it is a piece of a page (the layout's own elements, such as {@code <link>}, are not in it)
     */
    static void assertSafe(String html, boolean fragment, String what) {
        Document doc = fragment ? Jsoup.parseBodyFragment(html) : Jsoup.parse(html);
        for (Element el : doc.getAllElements()) {
            String tag = el.normalName();
            if (FORBIDDEN_ELEMENTS.contains(tag) && (fragment || !layoutElement(el))) {
                fail("<" + tag + "> in " + what + ":\n" + html);
            }
            for (Attribute a : el.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                assertTrue(!key.startsWith("on"), "event handler " + a + " in " + what + ":\n" + html);
                assertTrue(!key.equals("style") && !key.equals("srcdoc"), a + " in " + what + ":\n" + html);
                if (ADDRESSES.contains(key) && !(fragment ? false : a.getValue().startsWith("webcal://"))) {
                    // (webcal: is the portal's own calendar subscription link, never from content)
                    Address.Verdict v = Address.check(a.getValue());
                    assertTrue(v.allowed(), a + " in " + what + ":\n" + html);
                    if (tag.equals("img") && key.equals("src")) {
                        assertTrue(((Address.Allowed) v).kind() == Address.Kind.SITE, a + " in " + what);
                    }
                }
            }
        }
    }

    /**
     * The page frame's own elements: in the head, the stylesheet, icons, feeds, the meta refresh of a redirect page,
     * the schema.org data block (JSON that cannot end its element: no {@code <} in it) and the search page's script
     * (a file under /assets/, never inline); the search box in the header and the search page's form (sent back to
     * this site's /search/).
     */
    private static boolean layoutElement(Element el) {
        boolean inHead = el.parents().stream().anyMatch(p -> p.normalName().equals("head"));
        return switch (el.normalName()) {
            case "link", "meta" -> inHead;
            case "script" -> inHead && (el.attr("type").equals("application/ld+json") && !el.data().contains("<")
                    && el.attributes().size() == 1
                    || el.attr("src").matches("/assets/search\\.[0-9a-f]{10}\\.js") && el.data().isEmpty());
            case "form", "input", "button", "select" -> searchForm(el);
            default -> false;
        };
    }

    /**
     * Inside the header's search box or the search page's form, each of which goes to the site's own search page
     * (and a select only in the search page's, its choice of types).
     */
    private static boolean searchForm(Element el) {
        Element form = el.normalName().equals("form") ? el : el.closest("form");
        if (form == null || !form.attr("action").equals("/search/")) {
            return false;
        }
        boolean header = form.id().equals("search") && form.parent() != null && form.parent().normalName().equals("search")
                && form.closest("header") != null;
        boolean page = form.id().equals("search-page-form") && form.closest("main") != null;
        return header && !el.normalName().equals("select") || page;
    }
}
