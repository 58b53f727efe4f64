package org.engagementportal.fuzz;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of hostile and careless content for the fuzz properties: addresses disguised as browsers
 * forgive (case, entities, tabs, control characters), HTML that could carry script, Markdown built to
 * confuse a parser (deep nesting, unclosed marks, long runs), and YAML that is not what it seems.
 */
final class Hostile {
    private Hostile() {
    }

    /** A scheme that must never reach a page, written the ways browsers still read as that scheme. */
    static Arbitrary<String> dangerousAddress() {
        Arbitrary<String> scheme = Arbitraries.of("javascript", "vbscript", "data", "file", "livescript", "x-evil", "jar");
        Arbitrary<String> payload = Arbitraries.of("alert(1)", "//%0aalert(1)", "text/html,<script>alert(1)</script>",
                "text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "///etc/passwd", "msgbox(1)");
        return Combinators.combine(scheme, payload, Arbitraries.integers().between(0, 8), Arbitraries.integers().between(0, 5))
                .as((s, p, disguise, position) -> disguise(s, position, disguise) + ":" + p);
    }

    private static String disguise(String scheme, int position, int how) {
        int at = Math.min(position, scheme.length());
        return switch (how) {
            case 0 -> scheme;
            case 1 -> scheme.toUpperCase(java.util.Locale.ROOT);
            case 2 -> scheme.substring(0, at) + "\t" + scheme.substring(at);
            case 3 -> scheme.substring(0, at) + "\n" + scheme.substring(at);
            case 4 -> "&#" + (int) scheme.charAt(0) + ";" + scheme.substring(1);
            case 5 -> "&#x" + Integer.toHexString(scheme.charAt(0)) + ";" + scheme.substring(1);
            case 6 -> " \u0001" + scheme;
            case 7 -> scheme.substring(0, at) + "&Tab;" + scheme.substring(at);
            default -> Character.toUpperCase(scheme.charAt(0)) + scheme.substring(1);
        };
    }

    static Arbitrary<String> anyAddress() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, dangerousAddress()),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("/a/", "https://www.nhs.uk/", "mailto:a@b.example", "tel:01632960100",
                        "//evil.example/", "\\\\evil.example", "/\\evil.example", "#top", "", " ", "a.md", "../x.md",
                        "https://evil.example/\"><script>alert(1)</script>")));
    }

    /** Addresses the policy allows, for content that may well publish. */
    static Arbitrary<String> safeAddress() {
        return Arbitraries.of("/a/", "https://www.nhs.uk/", "mailto:a@b.example", "tel:01632960100", "#top", "/a",
                "https://example.org/?q=\"><script>alert(1)</script>", "/a/#x\" onmouseover=\"alert(1)");
    }

    /** Raw HTML written into a page: tags and attributes that could run script, and some that are allowed. */
    static Arbitrary<String> html() {
        return html(anyAddress());
    }

    static Arbitrary<String> html(Arbitrary<String> addresses) {
        Arbitrary<String> tag = Arbitraries.of("a", "img", "q", "blockquote", "div", "span", "script", "iframe", "svg", "math",
                "object", "embed", "form", "input", "button", "style", "link", "meta", "base", "video", "audio", "source",
                "details", "table", "td", "template", "noscript", "xmp", "plaintext", "textarea", "title", "frameset");
        Arbitrary<String> attribute = Arbitraries.of("href", "src", "cite", "action", "formaction", "srcset", "poster",
                "background", "xlink:href", "onclick", "onerror", "onload", "ONMOUSEOVER", "style", "lang", "title", "data",
                "dir", "id", "class", "alt", "open", "ontoggle", "autofocus", "onfocus");
        Arbitrary<String> quote = Arbitraries.of("\"", "'", "", "`");
        Arbitrary<String> attr = Combinators.combine(attribute, quote, addresses)
                .as((name, q, value) -> " " + name + "=" + q + value.replace(q.isEmpty() ? " " : q, "") + q);
        return Combinators.combine(tag, attr.list().ofMaxSize(3), Arbitraries.of("x", "", "<script>alert(1)</script>", "**b**"),
                        Arbitraries.of(true, false))
                .as((t, attrs, inner, close) -> "<" + t + String.join("", attrs) + ">" + inner + (close ? "</" + t + ">" : ""));
    }

    /** One piece of a Markdown page. */
    static Arbitrary<String> fragment() {
        Arbitrary<String> words = Arbitraries.of("We want your views.", "Tell us.", "It's \"fine\" -- really...", "ICB",
                "café", "دندان", "\u202eevil", "\u0000", "\u200b", "www.example.org", "engage@testshire.example");
        Arbitrary<String> link = Combinators.combine(anyAddress(), Arbitraries.of("[text](%s)", "[text](<%s>)", "![alt](%s)",
                "<%s>", "[t](%s \"title\")", "[r]: %s\n\n[x][r]", "[r]: %s", "![a][p]\n\n[p]: %s", "[%s]"))
                .as((address, form) -> String.format(form, address));
        Arbitrary<String> structure = Arbitraries.of("# Heading <script>", "## ok", "> quote", "- item", "1. item", "```\n<script>\n```",
                "| a | <b onclick=x>b</b> |\n|---|---|\n| c | d |", "*[ICB]: <script>alert(1)</script>", "<!-- <script> -->",
                "<![CDATA[<script>alert(1)</script>]]>", "&lt;script&gt;", "&#60;script&#62;", "Text\n===", "***", "`<script>`",
                "\\<script>", "<?php echo 1; ?>", "<!DOCTYPE html>", "*[x]: /y", "~~~", "---",
                "\n\n---|\n\t\t|", "\n\n| a |\n|---|\n\t\t\t\t\t| c |", "| a | b |\n\t|---|---|\n\t\t| c | d |");
        // words, and the marks that start blocks, inside quotes, lists and indents (where a block's reader must
        // measure from the text after them: flexmark's abbreviation reader did not, nor its table reader after tabs)
        Arbitrary<String> nested = Combinators.combine(Arbitraries.of("> ", "- ", "* ", "1. ", "  ", "> - ", "\t"),
                        Arbitraries.integers().between(1, 40), Arbitraries.oneOf(words, structure))
                .as((marker, depth, w) -> marker.repeat(depth) + w);
        Arbitrary<String> run = Combinators.combine(Arbitraries.of("*a **a ", "[ (](", "_a ", "a]", "[a", "`", "<!--", "![", "](b)",
                        "&amp;", "\"'", "*", "_", "\\"), Arbitraries.integers().between(1, 400))
                .as(String::repeat);
        Arbitrary<String> long_ = Combinators.combine(Arbitraries.of("[x](<", "<span ", "<!-- ", "<", "<https://a.example/", "text <!--",
                        "[x](/a/ \"", "<a href=\"", "```", "    ```", "<!DOCTYPE ", "<?", "&#", "<" + "b".repeat(120) + " "),
                        Arbitraries.of("a", "x ", "- ", "\\\"", "a@", "word "), Arbitraries.integers().between(100, 4_000))
                .as((start, unit, n) -> start + unit.repeat(n));
        Arbitrary<String> noise = Arbitraries.strings().withChars("<>\"'&`[](){}*_!#:;=/\\|-.~\t\n ajs\u0000\u00a0\ud83d\ude00")
                .ofMaxLength(80);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, words), net.jqwik.api.Tuple.of(4, link), net.jqwik.api.Tuple.of(4, html()),
                net.jqwik.api.Tuple.of(3, structure), net.jqwik.api.Tuple.of(2, nested), net.jqwik.api.Tuple.of(2, run),
                net.jqwik.api.Tuple.of(2, noise), net.jqwik.api.Tuple.of(1, long_));
    }

    /**
     * Careless rather than hostile: HTML the sanitiser removes with a warning (script, handlers, styles)
     * around addresses the policy allows, so the page is published and its safety can be checked.
     */
    static Arbitrary<String> publishable() {
        Arbitrary<String> words = Arbitraries.of("We want your views.", "It's \"fine\" -- really...", "café", "\u202eevil",
                "www.example.org", "*emphasis*", "**strong**", "`<script>alert(1)</script>`", "&lt;script&gt;", "# Heading",
                "> quote", "- item", "| a | b |\n|---|---|\n| <b onclick=alert(1)>c</b> | d |", "<!-- <script> -->");
        Arbitrary<String> link = Combinators.combine(safeAddress(), Arbitraries.of("[text](%s)", "[t](%s \"<script>\")", "<%s>"))
                .as((address, form) -> String.format(form, address));
        return Arbitraries.oneOf(words, link, html(safeAddress()).map(h -> h.replaceAll("(?i)<(img|a|q|blockquote)\\b", "<span")))
                .list().ofMinSize(1).ofMaxSize(20).map(parts -> String.join("\n\n", parts));
    }

    /** A Markdown page body: fragments joined by spaces, line breaks or blank lines. */
    static Arbitrary<String> markdown() {
        return Combinators.combine(fragment(), Arbitraries.of(" ", "\n", "\n\n")).as((f, sep) -> f + sep)
                .list().ofMinSize(1).ofMaxSize(30).map(parts -> String.join("", parts));
    }

    /** A YAML value as a careless or hostile writer might type it after "key: ". */
    static Arbitrary<String> yamlValue() {
        return Arbitraries.oneOf(
                anyAddress().map(a -> "\"" + a.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + "\""),
                Arbitraries.of("", "~", "null", "yes", "[a, b", "{a: 1}", "&x [1, 2]", "*x", "!!binary AAAA", "!!python/object:os.system x",
                        "\"<script>alert(1)</script>\"", "'unclosed", "|\n  block", ">\n  folded", "2026-13-45", "[[[[[[[[[[]]]]]]]]]]",
                        "- list", "\t tab", "'\u0000'", "\"\\u0000\"", "...", "---", "[" + "[".repeat(60) + "]".repeat(60) + "]"),
                Arbitraries.strings().withChars("abc:#&*!|>-[]{},'\"\\ \t\n%@`").ofMaxLength(40));
    }

    static final List<String> FRONT_MATTER_KEYS = List.of("title", "summary", "topics", "areas", "aliases", "draft", "owner",
            "reviewed", "review_every", "updated", "type", "unknown_field");
}
