package org.engagementportal.source;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Language codes ("cy", "ur", "pa-Arab", "ckb"), as file names, pages and the accessibility rules use them. */
public final class Languages {
    private static final Pattern CODE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?");
    private static final Set<String> TWO_LETTERS = Set.of(Locale.getISOLanguages());
    /** Languages written right to left in the script they are written in unless a code names another. */
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "arc", "ckb", "dv", "fa", "he", "iw", "ji", "ks", "prs", "ps", "sd",
            "syr", "ug", "ur", "yi",
            // Kinds of Arabic and other languages in Arabic, Hebrew, Syriac or N'Ko letters that Java can name (so a file may
            // end in them): Egyptian was laid out left to right.
            "arz", "ary", "aeb", "arq", "ars", "shu", "bal", "bgn", "brh", "lah", "lrc", "mzn", "glk", "sdh", "bqi", "khw", "nqo", "ota", "syc",
            "jrb");
    /** Scripts written right to left (ISO 15924): Arabic, Hebrew, Thaana, Syriac, N'Ko, Adlam, Hanifi Rohingya, Mandaic, Samaritan. */
    private static final Set<String> RIGHT_TO_LEFT_SCRIPTS = Set.of("arab", "hebr", "thaa", "syrc", "nkoo", "adlm", "rohg", "mand", "samr");

    /** Codes of three letters that name no one language: undetermined, none, several, missing, for local use. */
    private static final Pattern NOT_ONE_LANGUAGE = Pattern.compile("und|zxx|mul|mis|q[a-t][a-z]");
    /** ISO 639-2's codes of three letters for languages with a code of two ("ara" for ar, "wel" for cy), to that code. */
    private static final java.util.Map<String, String> THREE_FOR_TWO = threeForTwo();

    private Languages() {
    }

    private static java.util.Map<String, String> threeForTwo() {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            try {
                out.put(new Locale(two).getISO3Language(), two);
            } catch (java.util.MissingResourceException e) {
                // no code of three letters known for it
            }
        }
        // The bibliographic codes, which differ from the terminology codes Java gives.
        String[][] b = {{"alb", "sq"}, {"arm", "hy"}, {"baq", "eu"}, {"bur", "my"}, {"chi", "zh"}, {"cze", "cs"}, {"dut", "nl"},
                {"fre", "fr"}, {"geo", "ka"}, {"ger", "de"}, {"gre", "el"}, {"ice", "is"}, {"mac", "mk"}, {"mao", "mi"},
                {"may", "ms"}, {"per", "fa"}, {"rum", "ro"}, {"slo", "sk"}, {"tib", "bo"}, {"wel", "cy"}};
        for (String[] pair : b) {
            out.put(pair[0], pair[1]);
        }
        return java.util.Map.copyOf(out);
    }

    /**
     * Whether a file name may end in this code: a language of two letters (ISO 639-1), or of three that Java can name
     * and that has no code of two ("ckb" Central Kurdish, "fil" Filipino, "yue" Cantonese; not "urd", which is "ur", nor
     * "und" or "zxx", which name no language), with at most a region or script ("pt-BR", "pa-Arab").
     */
    public static boolean isLanguage(String code) {
        if (!CODE.matcher(code).matches()) {
            return false;
        }
        String language = code.split("-")[0];
        return language.length() == 2 ? TWO_LETTERS.contains(language)
                : !THREE_FOR_TWO.containsKey(language) && !NOT_ONE_LANGUAGE.matcher(language).matches()
                        && !Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(language);
    }

    /**
     * Why a site's language code is not one, with the code meant where it can be told ("en-UK" is en-GB, "eng" is en), or
     * empty when it is one: a language ({@link #isLanguage}, without what follows it), and a country, if one follows, that
     * has a code. Pages say their language with it, which screen readers read them in (WCAG 3.1.1).
     */
    public static java.util.Optional<Wrong> wrongSiteCode(String code) {
        String[] parts = code.split("-");
        String language = parts[0];
        String meant = twoLetters(language).orElse(language);
        StringBuilder instead = new StringBuilder(meant);
        String why = null;
        if (!meant.equals(language)) {
            why = "'" + language + "' is the three-letter code of a language whose code is '" + meant + "'";
        } else if (!isLanguage(language)) {
            why = "'" + language + "' is not the code of a language";
        }
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            if (part.length() == 2 && part.chars().allMatch(Character::isLetter)) {
                String country = part.toUpperCase(Locale.ROOT);
                String known = country.equals("UK") ? "GB" : country;
                boolean exists = Set.of(Locale.getISOCountries()).contains(known);
                if (!exists || !country.equals(known)) {
                    why = (why == null ? "" : why + ", and ") + "'" + part + "' is not the code of a country"
                            + (country.equals("UK") ? " (the United Kingdom's is GB)" : "");
                }
                if (exists) {
                    instead.append('-').append(known); // a country with no code is left out of the code meant
                }
            } else {
                instead.append('-').append(part);
            }
        }
        if (why == null) {
            return java.util.Optional.empty();
        }
        String suggestion = instead.toString();
        return java.util.Optional.of(new Wrong(why, isLanguage(suggestion.split("-")[0]) ? java.util.Optional.of(suggestion)
                : java.util.Optional.empty()));
    }

    /** Why a code is not one, and the code meant, when it can be told. */
    public record Wrong(String why, java.util.Optional<String> meant) {
    }

    /** The code of a language written as its name, in English or in itself ("Welsh" or "Cymraeg" is cy), if one has it. */
    public static java.util.Optional<String> named(String name) {
        for (String code : Locale.getISOLanguages()) {
            Locale named = Locale.forLanguageTag(code);
            if (named.getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(name) || named.getDisplayLanguage(named).equalsIgnoreCase(name)) {
                return java.util.Optional.of(code);
            }
        }
        return java.util.Optional.empty();
    }

    /** The code of two letters for a language's code of three ("urd" is "ur", "wel" is "cy"), if it has one. */
    public static java.util.Optional<String> twoLetters(String three) {
        return java.util.Optional.ofNullable(THREE_FOR_TWO.get(three.toLowerCase(Locale.ROOT)));
    }

    /**
     * Whether text in this language is written right to left: by its script when the code names one ("pa-Arab" yes,
     * "ku-Latn" no), else by the language's usual script ("ur", "ckb" and "dv" yes; "ku", Kurmanji, in Latin letters, no).
     */
    public static boolean rightToLeft(String code) {
        String[] parts = code.strip().toLowerCase(Locale.ROOT).split("[-_]");
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].length() == 4 && parts[i].chars().allMatch(Character::isLetter)) {
                return RIGHT_TO_LEFT_SCRIPTS.contains(parts[i]);
            }
        }
        return RIGHT_TO_LEFT.contains(parts[0]);
    }

    /** A language's name in itself, with its script or country when its code gives one: "português (Brasil)", "中文 (繁體)". */
    public static String ownName(String code) {
        Locale locale = Locale.forLanguageTag(code);
        // Java knows some languages only by their English name ("Egyptian Arabic"): better than the code ("arz").
        return locale.getDisplayName(namedInItself(code) ? locale : Locale.ENGLISH);
    }

    /** Whether Java knows the language's name in the language itself ("Cymraeg"), not only in English ("Egyptian Arabic"). */
    public static boolean namedInItself(String code) {
        Locale locale = Locale.forLanguageTag(code);
        String own = locale.getDisplayLanguage(locale);
        return !own.isEmpty() && !own.equalsIgnoreCase(locale.getLanguage());
    }

    /**
     * Whether two codes name the same readers: the same language and script, and the same country or one with none
     * ("cy" and "cy-GB", "ur" and "ur-PK"); not two countries' forms of a language ("pt-PT" and "pt-BR") nor two scripts
     * ("zh-Hans" and "zh-Hant").
     */
    public static boolean sameReaders(String a, String b) {
        Locale x = Locale.forLanguageTag(a);
        Locale y = Locale.forLanguageTag(b);
        return x.getLanguage().equals(y.getLanguage()) && x.getScript().equals(y.getScript())
                && (x.getCountry().isEmpty() || y.getCountry().isEmpty() || x.getCountry().equals(y.getCountry()));
    }
}
