package org.engagementportal.config;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code content/_data/glossary.yml}: words and abbreviations readers may not know, what they mean, and for
 * jargon to avoid, what to say instead. Abbreviations are explained with {@code <abbr>} where first used;
 * easy-read pages list the hard words they use at the end; jargon is reported where it is used.
 */
public record Glossary(List<Entry> entries, boolean unread) {

    /**
     * @param term    as written: "ICB", "commissioning"
     * @param meaning in plain words
     * @param instead for jargon: the plain words to use instead (empty when the term is fine to use)
     * @param word    finds the term as a whole word in text, in the singular or plural as people write it (abbreviations
     *                by case, "CCGs"; other words in any case, "stakeholder" for "stakeholders"), compiled once for
     *                every page that is searched
     */
    public record Entry(String term, String meaning, Optional<String> instead, Pattern word) {
        public Entry(String term, String meaning, Optional<String> instead) {
            this(term, meaning, instead, isAbbreviation(term) ? Pattern.compile("\\b" + Pattern.quote(term) + "s?\\b")
                    : Pattern.compile("\\b" + Pattern.quote(stem(term)) + "(?:e?s)?\\b", Pattern.CASE_INSENSITIVE));
        }

        /**
         * The part of the term its singular and plural share, which any text using it contains: "stakeholder" for
         * "stakeholders", the term itself for an abbreviation ("NHS"), a word ending in "ss", "us" or "is" that is not a plural
         * ("business", "focus", "analysis") and a word of three letters or fewer (a term "s" would otherwise be found as
         * nothing, everywhere).
         */
        public String stem() {
            return isAbbreviation(term) ? term : stem(term);
        }

        private static String stem(String term) {
            boolean plural = term.length() > 3 && term.endsWith("s") && !term.endsWith("ss") && !term.endsWith("us")
                    && !term.endsWith("is");
            return plural ? term.substring(0, term.length() - 1) : term;
        }

        public boolean isAbbreviation() {
            return isAbbreviation(term);
        }

        private static boolean isAbbreviation(String term) {
            return term.length() >= 2 && term.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c) || c == '&');
        }

        public boolean isJargon() {
            return instead.isPresent();
        }
    }

    public Glossary {
        entries = List.copyOf(entries);
    }

    /** A glossary as read from its file ({@code unread} false). */
    public Glossary(List<Entry> entries) {
        this(entries, false);
    }

    public static Glossary empty() {
        return new Glossary(List.of());
    }

    /**
     * The glossary of a site whose glossary.yml is there but could not be read (a mistake in it, told there; or the
     * portal may not read it): no terms, and pages are not told that an abbreviation it may explain is not explained,
     * which would be the one mistake told again at every easy-read page.
     */
    public static Glossary couldNotBeRead() {
        return new Glossary(List.of(), true);
    }

    public Optional<Entry> find(String term) {
        return entries.stream().filter(e -> e.term().equalsIgnoreCase(term)).findFirst();
    }
}
