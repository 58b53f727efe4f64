package org.engagementportal.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.engagementportal.checks.Level;
import org.engagementportal.content.Wcag;

/**
 * The portal's rules that need the rendered page (computed styles and line boxes), run in the browser beside
 * axe-core: {@code browser-rules.js} finds the elements, and each rule here says what it checks, how sure it is,
 * why it matters and how to fix it, as the fast rules do.
 */
public final class BrowserRules {
    /** One rule; {@code message} takes the page's detail ("10 px") where it has one. */
    public record Rule(String id, String criterion, Level level, String failure, String message, String why, String fix) {
    }

    public static final List<Rule> ALL = List.of(
            new Rule("text-too-small", Wcag.BEST_PRACTICE, Level.WARNING, "", "the text is %s high, smaller than 12 px.",
                    "Small text is hard to read for people with low vision or dyslexia and for anyone on a small screen; many "
                            + "never change their browser's settings to make it bigger.",
                    "Use the site's normal text size (at least 16 px; NHS.UK uses 19 px on large screens)."),
            new Rule("line-too-long", "1.4.8 Visual Presentation", Level.WARNING, "", "the lines of this passage are about %s, more than 80.",
                    "Long lines make it hard to find the start of the next line, especially for people with dyslexia or low vision.",
                    "Keep text in the site's two-thirds column, or set a max-width of about 70 characters (70ch) on it."),
            new Rule("justified-text", "1.4.8 Visual Presentation", Level.ERROR, "F88", "the text of this passage is justified.",
                    "Justified text leaves uneven gaps between words, which form distracting rivers of white space for people "
                            + "with dyslexia and make lines hard to follow.",
                    "Align the text to the left (text-align: start)."),
            new Rule("line-height-tight", "1.4.8 Visual Presentation", Level.WARNING, "", "the lines of this passage are %s apart, less than one and a half.",
                    "Lines close together run into each other, so people with dyslexia or low vision lose their place.",
                    "Set line-height to at least 1.5 for passages of text."),
            new Rule("italic-text", Wcag.BEST_PRACTICE, Level.WARNING, "", "a passage of text is in italics.",
                    "Slanted letters run into each other, which makes long passages hard to read for people with dyslexia, low "
                            + "vision or learning disabilities.",
                    "Remove font-style: italic from the passage; keep italics for a few words at most."),
            new Rule("uppercase-text", Wcag.BEST_PRACTICE, Level.WARNING, "", "text is shown in capitals by the style sheet.",
                    "Words in capitals lose their shape, which slows everyone down and especially people with dyslexia or low vision.",
                    "Remove text-transform: uppercase; to stress something, use bold for a few words."),
            new Rule("focus-not-visible", "2.4.7 Focus Visible", Level.ERROR, "F78", "nothing shows when this element has the keyboard focus.",
                    "People using a keyboard, switch or voice control need to see where they are on the page; with the focus "
                            + "outline removed and nothing in its place, they are lost after one key press.",
                    "Do not remove the outline on :focus, or replace it with something as clear, such as the NHS.UK yellow background and black underline."),
            new Rule("animated-image", "2.2.2 Pause, Stop, Hide", Level.ERROR, "", "this picture is animated and moves %s, with no way to stop it.",
                    "Movement on the page pulls the eye away from the words: people with attention difficulties, autism or low "
                            + "vision cannot read beside it, and a picture cannot be paused. Anything that moves for more than five "
                            + "seconds needs a way to stop it.",
                    "Use a still picture; or save the animation to play once or a few times, five seconds in all (WCAG technique "
                            + "G152); or publish it as a video with its controls."));

    private static final String SCRIPT = script();
    /** Changes with the script and the rules, so cached audit results are redone when either changes. */
    public static final String VERSION = version();

    private BrowserRules() {
    }

    /** The script that defines {@code portalRules} in a page. */
    static String script() {
        try (InputStream in = BrowserRules.class.getResourceAsStream("browser-rules.js")) {
            if (in == null) {
                throw new IllegalStateException("browser-rules.js is missing from portal.jar; rebuild with mvn package");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String source() {
        return SCRIPT;
    }

    private static String version() {
        StringBuilder all = new StringBuilder(SCRIPT);
        ALL.forEach(r -> all.append('\n').append(r));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(all.toString().getBytes(StandardCharsets.UTF_8));
            return "browser-rules-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The ids of the rules these options report (their level and the standard's). */
    static List<String> enabled(Pa11yConfig.Options options) {
        return ALL.stream().filter(r -> options.reports(r.level().typeCode()) && Wcag.within(r.criterion(), options.standard()))
                .map(Rule::id).toList();
    }

    /** A finding from the page as a pa11y issue from the runner "portal", in the shape of the fast rules'. */
    static Issue issue(String id, String selector, String html, String detail) {
        Rule r = ALL.stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("browser-rules.js reported an unknown rule " + id));
        boolean practice = r.criterion().equals(Wcag.BEST_PRACTICE);
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("description", r.why());
        extras.put("criterion", r.criterion());
        extras.put("wcagLevel", Wcag.level(r.criterion()));
        extras.put("failure", r.failure());
        extras.put("help", practice ? "Good practice, not a WCAG 2.2 success criterion" : "WCAG 2.2 " + r.criterion());
        extras.put("helpUrl", practice ? Audit.RULES_URL + r.id() : "https://www.w3.org/WAI/WCAG22/Understanding/"
                + r.criterion().replaceFirst("^[0-9.]+\\s+", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", ""));
        extras.put("fix", r.fix());
        String message = r.message().contains("%s") ? String.format(java.util.Locale.UK, r.message(), detail) : r.message();
        return new Issue("portal." + r.id(), r.level().type(), r.level().typeCode(), message + " " + r.fix(), AxeAudit.truncate(html),
                selector, "portal", extras);
    }
}
