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
                                + "'.easy-read.md' nor a language code such as '.cy.md' or '.ur.md'.",
                        "Rename it to " + Values.slug(stem) + ".md, or use the right ending for an easy-read or "
                                + "translated version.");
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
