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

    /** Codes of two letters withdrawn from ISO 639-1, which Java still takes, to the codes that replaced them. */
    private static final java.util.Map<String, String> WITHDRAWN = java.util.Map.of("in", "id", "iw", "he", "ji", "yi", "mo", "ro",
            "jw", "jv");
    /**
     * Countries' codes that are often written for their language's ("ua" for Ukrainian, which is "uk"; "cz" for Czech),
     * none of them a language's code itself, to the language meant.
     */
    private static final java.util.Map<String, String> COUNTRY_FOR_LANGUAGE = java.util.Map.ofEntries(
            java.util.Map.entry("ua", "uk"), java.util.Map.entry("cz", "cs"), java.util.Map.entry("jp", "ja"),
            java.util.Map.entry("gr", "el"), java.util.Map.entry("dk", "da"), java.util.Map.entry("cn", "zh"),
            java.util.Map.entry("ir", "fa"), java.util.Map.entry("il", "he"), java.util.Map.entry("vn", "vi"),
            java.util.Map.entry("al", "sq"), java.util.Map.entry("rs", "sr"), java.util.Map.entry("gb", "en"),
            java.util.Map.entry("np", "ne"), java.util.Map.entry("bd", "bn"), java.util.Map.entry("kz", "kk"),
            java.util.Map.entry("by", "be"), java.util.Map.entry("pk", "ur"), java.util.Map.entry("eg", "ar"),
            java.util.Map.entry("lk", "si"), java.util.Map.entry("kh", "km"), java.util.Map.entry("ge", "ka"),
            java.util.Map.entry("tj", "tg"), java.util.Map.entry("er", "ti"));
    /** ISO 3166's countries' codes of two letters. */
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    /** ISO 3166's countries by their codes of three letters ("PAK"), to their codes of two ("PK"). */
    private static final java.util.Map<String, String> COUNTRY_OF_THREE = countriesOfThree();

    private Languages() {
    }

    private static java.util.Map<String, String> countriesOfThree() {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (String two : Locale.getISOCountries()) {
            try {
                out.put(new Locale("", two).getISO3Country(), two);
            } catch (java.util.MissingResourceException e) {
                // none known
            }
        }
        return java.util.Map.copyOf(out);
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
        int hyphen = code.indexOf('-');
        return knownLanguage(hyphen < 0 ? code : code.substring(0, hyphen))
                && (hyphen < 0 || wrongPart(code.substring(hyphen + 1)) == null);
    }

    /** The language alone: {@link #isLanguage}'s, and not a code ISO 639-1 has withdrawn ("iw" is now "he"). */
    private static boolean knownLanguage(String language) {
        return language.length() == 2 ? TWO_LETTERS.contains(language) && !WITHDRAWN.containsKey(language)
                : !THREE_FOR_TWO.containsKey(language) && !NOT_ONE_LANGUAGE.matcher(language).matches()
                        && !Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(language);
    }

    /**
     * Why what follows a language in a code is neither a script (four letters, "Arab") nor a country (two letters that are a
     * country's code, "PK", or three digits, "419"), with what was meant where it can be told; null when it is one.
     *
     * @return {why, meant (or null)}
     */
    private static String[] wrongPart(String part) {
        if (part.length() == 4 && part.chars().allMatch(c -> c < 128 && Character.isLetter(c))) {
            return null; // a script
        }
        if (part.length() == 3 && part.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null; // a region, such as 419, Latin America
        }
        String upper = part.toUpperCase(Locale.ROOT);
        if (part.length() == 2 && part.chars().allMatch(c -> c < 128 && Character.isLetter(c))) {
            if (upper.equals("UK")) {
                return new String[] {"'" + part + "' is not the code of a country (the United Kingdom's is GB)", "GB"};
            }
            return COUNTRIES.contains(upper) ? null
                    : new String[] {"'" + part + "' is not the code of a country", null};
        }
        String two = COUNTRY_OF_THREE.get(upper);
        if (two != null) {
            return new String[] {"'" + part + "' is a country's code of three letters, where a language code takes its code of "
                    + "two (" + two + ")", two};
        }
        return new String[] {"'" + part + "' is neither a country's code (such as GB or PK) nor a script's (such as Arab)", null};
    }

    /**
     * Why a language code is not one (a site's, a file name's ending, {@code portal new translation --language}'s), with the code meant where it can be told ("en-UK" is en-GB, "eng" is en), or
     * empty when it is one: a language ({@link #isLanguage}, without what follows it), and a country, if one follows, that
     * has a code. Pages say their language with it, which screen readers read them in (WCAG 3.1.1).
     */
    public static java.util.Optional<Wrong> wrongSiteCode(String code) {
        String[] parts = code.split("-");
        String language = parts[0].toLowerCase(Locale.ROOT);
        String meant = twoLetters(language).or(() -> java.util.Optional.ofNullable(WITHDRAWN.get(language)))
                .or(() -> knownLanguage(language) ? java.util.Optional.empty()
                        : java.util.Optional.ofNullable(COUNTRY_FOR_LANGUAGE.get(language)))
                .orElse(language);
        StringBuilder instead = new StringBuilder(meant);
        String why = null;
        if (WITHDRAWN.containsKey(language)) {
            why = "'" + language + "' is the old code for " + english(meant) + ", which is now '" + meant + "'";
        } else if (COUNTRY_FOR_LANGUAGE.containsKey(language) && !knownLanguage(language)) {
            why = "'" + language + "' is the code of a country (" + new Locale("", language.toUpperCase(Locale.ROOT))
                    .getDisplayCountry(Locale.ENGLISH) + "), not of a language: " + english(meant) + "'s is '" + meant + "'";
        } else if (!meant.equals(language)) {
            why = "'" + language + "' is the three-letter code of a language whose code is '" + meant + "'";
        } else if (!knownLanguage(language)) {
            why = "'" + language + "' is not the code of a language";
        }
        for (int i = 1; i < parts.length; i++) {
            String[] wrong = wrongPart(parts[i]);
            if (wrong == null) {
                instead.append('-').append(parts[i].length() == 2 ? parts[i].toUpperCase(Locale.ROOT) : parts[i]);
                continue;
            }
            why = (why == null ? "" : why + ", and ") + wrong[0];
            if (wrong[1] != null) {
                instead.append('-').append(wrong[1]); // a part with nothing meant is left out of the code meant
            }
        }
        if (why == null) {
            return java.util.Optional.empty();
        }
        String suggestion = instead.toString();
        return java.util.Optional.of(new Wrong(why, knownLanguage(suggestion.split("-")[0]) ? java.util.Optional.of(suggestion)
                : java.util.Optional.empty()));
    }

    private static String english(String code) {
        return Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    }

    /**
     * The code meant by what was written for one, if it can be told: a language's three-letter code ("cym" is cy), one in
     * capitals ("PL" is pl), its name ("Welsh", "Cymraeg"), or a code that is not one ({@link #wrongSiteCode}: "ua" is uk,
     * "cy-UK" cy-GB); empty if none.
     */
    public static java.util.Optional<String> meant(String written) {
        String cased = Locale.forLanguageTag(written).toLanguageTag();
        String language = cased.split("-")[0];
        java.util.Optional<String> two = twoLetters(language);
        if (two.isPresent()) {
            return java.util.Optional.of(two.get() + cased.substring(language.length()));
        }
        if (!cased.equals(written) && cased.equalsIgnoreCase(written) && isLanguage(cased)) {
            return java.util.Optional.of(cased); // "PL" is pl
        }
        return named(written).or(() -> wrongSiteCode(written).flatMap(Wrong::meant));
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
