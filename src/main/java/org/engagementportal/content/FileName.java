package org.engagementportal.content;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.engagementportal.source.Position;
import org.engagementportal.source.Problems;
import org.engagementportal.source.Values;

/**
 * What a content file's name says: its slug (the last part of its address) and which variant it is.
 * {@code dental.md} is the page, {@code dental.easy-read.md} its easy-read version and {@code dental.cy.md}
 * its Welsh version.
 */
record FileName(String slug, Variant variant) {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Whether a file name may end in this language code: "cy", "ur", "pt-BR". */
    static boolean isLanguage(String code) {
        return org.engagementportal.source.Languages.isLanguage(code);
    }

    /**
     * How to name a file whose last part is not a version's: a language's code for a language written as its name
     * ("dental.urdu.md" is dental.ur.md) or in capitals ("dental.PL.md" is dental.pl.md), else a name of its own.
     */
    private static String fixFor(String slug, String suffix, String stem) {
        String cased = java.util.Locale.forLanguageTag(suffix).toLanguageTag(); // as codes are written: "PT-br" is pt-BR
        String language = cased.split("-")[0];
        java.util.Optional<String> two = org.engagementportal.source.Languages.twoLetters(language);
        if (two.isPresent()) {
            String code = two.get() + cased.substring(language.length());
            return "Rename it to " + slug + "." + code + ".md: " + java.util.Locale.forLanguageTag(two.get())
                    .getDisplayLanguage(java.util.Locale.ENGLISH) + " has the code of two letters " + two.get()
                    + ", which is used where there is one.";
        }
        if (!cased.equals(suffix) && cased.equalsIgnoreCase(suffix) && isLanguage(cased)) {
            return "Rename it to " + slug + "." + cased + ".md: a language's code is written in small letters (a region in "
                    + "capitals, as in pt-BR).";
        }
        java.util.Optional<String> named = org.engagementportal.source.Languages.named(suffix);
        if (named.isPresent()) {
            String code = named.get();
            return "Rename it to " + slug + "." + code + ".md: a translation's file name ends in its language's code ("
                    + code + " for " + java.util.Locale.forLanguageTag(code).getDisplayLanguage(java.util.Locale.ENGLISH) + ").";
        }
        java.util.Optional<org.engagementportal.source.Languages.Wrong> wrong = org.engagementportal.source.Languages.wrongSiteCode(suffix);
        if (wrong.isPresent() && wrong.get().meant().isPresent()) {
            String code = wrong.get().meant().get();
            return "Rename it to " + slug + "." + code + ".md: " + wrong.get().why() + ".";
        }
        if (LOOKS_LIKE_A_CODE.matcher(suffix).matches()) {
            // Not to be made a page of its own: a translation renamed so would be published apart, marked as English.
            return "If it is a translation, end its name in its language's code, such as " + slug + ".cy.md (Welsh), .pl.md "
                    + "(Polish), .uk.md (Ukrainian), .ro.md (Romanian), .ur.md (Urdu) or .ar.md (Arabic). If it is a page of its "
                    + "own, rename it to " + Values.slug(stem) + ".md.";
        }
        return "Rename it to " + Values.slug(stem) + ".md, or use the right ending for an easy-read or translated version.";
    }

    /** An ending that looks meant for a language's code ("xx", "pl-polish"), not a word of the name ("v2", "old", "final"). */
    private static final Pattern LOOKS_LIKE_A_CODE = Pattern.compile("[A-Za-z]{2}|[A-Za-z]{2,3}-[A-Za-z0-9]{2,8}");

    /** Reads a Markdown file's name (without folders); a bad name is reported and gives empty. */
    static Optional<FileName> parse(String source, String name, Problems problems) {
        String stem = name.substring(0, name.length() - ".md".length());
        String slug = stem;
        Variant variant = Variant.ORIGINAL;
        int dot = stem.lastIndexOf('.');
        if (dot > 0) {
            slug = stem.substring(0, dot);
            String suffix = stem.substring(dot + 1);
            if (suffix.equals(Variant.EASY_READ_SUFFIX)) {
                variant = Variant.EASY_READ;
            } else if (isLanguage(suffix)) {
                variant = Variant.translation(suffix);
            } else {
                problems.error(Position.file(source), "the file name ends in '." + suffix + ".md', which is neither "
                                + "'.easy-read.md' nor a language code such as '.cy.md' or '.ur.md'.", fixFor(slug, suffix, stem));
                return Optional.empty();
            }
            int inner = slug.lastIndexOf('.');
            if (variant.kind() == Variant.Kind.EASY_READ && inner > 0 && isLanguage(slug.substring(inner + 1))) {
                String page = slug.substring(0, inner);
                problems.error(Position.file(source), "'" + name + "' would be an easy-read version of a translation, which a "
                                + "site does not have: easy read is written in the site's own language.",
                        "Rename it to " + page + ".easy-read.md for the page's easy-read version, or to " + slug
                                + ".md for its translation.");
                return Optional.empty();
            }
            if (variant.kind() == Variant.Kind.TRANSLATION && slug.endsWith("." + Variant.EASY_READ_SUFFIX)) {
                // contact-us.easy-read.cy.md was told to become contact-us-easy-read.cy.md, a translation of no page.
                String page = slug.substring(0, slug.length() - Variant.EASY_READ_SUFFIX.length() - 1);
                problems.error(Position.file(source), "'" + name + "' would be a translation of an easy-read version, which a "
                                + "site does not have: easy read is written in the site's own language.",
                        "Rename it to " + page + "." + suffix + ".md for the page's translation (in plain words, if you like), or to "
                                + page + ".easy-read.md for its easy-read version.");
                return Optional.empty();
            }
        }
        Matcher m = SLUG.matcher(slug);
        if (!m.matches()) {
            problems.error(Position.file(source), "the file name '" + name + "' cannot be used in a web address: "
                            + "use lower-case letters, numbers and hyphens only.",
                    "Rename it to " + Values.slug(slug) + name.substring(slug.length()) + ".");
            return Optional.empty();
        }
        return Optional.of(new FileName(slug, variant));
    }
}
