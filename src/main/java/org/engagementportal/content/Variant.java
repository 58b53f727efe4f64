package org.engagementportal.content;

import java.util.Optional;

/**
 * Which version of a page a file is: the original, its easy-read version ({@code slug.easy-read.md}) or a
 * translation ({@code slug.cy.md}). Variants share their page's address, with {@code easy-read/} or the
 * language code added.
 */
public record Variant(Kind kind, Optional<String> language) {

    public enum Kind { ORIGINAL, EASY_READ, TRANSLATION }

    /** Languages written right to left. */

    public static final Variant ORIGINAL = new Variant(Kind.ORIGINAL, Optional.empty());
    public static final Variant EASY_READ = new Variant(Kind.EASY_READ, Optional.empty());
    public static final String EASY_READ_SUFFIX = "easy-read";

    public static Variant translation(String language) {
        return new Variant(Kind.TRANSLATION, Optional.of(language));
    }

    public boolean isOriginal() {
        return kind == Kind.ORIGINAL;
    }

    /** The last part of the variant's address: "easy-read" or the language code. */
    public Optional<String> pathSegment() {
        return switch (kind) {
            case ORIGINAL -> Optional.empty();
            case EASY_READ -> Optional.of(EASY_READ_SUFFIX);
            case TRANSLATION -> language;
        };
    }

    public boolean rightToLeft() {
        return language.map(org.engagementportal.source.Languages::rightToLeft).orElse(false);
    }
}
