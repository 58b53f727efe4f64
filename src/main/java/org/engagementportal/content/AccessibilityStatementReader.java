package org.engagementportal.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.engagementportal.source.Fields;

/**
 * Reads the accessibility statement's own fields (content/accessibility.md, a page): its list of what is not
 * accessible ({@link KnownProblem}) and when it was prepared. Its versions show the statement's, and may not give them.
 */
public final class AccessibilityStatementReader {

    private AccessibilityStatementReader() {
    }

    private static final java.util.regex.Pattern STATEMENT = java.util.regex.Pattern.compile(
            "content/accessibility(/index)?(\\.[A-Za-z-]+)?\\.md");

    /**
     * Whether a file is the accessibility statement or a version of it: content/accessibility.md, accessibility.cy.md.
     * Asked of every file the build reads, so the pattern only of those that start so.
     */
    public static boolean ofTheStatement(String source) {
        return source.startsWith("content/accessibility") && STATEMENT.matcher(source).matches();
    }

    /** When the accessibility statement was first prepared: not after today, and given on the statement, not a version. */
    public static Optional<LocalDate> prepared(Fields f, ReadContext ctx) {
        if (!f.has(Page.PREPARED) || !ofTheStatement(ctx.source()) || !statementItself(f, ctx, Page.PREPARED)) {
            return Optional.empty();
        }
        Optional<LocalDate> prepared = f.date(Page.PREPARED, false);
        LocalDate today = ctx.now().toLocalDate();
        prepared.filter(d -> d.isAfter(today)).ifPresent(d -> f.warning(Page.PREPARED, "the statement says it was prepared on "
                + d + ", which is after today.", "Write the day it was first prepared, such as prepared: " + today + "."));
        return prepared;
    }

    /** Whether a field only the statement gives is on the statement itself: on a version it is an error, which is told. */
    private static boolean statementItself(Fields f, ReadContext ctx, String key) {
        if (ctx.variant().isOriginal()) {
            return true;
        }
        f.error(key, "a version of the accessibility statement shows the statement's own " + (key.equals(Page.PREPARED)
                ? "dates" : "list of what is not accessible") + ", so it cannot have " + (key.equals(Page.PREPARED) ? "a date"
                : "one") + " of its own.", "Delete " + key + ": here, and give it in the statement itself, content/accessibility.md.");
        return false;
    }

    /**
     * An item's WCAG 2.2 criteria, by number: each one A or AA (the level the regulations ask for), and its name, when
     * written after its number, the criterion's own ("2.1.1 Captions" was published as "2.1.1 Keyboard").
     */
    private static List<String> criteria(Fields item, List<Fields.Placed> written) {
        List<String> out = new ArrayList<>();
        for (Fields.Placed c : written) {
            String[] parts = c.value().split("\\s+", 2);
            String number = parts[0];
            if (!Wcag.known(number)) {
                item.problems().error(c.at(), "'" + c.value() + "' is not a WCAG 2.2 success criterion: write each one's "
                        + "number, like 1.2.2 for captions.", "Find the criterion the content fails in the WCAG 2.2 "
                        + "quick reference, www.w3.org/WAI/WCAG22/quickref, and write its number, such as criteria: [1.2.2].");
            } else if (Wcag.level(number).equals("AAA")) {
                item.problems().error(c.at(), Wcag.named(number) + " is a level AAA criterion: the "
                        + "regulations ask for levels A and AA, so content that fails only it is not a failure to list here.",
                        "Delete it from the criteria, and the item if it fails no A or AA criterion.");
            } else if (parts.length > 1 && !Wcag.named(number).equalsIgnoreCase(number + " " + parts[1].strip())) {
                item.problems().error(c.at(), "'" + c.value() + "' names criterion " + number + " as '" + parts[1].strip()
                        + "', but " + number + " is " + Wcag.named(number).substring(number.length() + 1)
                        + ".", "Check the number in the WCAG 2.2 quick reference, www.w3.org/WAI/WCAG22/quickref, and write it "
                        + "alone, such as criteria: [1.2.2].");
            } else {
                out.add(number);
            }
        }
        return out;
    }

    /**
     * The accessibility statement's list of content its owner knows is not accessible: each item what it is, the WCAG
     * criteria it fails and when it will be fixed, or why it is not (a disproportionate burden, out of the regulations'
     * scope). Only the statement has one: its versions show the statement's list.
     */
    public static List<KnownProblem> notAccessible(Fields f, ReadContext ctx) {
        if (!f.has(Page.NOT_ACCESSIBLE) || !ofTheStatement(ctx.source())) { // on another page: not a page's field, reported
            return List.of();
        }
        if (!statementItself(f, ctx, Page.NOT_ACCESSIBLE)) {
            return List.of();
        }
        var reasons = KnownProblem.Reason.byId();
        LocalDate today = ctx.now().toLocalDate();
        return f.groups(Page.NOT_ACCESSIBLE, "item", List.of("problem", "criteria", "fix_by", "reason"), item -> {
            Optional<String> problem = item.text("problem", true);
            problem.flatMap(MetaReader::markdownIn).ifPresent(mark -> item.warning("problem",
                    "the problem has " + mark + " in it, which is Markdown; it is shown as typed, marks and all, and screen "
                            + "readers read the marks out.", "Write it as plain words, without the marks."));
            var reason = item.choice("reason", reasons, false).orElse(KnownProblem.Reason.NOT_FIXED_YET);
            boolean outOfScope = reason == KnownProblem.Reason.OUT_OF_SCOPE;
            List<Fields.Placed> written = item.placedTexts("criteria");
            List<String> criteria = criteria(item, written);
            Optional<LocalDate> fixBy = item.date("fix_by", false);
            if (outOfScope) {
                for (String key : List.of("criteria", "fix_by")) {
                    if (item.has(key)) {
                        item.warning(key, "content out of the regulations' scope is not held to WCAG by them, so the statement "
                                + "lists it without its '" + key + "'.", "Delete " + key + ": here, or if the content is in "
                                + "scope after all, delete reason: out-of-scope.");
                    }
                }
                return problem.map(p -> new KnownProblem(p, List.of(), Optional.empty(), reason));
            }
            // None, or an empty list ([] or ""); a group where the list belongs is reported as that.
            if (written.isEmpty() && item.node("criteria").filter(n -> n instanceof org.engagementportal.source.YamlNode.Mapping).isEmpty()) {
                item.error("criteria", "each item of not_accessible must say which WCAG 2.2 success criteria the content "
                        + "fails, as the accessibility regulations ask.", "Add criteria: with their numbers, such as "
                        + "criteria: [1.2.2] for a video without captions, or reason: out-of-scope for content the "
                        + "regulations do not cover.");
            }
            fixBy.filter(d -> d.isBefore(today)).ifPresent(d -> item.warning("fix_by", "the statement says "
                    + (reason == KnownProblem.Reason.DISPROPORTIONATE_BURDEN
                            ? "this will be looked at again by " : "this will be fixed by ") + d + ", which has passed, so it "
                    + "now promises a date already missed.", "If it is fixed, delete the item; if not, give the date you now "
                    + "plan, such as fix_by: " + today.plusMonths(3) + "."));
            return problem.map(p -> new KnownProblem(p, criteria, fixBy, reason));
        });
    }
}
